/**
 * The Worker's entry (wrangler.jsonc `main`): every request, and the Cron Trigger that runs the monitor. One host per
 * isolate: the embedded API of the demo, the session secret and the store's handles live as long as it does.
 */
import { createWorkerHost, type WorkerHost } from './worker-host.ts';
import type { WorkerContext, WorkerEnv } from './worker-env.ts';

let host: Promise<WorkerHost> | null = null;

function hostFor(env: WorkerEnv): Promise<WorkerHost> {
  host ??= createWorkerHost(env).catch((error: unknown) => {
    host = null;
    throw error;
  });
  return host;
}

export default {
  async fetch(request: Request, env: WorkerEnv, context: WorkerContext): Promise<Response> {
    const ready = await hostFor(env);
    const response = await ready.fetch(request);
    context.waitUntil(ready.background());
    return response;
  },
  async scheduled(_controller: unknown, env: WorkerEnv, context: WorkerContext): Promise<void> {
    context.waitUntil(hostFor(env).then((ready) => ready.scheduled()));
  },
};

/**
 * What Cloudflare hands the Worker: its bindings (wrangler.jsonc) and its variables and secrets, all strings. Typed
 * here by shape, so the server's code needs no second set of global types.
 */
import type { drizzle } from 'drizzle-orm/d1';

export interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

/** A D1 database binding; drizzle-orm/d1 drives it. */
export type D1Binding = Parameters<typeof drizzle>[0];

export interface WorkerEnv {
  /** The built app (`assets` in wrangler.jsonc). */
  ASSETS: AssetsBinding;
  /** The monitor's store: history and the alerts' outbox (`d1_databases`). */
  DB?: D1Binding;
  /** Variables and secrets: CLOUDFLARE_API_TOKEN, CF_ACCESS_AUD, … */
  [name: string]: unknown;
}

export interface WorkerContext {
  waitUntil(promise: Promise<unknown>): void;
}

/** Only the string entries: the variables and secrets, as `parseConfig` reads `process.env` on Node. */
export function variablesOf(env: WorkerEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

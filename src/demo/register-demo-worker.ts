/**
 * The static demo (`npm run build:demo`) runs its API in a service worker (demo/service-worker.ts). The app may
 * only start once that worker controls the page, or its first reads would reach the static host and fail.
 */
const WORKER_URL = './demo-sw.js';
/** Mirrors CLAIM_MESSAGE in demo/service-worker.ts (browser code does not import the worker). */
const CLAIM_MESSAGE = 'mcp-demo:claim';

export async function registerDemoWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) {
    throw new Error('This demo runs its API in a service worker, which this browser does not offer here (private windows and plain http on a remote host disable them). Open it over https or on localhost in a current browser.');
  }
  const container = navigator.serviceWorker;
  const controlled = new Promise<void>((resolve) => {
    if (container.controller) resolve();
    else container.addEventListener('controllerchange', () => resolve(), { once: true });
  });
  const registration = await container.register(WORKER_URL);
  await container.ready;
  // After a hard reload the worker is active but the page is not controlled: ask it to take over.
  if (!container.controller) (registration.active ?? (await container.ready).active)?.postMessage(CLAIM_MESSAGE);
  await controlled;
}

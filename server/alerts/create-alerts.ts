import { createHash, randomBytes } from 'node:crypto';
import { webhookLabel, type ServerConfig } from '../config.ts';
import type { AlertStore, Target } from './alert-store.ts';
import { createAlertService, type AlertService } from './alert-service.ts';
import type { DeliveryPolicy, WebhookFetch } from './deliver-alerts.ts';
import { createDemoReceiver, DEMO_RECEIVER_URL } from './demo-receiver.ts';

/** Names a webhook in the outbox without its URL: a hash, so a changed URL is a different target. */
function targetKey(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16);
}

export interface CreateAlertsOptions {
  store: AlertStore;
  log: (line: string) => void;
  /** Tests shorten the back-off. */
  policy?: DeliveryPolicy;
  /** How webhooks are called; the platform's fetch unless a test stands in for a receiver. */
  fetch?: WebhookFetch;
  now?: () => number;
}

/**
 * The alerts the configuration asks for: its webhooks, or in demo mode without one, the embedded receiver (signed
 * with a secret made at start, so the demo shows a verified signature). Null when alerts are off.
 */
export function createAlertsFor(
  config: Pick<ServerConfig, 'alerts' | 'accountId' | 'monitor' | 'publicUrl'>,
  options: CreateAlertsOptions,
): AlertService | null {
  const { alerts, accountId, monitor } = config;
  if (alerts === null || accountId === null || monitor === null) return null;
  const demo = alerts.webhookUrls.length === 0;
  const secret = alerts.secret ?? (demo ? randomBytes(24).toString('base64url') : null);
  const receiver = demo && secret !== null ? createDemoReceiver(secret, options.now) : undefined;
  const targets: Target[] = demo
    ? [{ label: 'demo receiver', key: 'demo-receiver', url: DEMO_RECEIVER_URL }]
    : alerts.webhookUrls.map((url, index) => ({ label: webhookLabel(url, index), key: targetKey(url), url }));
  return createAlertService({
    store: options.store,
    accountId,
    targets,
    secret,
    publicUrl: config.publicUrl,
    confirmSweeps: alerts.confirmSweeps,
    retentionDays: monitor.retentionDays,
    fetch: (url, init) => (receiver && url === DEMO_RECEIVER_URL ? receiver.fetch(url, init) : (options.fetch ?? fetch)(url, init)),
    receiver,
    policy: options.policy,
    log: options.log,
    now: options.now,
  });
}

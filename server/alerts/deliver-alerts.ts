import { webhookBody } from './alert-payload.ts';
import type { AlertStore, DeliveryRow, Target } from './alert-store.ts';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signBody, TIMESTAMP_HEADER } from './signature.ts';

export type WebhookFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface DeliveryPolicy {
  /** How long one attempt may take before it counts as a timeout. */
  timeoutMs: number;
  /** The first retry's wait; each next one is three times longer, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A delivery not done this long after its event is given up, and shows as failed in the dashboard. */
  giveUpAfterMs: number;
}

/** Seconds, then minutes: 5 s, 15 s, 45 s, 2¼ min, 6¾ min, then every 10 min, for 24 hours. */
export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  timeoutMs: 10_000,
  firstDelayMs: 5_000,
  maxDelayMs: 600_000,
  giveUpAfterMs: 24 * 3_600_000,
};

const MIN_DELAY_MS = 1_000;
/** A Retry-After longer than this is not waited out past the give-up time anyway; it is capped so a typo can't stall. */
const MAX_RETRY_AFTER_MS = 3_600_000;

export function retryDelay(attempts: number, policy: DeliveryPolicy): number {
  return Math.min(policy.firstDelayMs * 3 ** Math.max(0, attempts - 1), policy.maxDelayMs);
}

function retryAfterMs(response: Response): number | null {
  const value = response.headers.get('retry-after');
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.min(Math.max(0, date - Date.now()), MAX_RETRY_AFTER_MS);
}

type Outcome = { kind: 'delivered' } | { kind: 'retry'; error: string; afterMs: number | null } | { kind: 'refused'; error: string };

export interface AlertDeliveryOptions {
  store: AlertStore;
  targets: readonly Target[];
  /** ALERT_WEBHOOK_SECRET; null sends unsigned. */
  secret: string | null;
  fetch: WebhookFetch;
  policy?: DeliveryPolicy;
  now?: () => number;
  log: (line: string) => void;
}

/**
 * The outbox's sender: at-least-once, with back-off on timeouts, network errors, 408, 429 (its Retry-After) and 5xx.
 * Any other answer outside 2xx is a refusal that retrying would not change (a wrong URL, a revoked Slack hook): it is
 * given up at once. Never logs a URL: targets are named by position and host.
 */
export function createAlertDelivery(options: AlertDeliveryOptions) {
  const { store, secret, log } = options;
  const policy = options.policy ?? DEFAULT_DELIVERY_POLICY;
  const now = options.now ?? Date.now;
  const targets = new Map(options.targets.map((target) => [target.key, target]));

  async function attempt(target: Target, delivery: DeliveryRow & { body: Parameters<typeof webhookBody>[0] }): Promise<Outcome> {
    const sentAt = now();
    const body = webhookBody(delivery.body, sentAt);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'mcp-portal-dashboard-alerts',
      [EVENT_ID_HEADER]: delivery.eventId,
      [TIMESTAMP_HEADER]: String(Math.floor(sentAt / 1000)),
    };
    if (secret !== null) headers[SIGNATURE_HEADER] = await signBody(secret, body);
    let response: Response;
    try {
      response = await options.fetch(target.url, { method: 'POST', headers, body, redirect: 'error', signal: AbortSignal.timeout(policy.timeoutMs) });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      return { kind: 'retry', error: timedOut ? `no answer within ${policy.timeoutMs / 1000} s` : 'could not connect', afterMs: null };
    }
    // The answer's body is not needed, but reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return { kind: 'delivered' };
    const error = `HTTP ${response.status}`;
    if (response.status === 429 || response.status === 408 || response.status >= 500) {
      return { kind: 'retry', error, afterMs: response.status === 429 || response.status === 503 ? retryAfterMs(response) : null };
    }
    return { kind: 'refused', error: `${error}: the webhook refused the alert; check ALERT_WEBHOOK_URL` };
  }

  async function deliver(delivery: DeliveryRow & { body: Parameters<typeof webhookBody>[0] }): Promise<void> {
    const target = targets.get(delivery.targetKey);
    const at = now();
    if (target === undefined) {
      await store.updateDelivery(delivery.id, { state: 'failed', nextAttemptAt: null, lastError: 'this webhook is no longer configured' });
      return;
    }
    const outcome = await attempt(target, delivery);
    const attempts = delivery.attempts + 1;
    const finishedAt = now();
    if (outcome.kind === 'delivered') {
      await store.updateDelivery(delivery.id, { state: 'delivered', attempts, lastAttemptAt: at, deliveredAt: finishedAt, nextAttemptAt: null, lastError: null });
      return;
    }
    // At least a second: a `Retry-After: 0` must not turn the sender into a busy loop.
    const nextAt = finishedAt + (outcome.kind === 'retry' ? Math.max(MIN_DELAY_MS, outcome.afterMs ?? retryDelay(attempts, policy)) : 0);
    if (outcome.kind === 'refused' || nextAt - delivery.createdAt > policy.giveUpAfterMs) {
      const why = outcome.kind === 'refused' ? outcome.error : `${outcome.error}; gave up after ${attempts} attempts`;
      log(`Alert ${delivery.eventId} to ${target.label} failed: ${why}.`);
      await store.updateDelivery(delivery.id, { state: 'failed', attempts, lastAttemptAt: at, nextAttemptAt: null, lastError: why });
      return;
    }
    await store.updateDelivery(delivery.id, { attempts, lastAttemptAt: at, nextAttemptAt: nextAt, lastError: outcome.error });
  }

  return {
    /** Sends every delivery that is due; returns how many it tried. */
    async deliverDue(): Promise<number> {
      let tried = 0;
      // What is due now; a delivery rescheduled meanwhile is due later (at least a second), so the loop ends.
      const cutoff = now();
      for (;;) {
        const due = await store.due(cutoff, 20);
        if (due.length === 0) return tried;
        // One target's slow receiver must not hold up another's: each batch goes out in parallel.
        await Promise.all(due.map((delivery) => deliver(delivery)));
        tried += due.length;
      }
    },
    nextDue: () => store.nextDue(),
  };
}

export type AlertDelivery = ReturnType<typeof createAlertDelivery>;

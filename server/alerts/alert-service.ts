import { unrefTimer } from '../runtime/unref-timer.ts';
import type { AlertEvent, AlertsOverview, ServerAlerts } from '../../src/lib/cloudflare/contract.ts';
import { eventBody, testEventBody } from './alert-payload.ts';
import { eventAnswer, targetAnswers } from './alert-answers.ts';
import type { AlertStore, Target } from './alert-store.ts';
import { createAlertDelivery, DEFAULT_DELIVERY_POLICY, type DeliveryPolicy, type WebhookFetch } from './deliver-alerts.ts';
import { deriveAlerts } from './derive-alerts.ts';
import type { DemoReceiver } from './demo-receiver.ts';
import type { ServerSighting } from './sightings.ts';

export interface AlertServiceOptions {
  store: AlertStore;
  accountId: string;
  targets: readonly Target[];
  secret: string | null;
  publicUrl: string | null;
  confirmSweeps: number;
  /** Events are kept as long as the history (HISTORY_RETENTION_DAYS). */
  retentionDays: number;
  fetch: WebhookFetch;
  /** Demo mode's embedded receiver, when it is where alerts go. */
  receiver?: DemoReceiver;
  policy?: DeliveryPolicy;
  log: (line: string) => void;
  now?: () => number;
  newId?: () => string;
}

const RECENT_EVENTS = 50;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Alerts on the Node side: derived from each sweep, kept in the outbox, sent in the background. Sending runs apart from
 * sweeps: a slow webhook never delays the monitor, and a restart picks up what was not delivered.
 */
export function createAlertService(options: AlertServiceOptions) {
  const { store, accountId, log } = options;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const policy = options.policy ?? DEFAULT_DELIVERY_POLICY;
  const delivery = createAlertDelivery({ store, targets: options.targets, secret: options.secret, fetch: options.fetch, policy, now, log });
  const labels = options.targets.map((target) => target.label);

  let sending: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let lastPrune = 0;

  async function sendLoop(): Promise<void> {
    do {
      again = false;
      try {
        await delivery.deliverDue();
      } catch (error) {
        log(`Alert delivery stopped: ${error instanceof Error ? error.message : String(error)}. It resumes at the next sweep.`);
        return;
      }
    } while (again && !stopped);
    if (stopped) return;
    const next = await delivery.nextDue().catch(() => null);
    if (next === null) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(kick, Math.max(0, next - now()));
    unrefTimer(timer);
  }

  /** Sends what is due now, and sets a timer for the next retry; a call during a run makes it go round once more. */
  function kick(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (sending) {
      again = true;
      return sending;
    }
    sending = sendLoop().finally(() => {
      sending = null;
    });
    return sending;
  }

  const context = (at: number) => ({ id: newId(), accountId, occurredAt: at, publicUrl: options.publicUrl });

  return {
    confirmSweeps: options.confirmSweeps,
    /** Derives this sweep's alerts, stores them with the outbox in one batch, and starts sending. */
    async afterSweep(sightings: readonly ServerSighting[], at: number): Promise<number> {
      const known = await store.states(accountId);
      const { drafts, states } = deriveAlerts({ known, sightings, confirmSweeps: options.confirmSweeps });
      const events = drafts.map((draft) => eventBody(draft, context(at)));
      await store.recordAlerts(accountId, states, events, options.targets, at);
      if (events.length > 0) void kick();
      if (at - lastPrune >= PRUNE_EVERY_MS) {
        await store.prune(at - options.retentionDays * 86_400_000);
        lastPrune = at;
      }
      return events.length;
    },
    /**
     * Sends one test alert to every target and answers how it went: an admin setting up a channel sees at once whether
     * it arrived (a retry, if needed, goes on in the background). A slow webhook holds the answer up to its timeout.
     */
    async sendTest(): Promise<AlertEvent> {
      const body = testEventBody(context(now()));
      await store.queueEvent(accountId, body, options.targets, now());
      await kick();
      const sent = await store.event(body.id);
      if (sent === null) throw new Error('the test alert was not stored');
      return eventAnswer(sent);
    },
    /** Sends what a previous run left undelivered. */
    start: () => kick(),
    /** Waits for the current sending round (tests, and a clean stop). */
    settled: async () => {
      while (sending) await sending;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (sending) await sending;
    },
    async clear() {
      await store.clear(accountId);
      options.receiver?.clear();
    },

    async overview(): Promise<AlertsOverview> {
      const [recent, summaries, last] = await Promise.all([
        store.recentEvents(accountId, RECENT_EVENTS),
        store.targetSummaries(accountId),
        store.lastAttempt(accountId),
      ]);
      const failures = await Promise.all(labels.map(async (label) => [label, (await store.lastFailure(accountId, label))?.lastError ?? null] as const));
      return {
        destination: options.receiver ? 'demo-receiver' : 'webhooks',
        off_reason: null,
        signed: options.secret !== null,
        confirm_sweeps: options.confirmSweeps,
        give_up_after_minutes: Math.round(policy.giveUpAfterMs / 60_000),
        targets: targetAnswers(labels, summaries, new Map(failures)),
        last_delivery:
          last?.lastAttemptAt == null
            ? null
            : {
                at: new Date(last.lastAttemptAt).toISOString(),
                outcome: last.state === 'delivered' ? 'delivered' : 'failed',
                target: last.target,
                error: last.state === 'delivered' ? null : last.lastError,
              },
        events: recent.map(eventAnswer),
        receiver: options.receiver ? options.receiver.inbox() : null,
      };
    },
    async serverAlerts(serverId: string): Promise<ServerAlerts> {
      const recent = await store.recentEvents(accountId, RECENT_EVENTS, serverId);
      return { destination: options.receiver ? 'demo-receiver' : 'webhooks', events: recent.map(eventAnswer) };
    },
  };
}

export type AlertService = ReturnType<typeof createAlertService>;

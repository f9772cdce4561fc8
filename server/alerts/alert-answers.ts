import type { AlertDelivery, AlertEvent, AlertsOverview, AlertTarget } from '../../src/lib/cloudflare/contract.ts';
import { alertText } from './alert-payload.ts';
import type { DeliveryRow, EventRow } from './alert-store.ts';

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

export function deliveryAnswer(row: DeliveryRow): AlertDelivery {
  return {
    target: row.target,
    state: row.state,
    attempts: row.attempts,
    last_attempt_at: iso(row.lastAttemptAt),
    next_attempt_at: row.state === 'pending' ? iso(row.nextAttemptAt) : null,
    delivered_at: iso(row.deliveredAt),
    last_error: row.lastError,
  };
}

export function eventAnswer({ event, deliveries }: { event: EventRow; deliveries: DeliveryRow[] }): AlertEvent {
  const body = event.body;
  return {
    id: body.id,
    kind: body.kind,
    occurred_at: body.occurred_at,
    server_id: body.server?.id ?? null,
    server_name: body.server?.name ?? null,
    portals: body.portals,
    from: body.from,
    to: body.to,
    error: body.error,
    error_details: body.error_details,
    tool_changes: body.tool_changes,
    text: alertText(body),
    deliveries: deliveries.map(deliveryAnswer),
  };
}

export interface TargetSummaryRow {
  target: string;
  lastDeliveredAt: number | null;
  lastFailedAt: number | null;
  pending: number;
  failed: number;
}

/** Every configured target, including one that has had nothing to deliver yet. */
export function targetAnswers(labels: readonly string[], rows: readonly TargetSummaryRow[], lastErrors: ReadonlyMap<string, string | null>): AlertTarget[] {
  return labels.map((label) => {
    const row = rows.find((candidate) => candidate.target === label);
    return {
      target: label,
      last_delivered_at: iso(row?.lastDeliveredAt ?? null),
      last_failed_at: iso(row?.lastFailedAt ?? null),
      last_error: row?.lastFailedAt ? (lastErrors.get(label) ?? null) : null,
      pending: Number(row?.pending ?? 0),
      failed: Number(row?.failed ?? 0),
    };
  });
}

/** The answer when nothing raises alerts: no webhook configured, or no monitor to watch for changes. */
export function alertsOff(reason: string): AlertsOverview {
  return {
    destination: 'off',
    off_reason: reason,
    signed: false,
    confirm_sweeps: 0,
    give_up_after_minutes: 0,
    targets: [],
    last_delivery: null,
    events: [],
    receiver: null,
  };
}

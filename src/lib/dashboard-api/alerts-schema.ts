/**
 * What the dashboard's alert routes answer: the monitor's webhook alerts, their deliveries, and (demo) the embedded
 * receiver's inbox. Shared by the Node side, which builds these answers, and the page, which parses them.
 * Relative imports: the Node side loads this through the contract.
 */
import * as z from 'zod/mini';
import { errorDetailsSchema } from '../../cloudflare-api/server-schema.ts';
import { openEnum } from '../cloudflare/envelope-schema.ts';

const isoTime = z.string();

/**
 * `failing`: status `error`. `reauth_required`: Sync Required (status `stale`, or the admin's sign-in `required` or
 * `stale`). `recovered`: back to `ready` after one of those. `capabilities_changed`: tools or prompts added, removed,
 * or redefined. `test`: the Send test alert button.
 */
export const ALERT_KINDS = ['failing', 'reauth_required', 'recovered', 'capabilities_changed', 'test'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;

const capabilityChangedSchema = z.object({
  name: z.string(),
  /** Which parts of its definition changed: `description`, `input_schema` (tools) or `arguments` (prompts). */
  changed: z.array(z.string()),
});

/** What changed in a server's tools and prompts, by name. */
export const toolChangesSchema = z.object({
  tools_added: z.array(z.string()),
  tools_removed: z.array(z.string()),
  tools_changed: z.array(capabilityChangedSchema),
  prompts_added: z.array(z.string()),
  prompts_removed: z.array(z.string()),
  prompts_changed: z.array(capabilityChangedSchema),
});
export type ToolChanges = z.infer<typeof toolChangesSchema>;

/** One delivery of an event to one webhook, named by its host only (Slack's URLs carry a secret in the path). */
export const alertDeliverySchema = z.object({
  /** `webhook 1 (hooks.slack.com)`, or `demo receiver`. */
  target: z.string(),
  state: openEnum(DELIVERY_STATES),
  attempts: z.number(),
  last_attempt_at: z.nullable(isoTime),
  /** When it is tried again; null once delivered or given up. */
  next_attempt_at: z.nullable(isoTime),
  delivered_at: z.nullable(isoTime),
  /** The last failure in plain words ("HTTP 503", "no answer within 10 s"); null when none. */
  last_error: z.nullable(z.string()),
});
export type AlertDelivery = z.infer<typeof alertDeliverySchema>;

/** An alert the monitor raised: the structured part of the webhook payload, plus how its deliveries went. */
export const alertEventSchema = z.object({
  /** Stable across retries, so a receiver can drop duplicates. */
  id: z.string(),
  kind: openEnum(ALERT_KINDS),
  occurred_at: isoTime,
  server_id: z.nullable(z.string()),
  server_name: z.nullable(z.string()),
  portals: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The server's state before and after, in the API's words (`ready`, `error`, `stale`, `required`…). */
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  error: z.nullable(z.string()),
  error_details: z.nullable(errorDetailsSchema),
  tool_changes: z.nullable(toolChangesSchema),
  /** The Slack-compatible line, exactly as sent. */
  text: z.string(),
  deliveries: z.array(alertDeliverySchema),
});
export type AlertEvent = z.infer<typeof alertEventSchema>;

export const alertTargetSchema = z.object({
  target: z.string(),
  last_delivered_at: z.nullable(isoTime),
  last_failed_at: z.nullable(isoTime),
  last_error: z.nullable(z.string()),
  /** Deliveries still being tried, and those given up. */
  pending: z.number(),
  failed: z.number(),
});
export type AlertTarget = z.infer<typeof alertTargetSchema>;

/** A message the demo's embedded receiver got, as a Slack channel would show it. */
export const receivedAlertSchema = z.object({
  received_at: isoTime,
  event_id: z.string(),
  kind: z.string(),
  text: z.string(),
  /** Whether its X-Dashboard-Signature matched the body, checked as a receiver should. */
  signature_valid: z.boolean(),
});
export type ReceivedAlert = z.infer<typeof receivedAlertSchema>;

export const alertsOverviewSchema = z.object({
  /**
   * `webhooks`: ALERT_WEBHOOK_URL is set. `demo-receiver`: demo mode's embedded receiver. `off`: no webhook, or the
   * monitor (which raises alerts) is off; `off_reason` says which.
   */
  destination: openEnum(['webhooks', 'demo-receiver', 'off']),
  off_reason: z.nullable(z.string()),
  /** Whether requests carry X-Dashboard-Signature (ALERT_WEBHOOK_SECRET is set). */
  signed: z.boolean(),
  /** Damping: a new state is announced once this many sweeps in a row have seen it. */
  confirm_sweeps: z.number(),
  /** How long a delivery is retried before it is given up. */
  give_up_after_minutes: z.number(),
  targets: z.array(alertTargetSchema),
  /** The latest delivery attempt's outcome, for the header. */
  last_delivery: z.nullable(
    z.object({ at: isoTime, outcome: openEnum(['delivered', 'failed']), target: z.string(), error: z.nullable(z.string()) }),
  ),
  /** Newest first. */
  events: z.array(alertEventSchema),
  /** Demo mode only: what the embedded receiver got, newest first. */
  receiver: z.nullable(z.array(receivedAlertSchema)),
});
export type AlertsOverview = z.infer<typeof alertsOverviewSchema>;

export const serverAlertsSchema = z.object({
  destination: openEnum(['webhooks', 'demo-receiver', 'off']),
  /** Newest first. */
  events: z.array(alertEventSchema),
});
export type ServerAlerts = z.infer<typeof serverAlertsSchema>;

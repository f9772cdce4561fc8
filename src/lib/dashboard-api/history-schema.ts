/**
 * What the dashboard's own history routes answer (the monitor's store, never Cloudflare). Shared by the Node side,
 * which builds these answers, and the page, which parses them like any other API answer.
 * Relative imports: the Node side loads this through the contract.
 */
import * as z from 'zod/mini';
import { errorDetailsSchema } from '../../cloudflare-api/server-schema.ts';
import { openEnum } from '../cloudflare/envelope-schema.ts';

const isoTime = z.string();

export const HISTORY_WINDOWS = ['24h', '7d', '30d'] as const;
export type HistoryWindow = (typeof HISTORY_WINDOWS)[number];

export const monitorStatusSchema = z.object({
  /** False when `MONITOR_INTERVAL_SECONDS=0`: there is no store and no history. */
  enabled: z.boolean(),
  interval_seconds: z.number(),
  /** The interval actually kept: longer than the configured one only when the request budget demands it. */
  effective_interval_seconds: z.number(),
  /** Why the interval was stretched, in plain words; null when it was not. */
  stretched_because: z.nullable(z.string()),
  retention_days: z.number(),
  /** Where history lives, without credentials: `file:.data/dashboard.db`, `memory`, `libsql://host`. */
  store: z.string(),
  last_sweep: z.nullable(
    z.object({
      started_at: isoTime,
      finished_at: isoTime,
      /** Cloudflare requests the sweep made. */
      requests: z.number(),
      portals: z.number(),
      servers: z.number(),
      outcome: openEnum(['complete', 'failed']),
      error: z.nullable(z.string()),
    }),
  ),
  /** The oldest observation still kept. */
  observed_since: z.nullable(isoTime),
});
export type MonitorStatus = z.infer<typeof monitorStatusSchema>;

/** One stretch of time a server spent in one state in one portal: a transition into it, and how long it lasted. */
export const statusSpanSchema = z.object({
  portal_id: z.string(),
  status: z.nullable(z.string()),
  authentication_status: z.nullable(z.string()),
  error: z.nullable(z.string()),
  error_details: z.nullable(errorDetailsSchema),
  started_at: isoTime,
  /** Null while it is the current state. */
  ended_at: z.nullable(isoTime),
  /** The last sweep (or sync) that saw it. */
  last_seen_at: isoTime,
});
export type StatusSpan = z.infer<typeof statusSpanSchema>;

export const capabilityChangeSchema = z.object({
  observed_at: isoTime,
  tools_added: z.array(z.string()),
  tools_removed: z.array(z.string()),
  prompts_added: z.array(z.string()),
  prompts_removed: z.array(z.string()),
});
export type CapabilityChange = z.infer<typeof capabilityChangeSchema>;

export const SYNC_TRIGGERS = ['card', 'bulk', 'retry', 'server-page', 'unknown'] as const;
/** The request header that tells the server which of the page's buttons started a sync, for the audit. */
export const SYNC_TRIGGER_HEADER = 'x-dashboard-sync-trigger';

/** A sync that went through the dashboard's proxy: the audit of who synced what. */
export const syncRecordSchema = z.object({
  server_id: z.string(),
  started_at: isoTime,
  duration_ms: z.number(),
  trigger: openEnum(SYNC_TRIGGERS),
  outcome: openEnum(['succeeded', 'failed']),
  /** The status the sync answered with; null when it was refused before one (HTTP error). */
  status: z.nullable(z.string()),
  http_status: z.number(),
  error: z.nullable(z.string()),
  /** The Cloudflare Access user who asked, when the dashboard sits behind Access. */
  actor: z.nullable(z.string()),
});
export type SyncRecord = z.infer<typeof syncRecordSchema>;

/** A slice of a timeline strip: the worst state seen in it, and how much of the observed time was `ready`. */
export const stripSegmentSchema = z.object({
  start: isoTime,
  end: isoTime,
  /** The worst status observed in the slice (health order); null when nothing was observed. */
  worst: z.nullable(z.string()),
  observed_ms: z.number(),
  ready_ms: z.number(),
});
export type StripSegment = z.infer<typeof stripSegmentSchema>;

export const availabilitySchema = z.object({
  window: openEnum(HISTORY_WINDOWS),
  observed_ms: z.number(),
  ready_ms: z.number(),
  /** ready ÷ observed × 100; null when nothing was observed in the window. */
  percent: z.nullable(z.number()),
  segments: z.array(stripSegmentSchema),
});
export type Availability = z.infer<typeof availabilitySchema>;

/** `GET /api/history/accounts/{account_id}/servers/{server_id}`: everything the server page shows. */
export const serverHistorySchema = z.object({
  monitor: monitorStatusSchema,
  server_id: z.string(),
  /** The portal whose observations the timeline uses (the one asked for, else the first that has the server). */
  portal_id: z.nullable(z.string()),
  /** When the server last left `ready` and has not come back since; null when it is `ready` (or never seen). */
  failing_since: z.nullable(isoTime),
  windows: z.array(availabilitySchema),
  /** Newest first, within the longest window. */
  spans: z.array(statusSpanSchema),
  capability_changes: z.array(capabilityChangeSchema),
  syncs: z.array(syncRecordSchema),
});
export type ServerHistory = z.infer<typeof serverHistorySchema>;

export const serverHistorySummarySchema = z.object({
  server_id: z.string(),
  failing_since: z.nullable(isoTime),
  /** How many times it went from `ready` to anything else in the last 7 days. */
  flaps_7d: z.number(),
  /** The 7-day strip (28 slices of 6 hours); empty in the account summary. */
  segments: z.array(stripSegmentSchema),
});
export type ServerHistorySummary = z.infer<typeof serverHistorySummarySchema>;

/** `GET /api/history/accounts/{account_id}/portals/{portal_id}`: a card's strip and "failing since" for each server. */
export const portalHistorySchema = z.object({
  monitor: monitorStatusSchema,
  portal_id: z.string(),
  servers: z.array(serverHistorySummarySchema),
});
export type PortalHistory = z.infer<typeof portalHistorySchema>;

/** `GET /api/history/accounts/{account_id}/servers`: since when each server has been failing, and its flaps. */
export const accountHistorySchema = z.object({
  monitor: monitorStatusSchema,
  servers: z.array(serverHistorySummarySchema),
});
export type AccountHistory = z.infer<typeof accountHistorySchema>;

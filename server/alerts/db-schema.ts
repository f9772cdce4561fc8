/**
 * The alerts' tables, in the monitor's store (same database, same migrations folder): what each server's alerts last
 * said, the events raised, and the outbox of their deliveries. Times are epoch milliseconds.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AlertEventBody } from './alert-payload.ts';
import type { Condition } from './derive-alerts.ts';
import type { Fingerprints } from './sightings.ts';

/** Survives restarts, so a restart never announces again a state that did not change. */
export const alertServerStates = sqliteTable(
  'alert_server_states',
  {
    accountId: text('account_id').notNull(),
    serverId: text('server_id').notNull(),
    announced: text('announced').$type<Condition>(),
    pending: text('pending').$type<Condition>(),
    pendingSweeps: integer('pending_sweeps').notNull(),
    tools: text('tools', { mode: 'json' }).$type<Fingerprints>(),
    prompts: text('prompts', { mode: 'json' }).$type<Fingerprints>(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.serverId] })],
);

export const alertEvents = sqliteTable(
  'alert_events',
  {
    /** Stable: sent with every attempt, so receivers can drop duplicates. */
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    serverId: text('server_id'),
    kind: text('kind').notNull(),
    occurredAt: integer('occurred_at').notNull(),
    body: text('body', { mode: 'json' }).$type<AlertEventBody>().notNull(),
  },
  (table) => [
    index('alert_events_by_time').on(table.accountId, table.occurredAt),
    index('alert_events_by_server').on(table.accountId, table.serverId, table.occurredAt),
  ],
);

/** The outbox: one row per event and webhook, tried until delivered or given up. */
export const alertDeliveries = sqliteTable(
  'alert_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: text('event_id').notNull(),
    accountId: text('account_id').notNull(),
    /** `webhook 2 (hooks.slack.com)`: its position and host, never the URL (Slack's carry a secret in the path). */
    target: text('target').notNull(),
    /** A hash of the URL: a delivery for a webhook that is no longer configured is given up, not sent elsewhere. */
    targetKey: text('target_key').notNull(),
    state: text('state').$type<'pending' | 'delivered' | 'failed'>().notNull(),
    attempts: integer('attempts').notNull(),
    createdAt: integer('created_at').notNull(),
    nextAttemptAt: integer('next_attempt_at'),
    lastAttemptAt: integer('last_attempt_at'),
    deliveredAt: integer('delivered_at'),
    lastError: text('last_error'),
  },
  (table) => [
    index('alert_deliveries_due').on(table.state, table.nextAttemptAt),
    index('alert_deliveries_by_event').on(table.eventId),
  ],
);

export const alertTables = { alertServerStates, alertEvents, alertDeliveries };

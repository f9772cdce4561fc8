/**
 * The monitor's store, in drizzle's SQLite dialect: the same tables run on libSQL (a file, or a libSQL server) and on
 * Cloudflare D1. Times are epoch milliseconds. Rows are kept per change, not per sweep: a server that stays the same
 * costs an update of its open span's `last_seen_at`, never a new row.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ErrorDetails } from '../../src/lib/cloudflare/contract.ts';

/** One stretch of time a server spent in one state, in one portal. `ended_at` is null while it lasts. */
export const statusSpans = sqliteTable(
  'status_spans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: text('account_id').notNull(),
    portalId: text('portal_id').notNull(),
    serverId: text('server_id').notNull(),
    status: text('status'),
    authenticationStatus: text('authentication_status'),
    error: text('error'),
    errorDetails: text('error_details', { mode: 'json' }).$type<ErrorDetails>(),
    lastSynced: text('last_synced'),
    lastSuccessfulSync: text('last_successful_sync'),
    startedAt: integer('started_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    endedAt: integer('ended_at'),
  },
  (table) => [
    index('status_spans_by_portal').on(table.accountId, table.portalId, table.endedAt),
    index('status_spans_by_server').on(table.accountId, table.serverId, table.startedAt),
  ],
);

/** The tool and prompt names last seen for a server, to tell what changed at the next sweep. */
export const serverCapabilities = sqliteTable(
  'server_capabilities',
  {
    accountId: text('account_id').notNull(),
    serverId: text('server_id').notNull(),
    tools: text('tools', { mode: 'json' }).$type<string[]>().notNull(),
    prompts: text('prompts', { mode: 'json' }).$type<string[]>().notNull(),
    observedAt: integer('observed_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.serverId] })],
);

export const capabilityChanges = sqliteTable(
  'capability_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: text('account_id').notNull(),
    serverId: text('server_id').notNull(),
    observedAt: integer('observed_at').notNull(),
    toolsAdded: text('tools_added', { mode: 'json' }).$type<string[]>().notNull(),
    toolsRemoved: text('tools_removed', { mode: 'json' }).$type<string[]>().notNull(),
    promptsAdded: text('prompts_added', { mode: 'json' }).$type<string[]>().notNull(),
    promptsRemoved: text('prompts_removed', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (table) => [index('capability_changes_by_server').on(table.accountId, table.serverId, table.observedAt)],
);

/** Every sync that went through the dashboard's proxy. */
export const syncRecords = sqliteTable(
  'sync_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: text('account_id').notNull(),
    serverId: text('server_id').notNull(),
    startedAt: integer('started_at').notNull(),
    durationMs: integer('duration_ms').notNull(),
    trigger: text('trigger').notNull(),
    outcome: text('outcome').notNull(),
    status: text('status'),
    httpStatus: integer('http_status').notNull(),
    error: text('error'),
    actor: text('actor'),
  },
  (table) => [index('sync_records_by_server').on(table.accountId, table.serverId, table.startedAt)],
);

/** One row per sweep, kept a short while only (the monitor's own health, and the request budget's evidence). */
export const sweeps = sqliteTable(
  'sweeps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: text('account_id').notNull(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at').notNull(),
    requests: integer('requests').notNull(),
    portals: integer('portals').notNull(),
    servers: integer('servers').notNull(),
    outcome: text('outcome').notNull(),
    error: text('error'),
  },
  (table) => [index('sweeps_by_time').on(table.accountId, table.startedAt)],
);

export const historyTables = { statusSpans, serverCapabilities, capabilityChanges, syncRecords, sweeps };

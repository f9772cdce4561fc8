/**
 * What a capability sync does to a server. Outcomes are scripted per server
 * (see demo-servers.ts); background syncs finish lazily, judged against the
 * clock on the next request, so tests can drive time without timers.
 */
import type { ErrorDetailsRecord, McpPrompt, McpTool, EmbeddedApiState, StoredServer } from './embedded-api-state.ts';
import { isoAt } from './embedded-api-state.ts';
import type { EmbeddedApiScenario } from './scenario.ts';

export type SyncResultRecord = { status: string; error?: string; error_details?: ErrorDetailsRecord };

/** The parts of the scenario that shape what a sync does. */
export type SyncOptions = Pick<EmbeddedApiScenario, 'flakyFailures' | 'changingTools' | 'waitingSettleMs'>;

export function runSync(server: StoredServer, now: number, options: SyncOptions): SyncResultRecord {
  const { record, script } = server;
  server.syncAttempts += 1;
  server.settleAt = null;
  record.last_synced = isoAt(now);

  // Cloudflare syncs with the admin's OAuth credential: once it has expired, no sync can fetch anything, whatever the
  // upstream would do. The server stays "Sync required" until an admin signs in again (POST /__embedded-api/authenticate).
  if (record.authentication_status === 'stale') return markSyncRequired(server);

  const behaviour = script.behaviour;
  switch (behaviour.kind) {
    case 'succeed':
      return markReady(server, now, options);
    case 'waiting-then-ready':
      record.status = 'waiting';
      delete record.error;
      delete record.error_details;
      server.settleAt = now + options.waitingSettleMs;
      return { status: 'waiting' };
    case 'fail-upstream':
      return markError(server, behaviour.error, {
        cause: behaviour.cause,
        is_upstream: true,
        ...(behaviour.mcpCode === undefined ? {} : { mcp_code: behaviour.mcpCode }),
        status_code: behaviour.statusCode,
        retryable: false,
      });
    case 'fail-unreachable':
      return markError(server, behaviour.error, { cause: behaviour.cause, is_upstream: false, retryable: behaviour.retryable ?? true });
    case 'flaky':
      return server.syncAttempts <= options.flakyFailures
        ? markError(server, behaviour.error, { cause: behaviour.cause, is_upstream: false, retryable: true })
        : markReady(server, now, options);
  }
}

/** Completes every background sync whose settle time has passed. */
export function settleBackgroundSyncs(state: EmbeddedApiState, now: number, options: Pick<SyncOptions, 'changingTools'>): void {
  for (const server of state.servers.values()) {
    if (server.settleAt !== null && server.settleAt <= now) {
      const settledAt = server.settleAt;
      server.settleAt = null;
      // The sync attempt ends when it settles, so both timestamps move to that moment.
      server.record.last_synced = isoAt(settledAt);
      markReady(server, settledAt, options);
    }
  }
}

function markReady(server: StoredServer, at: number, options: Pick<SyncOptions, 'changingTools'>): SyncResultRecord {
  const { record, script } = server;
  record.status = 'ready';
  if (options.changingTools) rotateChangelogTool(server);
  record.last_successful_sync = isoAt(at);
  delete record.error;
  delete record.error_details;
  // Whatever the upstream gained is discovered once, by the first successful sync.
  if (script.discoveredTools !== undefined) {
    record.tools = mergeByName(record.tools, script.discoveredTools);
    delete script.discoveredTools;
  }
  if (script.discoveredPrompts !== undefined) {
    record.prompts = mergeByName(record.prompts, script.discoveredPrompts);
    delete script.discoveredPrompts;
  }
  return { status: 'ready' };
}

const CHANGELOG_TOOL = /^changelog_v(\d+)$/;

/** Drops the current `changelog_v<n>` tool and adds `changelog_v<n+1>`: one tool out, one in, on every sync. */
function rotateChangelogTool(server: StoredServer): void {
  const { record } = server;
  const current = record.tools.map((tool) => CHANGELOG_TOOL.exec(tool.name)).find((match) => match !== null);
  const next = current ? Number(current[1]) + 1 : 1;
  record.tools = [
    ...record.tools.filter((tool) => !CHANGELOG_TOOL.test(tool.name)),
    {
      name: `changelog_v${next}`,
      description: `Version ${next} of a tool this server replaces on every sync (the embedded API's "changing tools" scenario).`,
      inputSchema: { type: 'object', properties: {} },
    },
  ];
}

const SYNC_REQUIRED: SyncResultRecord = {
  status: 'stale',
  error: 'The admin OAuth credential for this server has expired or was revoked; re-authenticate the server, then sync',
  error_details: { cause: 'OAuth token refresh failed: invalid_grant (refresh token expired or revoked)' },
};

function markSyncRequired(server: StoredServer): SyncResultRecord {
  server.record.status = 'stale';
  delete server.record.error;
  delete server.record.error_details;
  return { ...SYNC_REQUIRED, error_details: { ...SYNC_REQUIRED.error_details } };
}

function markError(server: StoredServer, error: string, details: ErrorDetailsRecord): SyncResultRecord {
  server.record.status = 'error';
  server.record.error = error;
  server.record.error_details = details;
  return { status: 'error', error, error_details: { ...details } };
}

function mergeByName<T extends McpTool | McpPrompt>(current: T[], discovered: T[]): T[] {
  const known = new Set(current.map((item) => item.name));
  return [...current, ...discovered.filter((item) => !known.has(item.name))];
}

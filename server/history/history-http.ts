/**
 * The history routes' answers and the sync audit, over any reader: the Node server's libSQL store, or the static demo's
 * memory. Fetch API only, so the demo's service worker (and a Worker later) runs the same code.
 */
import * as z from 'zod/mini';
import {
  ENDPOINTS,
  envelopeSchema,
  SYNC_TRIGGERS,
  type DashboardRouteMatch,
  type MonitorStatus,
} from '../../src/lib/cloudflare/contract.ts';
import { envelopeResult } from '../proxy/envelope-response.ts';
import { accountHistory, portalHistory, serverHistory } from './history-answers.ts';
import type { HistoryReader, NewSyncRecord } from './history-store.ts';
import type { SyncAnswered } from './plan-spans.ts';

export type HistoryRoute = Extract<DashboardRouteMatch, { kind: 'route'; name: 'accountHistory' | 'portalHistory' | 'serverHistory' }>;

export interface SyncAudit {
  serverId: string;
  startedAt: number;
  durationMs: number;
  trigger: string | null;
  actor: string | null;
  httpStatus: number;
  /** The answer's body, parsed here: the proxy only hands it over. */
  body: string;
}

export interface HistorySource {
  reader: HistoryReader;
  recordSync(record: NewSyncRecord, answered: SyncAnswered | null): Promise<void>;
  monitorStatus(): Promise<MonitorStatus>;
  /** The account watched; any other has no history. */
  accountId: string;
  now: () => number;
}

/** What the dashboard routes need from history: answers, and a place to note syncs. */
export interface HistoryHttp {
  answer(route: HistoryRoute, url: URL): Promise<Response>;
  recordSync(sync: SyncAudit): Promise<void>;
}

const syncAnswerSchema = z.object({ ...envelopeSchema.shape, result: z.optional(z.unknown()) });

/** What a sync's answer says: its outcome, the status it reports, the error in plain words. */
interface SyncAnswer {
  outcome: 'succeeded' | 'failed';
  /** What the answer says of the server now, in the words a sweep would read (its `error`, not the cause). */
  server: { status: string; error: string | null } | null;
  /** The most telling reason, for the audit. */
  error: string | null;
}

function readSyncAnswer(httpStatus: number, body: string): SyncAnswer {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { outcome: 'failed', server: null, error: `HTTP ${httpStatus} without a Cloudflare response body` };
  }
  const envelope = z.safeParse(syncAnswerSchema, json);
  if (!envelope.success || !envelope.data.success || httpStatus >= 400) {
    const message = envelope.success ? envelope.data.errors?.find((error) => error.message)?.message : undefined;
    return { outcome: 'failed', server: null, error: message ?? `HTTP ${httpStatus}` };
  }
  const result = z.safeParse(ENDPOINTS.syncServer.response, envelope.data.result);
  if (!result.success) return { outcome: 'failed', server: null, error: 'The sync answer is not what the API reference describes' };
  const { status, error, error_details: details } = result.data;
  const failed = status === 'error' || status === 'stale';
  const reason = details?.cause ?? error ?? (status === 'stale' ? 'Sync required: re-authenticate the server first' : null);
  return {
    outcome: failed ? 'failed' : 'succeeded',
    server: typeof status === 'string' ? { status, error: error ?? null } : null,
    error: failed ? reason : null,
  };
}

const knownTrigger = (trigger: string | null) => ((SYNC_TRIGGERS as readonly string[]).includes(trigger ?? '') ? (trigger as string) : 'unknown');

export function createHistoryHttp({ reader, recordSync, monitorStatus, accountId, now }: HistorySource): HistoryHttp {
  return {
    async answer(route, url) {
      const status = await monitorStatus();
      const at = now();
      // The monitor watches one account; any other has no history, which is an answer, not an error.
      const watched = route.params.account_id === accountId;
      switch (route.name) {
        case 'accountHistory':
          return envelopeResult(watched ? await accountHistory(reader, status, { accountId, now: at }) : { monitor: status, servers: [] });
        case 'portalHistory':
          return envelopeResult(
            watched
              ? await portalHistory(reader, status, { accountId, portalId: route.params.portal_id, now: at })
              : { monitor: status, portal_id: route.params.portal_id, servers: [] },
          );
        case 'serverHistory':
          return envelopeResult(
            await serverHistory(reader, status, {
              accountId: watched ? accountId : route.params.account_id,
              serverId: route.params.server_id,
              portalId: url.searchParams.get('portal_id'),
              now: at,
            }),
          );
      }
    },
    async recordSync(sync) {
      const answer = readSyncAnswer(sync.httpStatus, sync.body);
      await recordSync(
        {
          accountId,
          serverId: sync.serverId,
          startedAt: sync.startedAt,
          durationMs: sync.durationMs,
          trigger: knownTrigger(sync.trigger),
          outcome: answer.outcome,
          status: answer.server?.status ?? null,
          httpStatus: sync.httpStatus,
          error: answer.error,
          actor: sync.actor,
        },
        answer.server,
      );
    },
  };
}

import * as z from 'zod/mini';
import { endpointPath, ENDPOINTS, envelopeSchema } from '../../src/lib/cloudflare/contract.ts';
import { capabilityNames, type CapabilitySet } from '../history/plan-capabilities.ts';
import type { Observation } from '../history/plan-spans.ts';
import type { RequestBudget } from './request-budget.ts';

/** One upstream GET (path from `/accounts/…` on, with its query), credentials added by the caller. */
export type CallApi = (pathAndQuery: string) => Promise<Response>;

export interface SweepResult {
  observations: Observation[];
  capabilities: CapabilitySet[];
  /** Portals read in full (every server entry readable), where a missing server means it was removed. */
  portalsSeen: Set<string>;
  portals: number;
  /** Whether every page was read. */
  complete: boolean;
  requests: number;
  /** Why the sweep stopped early; null when complete. */
  error: string | null;
}

export interface SweepOptions {
  accountId: string;
  callApi: CallApi;
  budget: RequestBudget;
  sleep: (ms: number) => Promise<void>;
  /** Called with the pause when Cloudflare answers 429, so the monitor can log it. */
  onRateLimited?: (seconds: number) => void;
  /** Each portal as read, servers and all (the alerts gather their sightings from it). */
  onPortal?: (portal: ListedPortal) => void;
}

export type ListedPortal = z.infer<typeof ENDPOINTS.listPortals.response>[number];

/** Cloudflare's largest page: the list carries every portal's servers, so 500 portals cost 5 requests. */
export const SWEEP_PAGE_SIZE = 100;
/** Waiting out a 429 at most this often per page before giving the sweep up until the next one. */
const MAX_RATE_LIMIT_WAITS = 3;
const DEFAULT_RETRY_AFTER_SECONDS = 60;

class SweepStopped extends Error {}

function retryAfterSeconds(response: Response): number {
  const value = Number(response.headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_RETRY_AFTER_SECONDS;
}

async function readPage(options: SweepOptions, page: number, count: () => void) {
  const path = `${endpointPath('listPortals', { account_id: options.accountId })}?page=${page}&per_page=${SWEEP_PAGE_SIZE}`;
  for (let waits = 0; ; waits++) {
    await options.budget.take();
    count();
    const response = await options.callApi(path);
    const text = await response.text();
    if (response.status === 429 && waits < MAX_RATE_LIMIT_WAITS) {
      const seconds = retryAfterSeconds(response);
      options.onRateLimited?.(seconds);
      await options.sleep(seconds * 1000);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SweepStopped(`page ${page} of the portal list answered HTTP ${response.status} without a Cloudflare response body`);
    }
    const envelope = z.safeParse(envelopeSchema, json);
    if (!envelope.success || !response.ok || !envelope.data.success) {
      const message = envelope.success ? envelope.data.errors?.find((error) => error.message)?.message : undefined;
      throw new SweepStopped(`page ${page} of the portal list failed (HTTP ${response.status}${message ? `: ${message}` : ''})`);
    }
    const portals = z.safeParse(ENDPOINTS.listPortals.response, envelope.data.result);
    if (!portals.success) {
      const issue = portals.error.issues[0];
      throw new SweepStopped(`page ${page} of the portal list is not what the API reference describes (${issue?.path.join('.') ?? 'result'}: ${issue?.message ?? 'invalid'})`);
    }
    return { portals: portals.data, totalPages: envelope.data.result_info?.total_pages ?? null };
  }
}

/**
 * Observes every server of every portal from the portal list alone: its entries carry each server's status, sign-in,
 * error, sync times, tools and prompts, so no portal is read on its own.
 */
export async function sweepAccount(options: SweepOptions): Promise<SweepResult> {
  const result: SweepResult = {
    observations: [],
    capabilities: [],
    portalsSeen: new Set(),
    portals: 0,
    complete: false,
    requests: 0,
    error: null,
  };
  try {
    for (let page = 1; ; page++) {
      const { portals, totalPages } = await readPage(options, page, () => (result.requests += 1));
      for (const portal of portals) {
        result.portals += 1;
        options.onPortal?.(portal);
        if (portal.unreadableServers.length === 0) result.portalsSeen.add(portal.id);
        for (const server of portal.servers) {
          result.observations.push({
            portalId: portal.id,
            serverId: server.id,
            status: server.status ?? null,
            authenticationStatus: server.authentication_status ?? null,
            error: server.error ?? null,
            errorDetails: server.error_details ?? null,
            lastSynced: server.last_synced ?? null,
            lastSuccessfulSync: server.last_successful_sync ?? null,
          });
          // Only a ready server's lists are its capabilities; a failing one's may be empty for the moment.
          if (server.status === 'ready') {
            result.capabilities.push({ serverId: server.id, tools: capabilityNames(server.tools), prompts: capabilityNames(server.prompts) });
          }
        }
      }
      if (page >= (totalPages ?? page) || portals.length < SWEEP_PAGE_SIZE) break;
    }
    result.complete = true;
  } catch (error) {
    if (!(error instanceof SweepStopped)) {
      result.error = `the portal list could not be read (${error instanceof Error ? error.message : String(error)})`;
    } else result.error = error.message;
  }
  return result;
}

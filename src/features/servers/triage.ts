import type { PortalServer } from '@/cloudflare-api/server-schema';
import { needsReauthentication, reauthenticatedAwaitingSync, reauthenticatePath } from '@/features/servers/server-status';

export type TriageKind = 're-authenticate' | 'sync-to-finish' | 'transient' | 'upstream-error' | 'unreachable';

export interface Triage {
  kind: TriageKind;
  /** The kind of problem, in a few words. */
  label: string;
  /** What the admin should do next. */
  nextStep: string;
}

/**
 * Sorts a failing server into the problem an admin has to solve. Credentials
 * come first (nothing else helps until they are fixed, and syncing alone never
 * does), then whether simply retrying is worth it, then where the failure happened.
 */
export function triageServer(server: PortalServer): Triage | null {
  const failing = server.status === 'error' || Boolean(server.error) || Boolean(server.error_details);
  if (needsReauthentication(server)) {
    const where = reauthenticatePath(server.name);
    return {
      kind: 're-authenticate',
      label: 'Re-authenticate',
      nextStep:
        server.authentication_status === 'required'
          ? `No admin has signed in to this server, so Cloudflare cannot fetch its tools and prompts. Sign in first in Cloudflare One (${where}), then sync. Syncing alone will not fix this.`
          : `The admin sign-in expired or was revoked. Re-authenticate in Cloudflare One (${where}), then sync. Syncing alone will not fix this.`,
    };
  }
  if (reauthenticatedAwaitingSync(server)) {
    return {
      kind: 'sync-to-finish',
      label: 'Signed in again',
      nextStep: 'The admin sign-in works again, but Cloudflare has not fetched tools and prompts since it expired: sync now to bring them up to date.',
    };
  }
  if (!failing) return null;
  const details = server.error_details;
  if (details?.retryable === true) {
    return { kind: 'transient', label: 'Transient failure', nextStep: 'Likely temporary: sync again. If it keeps failing, check the MCP server.' };
  }
  if (details?.is_upstream === true) {
    return {
      kind: 'upstream-error',
      label: 'Upstream error',
      nextStep: 'The MCP server itself answered with an error: fix it (or its configuration in Cloudflare), then sync.',
    };
  }
  if (details?.is_upstream === false) {
    return {
      kind: 'unreachable',
      label: 'Unreachable',
      nextStep: 'Cloudflare could not reach the MCP server: check its hostname, that it is up, and that it accepts Cloudflare traffic.',
    };
  }
  return null;
}

/** A transient failure is fixed by sending the same sync again, so the button offers Retry. */
export function offersRetry(server: PortalServer): boolean {
  return triageServer(server)?.kind === 'transient';
}

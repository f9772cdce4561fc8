import type { PortalServer } from '@/features/servers/api/server-schema';

export type TriageKind = 're-authenticate' | 'transient' | 'upstream-error' | 'unreachable';

export interface Triage {
  kind: TriageKind;
  /** The kind of problem, in a few words. */
  label: string;
  /** What the admin should do next. */
  nextStep: string;
}

/**
 * Sorts a failing server into the problem an admin has to solve. Credentials
 * come first (nothing else helps until they are fixed), then whether simply
 * retrying is worth it, then where the failure happened.
 */
export function triageServer(server: PortalServer): Triage | null {
  const failing = server.status === 'error' || Boolean(server.error) || Boolean(server.error_details);
  const authStatus = server.authentication_status;
  if (authStatus === 'required' || authStatus === 'stale') {
    return {
      kind: 're-authenticate',
      label: 'Re-authenticate',
      nextStep:
        authStatus === 'required'
          ? 'An admin must sign in to this server in Cloudflare One (Access › AI controls › MCP servers) before it can sync.'
          : 'Its stored sign-in has expired: re-authenticate it in Cloudflare One (Access › AI controls › MCP servers), then sync.',
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

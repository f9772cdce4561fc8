import type { PortalServer } from '@/cloudflare-api/server-schema';
import { needsReauthentication, reauthenticatedAwaitingSync } from '@/cloudflare-api/server-health';

export type TriageKind = 're-authenticate' | 'sync-to-finish' | 'transient' | 'upstream-error' | 'unreachable' | 'failed';

/** The one next step a card leads with. */
export type TriageAction = 'reauthenticate' | 'sync' | 'retry' | 'copy-diagnostics';

export interface Triage {
  kind: TriageKind;
  /** The kind of problem, in a few words: "Admin sign-in expired", "Unreachable". */
  label: string;
  /** What Cloudflare said went wrong, if anything: the error's cause, else its message. */
  cause: string | null;
  action: TriageAction;
}

function causeOf(server: PortalServer): string | null {
  return server.error_details?.cause ?? server.error ?? null;
}

/**
 * Sorts a failing server into the problem an admin has to solve. Credentials
 * come first (nothing else helps until they are fixed, and syncing alone never
 * does), then whether simply retrying is worth it, then where the failure happened.
 */
export function triageServer(server: PortalServer): Triage | null {
  const failing = server.status === 'error' || Boolean(server.error) || Boolean(server.error_details);
  if (needsReauthentication(server)) {
    const neverSignedIn = server.authentication_status === 'required';
    return {
      kind: 're-authenticate',
      // The badge already says "Sync required"; the line says why.
      label: neverSignedIn ? 'No admin sign-in' : 'Admin sign-in expired',
      cause: null,
      action: 'reauthenticate',
    };
  }
  if (reauthenticatedAwaitingSync(server)) {
    return {
      kind: 'sync-to-finish',
      label: 'Signed in again',
      cause: null,
      action: 'sync',
    };
  }
  if (!failing) return null;
  const details = server.error_details;
  const cause = causeOf(server);
  if (details?.retryable === true) {
    return {
      kind: 'transient',
      label: 'Transient failure',
      cause,
      action: 'retry',
    };
  }
  if (details?.is_upstream === true) {
    return {
      kind: 'upstream-error',
      label: 'Upstream error',
      cause,
      action: 'copy-diagnostics',
    };
  }
  if (details?.is_upstream === false) {
    return {
      kind: 'unreachable',
      label: 'Unreachable',
      cause,
      action: 'copy-diagnostics',
    };
  }
  return {
    kind: 'failed',
    label: 'Sync failed',
    cause,
    action: 'sync',
  };
}

/** A transient failure is fixed by sending the same sync again, so the button offers Retry. */
export function offersRetry(server: PortalServer): boolean {
  return triageServer(server)?.kind === 'transient';
}

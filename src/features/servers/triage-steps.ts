import type { PortalServer } from '@/cloudflare-api/server-schema';
import { reauthenticatePath } from '@/features/servers/server-status';
import type { Triage, TriageKind } from '@/features/servers/triage';

// Apart from triage.ts, so the account view (which shows only the kind of problem) loads none of these words.

const STEPS: Record<TriageKind, string> = {
  're-authenticate': 'Re-authenticate in Cloudflare One, then sync.',
  'sync-to-finish': 'Sync now to bring its tools and prompts up to date.',
  transient: 'Likely temporary: retry.',
  'upstream-error': "Only the MCP server's owner can fix this: send them the diagnostics, then sync.",
  unreachable: 'Check its hostname and that it is up; its owner may need the diagnostics.',
  failed: 'Sync again; if it fails the same way, send the diagnostics to its owner.',
};

/** The next step in a sentence, for a card's one line and the table's status. */
export function triageStep({ kind }: Triage, server: PortalServer): string {
  if (kind === 're-authenticate' && server.authentication_status === 'required') return 'Sign in to it in Cloudflare One, then sync.';
  return STEPS[kind];
}

/** The next step in full, with where to click, for the server page and the diagnostics. */
export function triageNextStep({ kind }: Triage, server: PortalServer): string {
  switch (kind) {
    case 're-authenticate': {
      const where = reauthenticatePath(server.name);
      return server.authentication_status === 'required'
        ? `No admin has signed in to this server, so Cloudflare cannot fetch its tools and prompts. Sign in first in Cloudflare One (${where}), then sync. Syncing alone will not fix this.`
        : `The admin sign-in expired or was revoked. Re-authenticate in Cloudflare One (${where}), then sync. Syncing alone will not fix this.`;
    }
    case 'sync-to-finish':
      return 'The admin sign-in works again, but Cloudflare has not fetched tools and prompts since it expired: sync now to bring them up to date.';
    case 'transient':
      return 'Likely temporary: sync again. If it keeps failing, check the MCP server.';
    case 'upstream-error':
      return 'The MCP server itself answered with an error: fix it (or its configuration in Cloudflare), then sync.';
    case 'unreachable':
      return 'Cloudflare could not reach the MCP server: check its hostname, that it is up, and that it accepts Cloudflare traffic.';
    case 'failed':
      return 'Cloudflare did not say whether this is temporary: sync again, and if it fails the same way, send the diagnostics to the MCP server’s owner.';
  }
}

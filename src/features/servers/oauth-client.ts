import type { AuthConfigSummary, EffectiveRedirectUri } from '@/cloudflare-api/server-schema';

/** What the effective redirect URI's `source` means for the admin who registers it. */
export function presentRedirectSource(source: EffectiveRedirectUri['source'], portalHostname: string): string {
  switch (source) {
    case 'per_portal':
      return `Per-portal callback on this portal's hostname (${portalHostname}): each portal that includes this server sends its own, so register the callback of every such portal.`;
    case 'shared_mcp22':
      return 'Shared Cloudflare callback: the server has the shared OAuth callback enabled, so every portal sends this same Cloudflare-owned URL.';
    default:
      return `Source "${source}", which this dashboard does not know yet; the URI above is still the one the portal sends.`;
  }
}

const AUTH_MODES: Record<string, string> = {
  dcr: 'Dynamic client registration: Cloudflare registered its own client at the provider',
  manual: 'Manual client: an admin supplied the client id and secret',
};

export function presentAuthMode(mode: AuthConfigSummary['auth_mode']): string {
  if (mode == null) return 'Not reported';
  const text = AUTH_MODES[mode];
  return text ? `${text} (${mode})` : mode;
}

/** Whether a secret is stored, never what it is: Cloudflare does not send the value, and neither would we show it. */
export function presentClientSecret(summary: AuthConfigSummary): string {
  if (summary.has_client_secret == null) return 'Not reported';
  if (!summary.has_client_secret) return 'None stored';
  return summary.client_secret_version == null ? 'Stored' : `Stored (version ${summary.client_secret_version})`;
}

export interface RedirectUriMismatch {
  /** What the portal sends to the provider. */
  effective: string;
  /** What the manual client registration holds instead. */
  registered: string[];
}

/**
 * A manual OAuth client keeps the redirect URIs it was registered with; when the one the portal actually sends is not
 * among them, the provider refuses the sign-in. Providers compare redirect URIs exactly, so we do too. Dynamic
 * registrations are made by Cloudflare with the right URI and are never reported.
 */
export function findRedirectUriMismatch(
  summary: AuthConfigSummary | null | undefined,
  effectiveRedirectUri: string | undefined,
): RedirectUriMismatch | null {
  if (summary?.auth_mode !== 'manual' || effectiveRedirectUri === undefined) return null;
  const registered = summary.registration_info?.redirect_uris;
  if (registered == null || registered.includes(effectiveRedirectUri)) return null;
  return { effective: effectiveRedirectUri, registered };
}

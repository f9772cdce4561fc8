import type { PortalServer } from '@/cloudflare-api/server-schema';

/** The admin credential Cloudflare syncs with, in Cloudflare's meaning of each value. */
const AUTHENTICATION_STATUS_LABELS: Record<string, string> = {
  not_required: 'Not required: no admin sign-in is needed',
  required: 'Required: no admin has signed in yet; authenticate the server, then sync',
  connected: 'Connected: the admin sign-in works',
  stale: 'Expired: the admin sign-in expired or was revoked; re-authenticate, then sync',
  manual: 'Manual: an admin-supplied OAuth client, with no admin sign-in flow',
};

/** The API's value stays visible beside the words; unknown values are shown as received. */
export function presentAuthenticationStatus(status: PortalServer['authentication_status']): string {
  if (status == null) return 'Not reported';
  const label = AUTHENTICATION_STATUS_LABELS[status];
  return label ? `${label} (${status})` : status;
}

export function presentDefaultDisabled(defaultDisabled: boolean | null | undefined): string {
  return defaultDisabled ? 'Tools and prompts are hidden unless enabled below' : 'Visible unless disabled below';
}

/** For flags where "absent" differs from "off": the API did not say, so neither do we. */
export function presentFlag(value: boolean | null | undefined, on: string, off: string): string {
  if (value == null) return 'Not reported';
  return value ? on : off;
}

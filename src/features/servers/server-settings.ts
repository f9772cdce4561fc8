import type { PortalServer } from '@/features/servers/api/server-schema';

const AUTHENTICATION_STATUS_LABELS: Record<string, string> = {
  not_required: 'Not required',
  required: 'Required: an admin must authenticate before syncing',
  connected: 'Connected',
  stale: 'Stale: re-authenticate',
  manual: 'Manual (user-managed OAuth)',
};

/** Unknown values are shown as received: a newer API value is still information. */
export function presentAuthenticationStatus(status: PortalServer['authentication_status']): string {
  if (status == null) return 'Not reported';
  return AUTHENTICATION_STATUS_LABELS[status] ?? status;
}

export function presentDefaultDisabled(defaultDisabled: boolean | null | undefined): string {
  return defaultDisabled ? 'Tools and prompts are hidden unless enabled below' : 'Visible unless disabled below';
}

/** For flags where "absent" differs from "off": the API did not say, so neither do we. */
export function presentFlag(value: boolean | null | undefined, on: string, off: string): string {
  if (value == null) return 'Not reported';
  return value ? on : off;
}

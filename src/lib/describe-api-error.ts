import { ApiError } from '@/lib/api-error';
import { PROXY_ERROR_CODES } from '@/lib/cloudflare/proxy-error-codes';

/** What the admin was doing when the call failed; decides which permission and which words apply. */
export type ApiAction =
  | { kind: 'view-portal'; portalId: string }
  | { kind: 'list-portals' }
  | { kind: 'sync'; serverName: string }
  | { kind: 'read-redirect-uri'; serverName: string }
  | { kind: 'load-config' }
  | { kind: 'load-alerts' }
  | { kind: 'send-test-alert' };

export interface ErrorExplanation {
  /** What happened, in one line. */
  title: string;
  /** What it means for the admin. */
  meaning: string;
  /** What the admin can do next. */
  action: string;
  /** The API's own words, shown as received. */
  detail: string | null;
}

const PERMISSION_CODES = new Set([10000, 9109]);
const CREDENTIAL_FORMAT_CODES = new Set([6003, 6111, 9106]);
const UNROUTABLE_CODE = 7003;

function neededPermission(action: ApiAction): string {
  return action.kind === 'sync' ? 'MCP Portals Write' : 'MCP Portals Read (or MCP Portals Write)';
}

function what(action: ApiAction): string {
  switch (action.kind) {
    case 'view-portal':
      return 'load this portal';
    case 'list-portals':
      return 'list the portals of this account';
    case 'sync':
      return `sync ${action.serverName}`;
    case 'read-redirect-uri':
      return `read the redirect URI of ${action.serverName}`;
    case 'load-config':
      return 'load its configuration';
    case 'load-alerts':
      return 'load its alerts';
    case 'send-test-alert':
      return 'send a test alert';
  }
}

function detailOf(error: ApiError): string | null {
  const parts = error.errors.map((item) => [item.code, item.message].filter((part) => part != null && part !== '').join(': '));
  const joined = parts.filter(Boolean).join(' · ');
  if (joined) return error.status ? `HTTP ${error.status} · ${joined}` : joined;
  return error.status ? `HTTP ${error.status} · ${error.message}` : error.message;
}

export function describeApiError(error: unknown, action: ApiAction): ErrorExplanation {
  if (!(error instanceof ApiError)) {
    return {
      title: `Could not ${what(action)}`,
      meaning: 'Something unexpected went wrong in the dashboard.',
      action: 'Try again. If it keeps happening, reload the page.',
      detail: error instanceof Error ? error.message : null,
    };
  }
  const detail = detailOf(error);
  const codes = error.codes;

  if (error.kind === 'network' && error.status !== null) {
    return {
      title: 'The answer was cut off',
      meaning: `The connection broke while the answer was arriving, so the dashboard could not ${what(action)}.`,
      action: 'This is usually a passing network problem: retry. If it keeps happening, check the dashboard server\'s log.',
      detail,
    };
  }
  if (error.kind === 'network') {
    return {
      title: 'The dashboard could not reach its API proxy',
      meaning: `No answer arrived, so the dashboard could not ${what(action)}. The dashboard server may have stopped, or your connection dropped.`,
      action: 'Check that the dashboard server is still running (npm start) and that you are online, then retry.',
      detail,
    };
  }
  if (action.kind === 'load-alerts' || action.kind === 'send-test-alert') {
    // Alerts live in the dashboard server's own store: Cloudflare's words would mislead here.
    return {
      title: `Could not ${what(action)}`,
      meaning: 'The dashboard server, which keeps the alerts, answered with an error.',
      action: error.status === 409 ? 'Set ALERT_WEBHOOK_URL and restart the dashboard server.' : 'Retry; its log says why.',
      detail,
    };
  }
  if (error.status === 502 || error.status === 504) {
    return {
      title: 'The Cloudflare API could not be reached',
      meaning: `The dashboard's proxy is running, but its call to the Cloudflare API failed or timed out, so it could not ${what(action)}.`,
      action: 'Retry in a moment. If it persists, check the server\'s network access and CLOUDFLARE_API_BASE_URL.',
      detail,
    };
  }
  if (codes.includes(PROXY_ERROR_CODES.sessionMissing)) {
    return {
      title: 'The dashboard server has restarted',
      meaning: `This page's session belongs to an earlier start of the dashboard server, so the server refused to ${what(action)} for it. Nothing reached Cloudflare.`,
      action: 'Reload the page to pick up the new session.',
      detail,
    };
  }
  if (error.status === 403 && codes.some((code) => PERMISSION_CODES.has(code))) {
    return {
      title: 'The API token is missing a permission',
      meaning: `Cloudflare refused to ${what(action)}: the configured credentials are not allowed to do this on this account.`,
      action: `Give the token the "${neededPermission(action)}" permission for this account (Cloudflare dashboard › My Profile › API Tokens), then retry.`,
      detail,
    };
  }
  if (error.status === 401 || codes.some((code) => CREDENTIAL_FORMAT_CODES.has(code))) {
    return {
      title: 'Cloudflare did not accept the credentials',
      meaning: `The API could not authenticate the dashboard, so it could not ${what(action)}.`,
      action: 'Check CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY) in the dashboard server\'s environment and restart it.',
      detail,
    };
  }
  if (error.status === 404) {
    // 7003 is Cloudflare's "could not route": the account part of the path, not the portal or server, is unknown.
    if (action.kind === 'view-portal' && !codes.includes(UNROUTABLE_CODE)) {
      return {
        title: `Portal "${action.portalId}" does not exist`,
        meaning: 'Cloudflare has no MCP portal with this id in this account. It may have been deleted, or the link has a typo.',
        action: 'Go back to the list of portals and pick one from there.',
        detail,
      };
    }
    if (action.kind === 'read-redirect-uri' && !codes.includes(UNROUTABLE_CODE)) {
      return {
        title: `Cloudflare has no redirect URI for ${action.serverName} in this portal`,
        meaning: 'The server may have been removed from this portal since the page loaded.',
        action: 'Refresh the portal to see its current servers.',
        detail,
      };
    }
    if (action.kind === 'sync' && !codes.includes(UNROUTABLE_CODE)) {
      return {
        title: `${action.serverName} no longer exists`,
        meaning: 'Cloudflare has no MCP server with this id any more; it may have been deleted since this page loaded.',
        action: 'Refresh the portal to see its current servers.',
        detail,
      };
    }
    return {
      title: 'This account was not found',
      meaning: 'Cloudflare does not know this account id, or the credentials cannot see it.',
      action: 'Check the account id in the address, or CLOUDFLARE_ACCOUNT_ID.',
      detail,
    };
  }
  if (error.status === 429) {
    const wait = error.retryAfterSeconds !== null ? ` for ${error.retryAfterSeconds} s` : '';
    return {
      title: 'Cloudflare is rate limiting these requests',
      meaning: `Too many API calls were made with these credentials recently, so Cloudflare paused them${wait}.`,
      action: 'Wait a moment, then retry.',
      detail,
    };
  }
  if (error.kind === 'invalid-response') {
    return {
      title: 'The API answered with data the dashboard cannot read',
      meaning: `An answer arrived, but it was not in the shape the dashboard expects, so it could not ${what(action)}.`,
      action: 'Retry. If it keeps happening, the API may have changed: report the detail below.',
      detail: error.message,
    };
  }
  if (error.status !== null && error.status >= 500) {
    return {
      title: 'Cloudflare had a problem answering',
      meaning: `The Cloudflare API failed on its side (HTTP ${error.status}), so the dashboard could not ${what(action)}.`,
      action: 'This is usually temporary: retry in a moment.',
      detail,
    };
  }
  return {
    title: `Could not ${what(action)}`,
    meaning: 'The Cloudflare API refused the request.',
    action: 'Read the API\'s message below; retry once the cause is fixed.',
    detail,
  };
}

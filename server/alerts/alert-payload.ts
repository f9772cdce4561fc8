import type { ErrorDetails, ToolChanges } from '../../src/lib/cloudflare/contract.ts';
import type { AlertDraft, Condition } from './derive-alerts.ts';

/** The structured part of a webhook's body: everything a receiver may act on, in the API's words. */
export interface AlertEventBody {
  id: string;
  kind: AlertDraft['kind'] | 'test';
  test: boolean;
  occurred_at: string;
  account_id: string;
  server: { id: string; name: string } | null;
  portals: { id: string; name: string }[];
  from: Condition | null;
  to: Condition | null;
  status: string | null;
  authentication_status: string | null;
  error: string | null;
  error_details: ErrorDetails | null;
  tool_changes: ToolChanges | null;
  /** The server's page in the dashboard; null unless PUBLIC_URL is set. */
  url: string | null;
}

/** The whole body as sent: Slack-compatible `text`, the event, and the moment of this attempt (inside the signature). */
export interface WebhookBody {
  text: string;
  event: AlertEventBody;
  sent_at: string;
}

/**
 * Slack reads `<…>` as a link or a mention (`<!channel>` pings everyone) and `&` as the start of an escape: untrusted
 * names and errors are escaped so they read as written and can never ping a channel.
 */
export function slackEscape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "+1 tool (create_issue), −1 prompt (triage), changed: search (description, input schema)". */
export function describeToolChanges(changes: ToolChanges): string {
  const parts: string[] = [];
  const list = (names: readonly string[]) => names.join(', ');
  if (changes.tools_added.length > 0) parts.push(`+${plural(changes.tools_added.length, 'tool')} (${list(changes.tools_added)})`);
  if (changes.tools_removed.length > 0) parts.push(`−${plural(changes.tools_removed.length, 'tool')} (${list(changes.tools_removed)})`);
  if (changes.prompts_added.length > 0) parts.push(`+${plural(changes.prompts_added.length, 'prompt')} (${list(changes.prompts_added)})`);
  if (changes.prompts_removed.length > 0) parts.push(`−${plural(changes.prompts_removed.length, 'prompt')} (${list(changes.prompts_removed)})`);
  const changed = [...changes.tools_changed, ...changes.prompts_changed];
  if (changed.length > 0) {
    parts.push(`changed: ${changed.map((entry) => `${entry.name} (${entry.changed.map((part) => part.replaceAll('_', ' ')).join(', ')})`).join('; ')}`);
  }
  return parts.join(', ');
}

function inPortals(portals: readonly { name: string }[]): string {
  if (portals.length === 0) return '';
  const names = portals.map((portal) => portal.name);
  return ` in ${portals.length === 1 ? 'portal' : 'portals'} ${names.join(', ')}`;
}

/** One plain line per event (no markup: it reads the same in Slack, Google Chat, Teams or an email). */
export function alertText(event: AlertEventBody): string {
  const name = slackEscape(event.server?.name ?? 'A server');
  const where = slackEscape(inPortals(event.portals));
  const cause = event.error_details?.cause ?? event.error;
  const link = event.url ? ` Open: ${event.url}` : '';
  switch (event.kind) {
    case 'failing':
      return `🔴 ${name} is failing${where}: ${slackEscape(cause ?? 'no error message')}. Portal users cannot use its tools until it syncs again.${link}`;
    case 'reauth_required':
      return `🟠 ${name} needs re-authentication (Sync Required)${where}: an admin signs in again in Cloudflare One, then syncs it.${link}`;
    case 'recovered':
      return `🟢 ${name} recovered${where}: it is ready again.${link}`;
    case 'capabilities_changed':
      return `🔵 ${name} changed its tools${where}: ${slackEscape(event.tool_changes ? describeToolChanges(event.tool_changes) : 'details unknown')}. Review them if this was not expected.${link}`;
    case 'test':
      return `✅ Test alert from the MCP Portal Dashboard (account ${event.account_id}): alerts reach this channel.${link}`;
  }
}

export interface EventContext {
  id: string;
  accountId: string;
  occurredAt: number;
  /** PUBLIC_URL without a trailing slash; null when unset. */
  publicUrl: string | null;
}

function serverUrl(context: EventContext, portalId: string | undefined, serverId: string): string | null {
  if (context.publicUrl === null || portalId === undefined) return null;
  const part = encodeURIComponent;
  return `${context.publicUrl}/accounts/${part(context.accountId)}/portals/${part(portalId)}/servers/${part(serverId)}`;
}

export function eventBody(draft: AlertDraft, context: EventContext): AlertEventBody {
  return {
    id: context.id,
    kind: draft.kind,
    test: false,
    occurred_at: new Date(context.occurredAt).toISOString(),
    account_id: context.accountId,
    server: { id: draft.serverId, name: draft.serverName },
    portals: draft.portals,
    from: draft.from,
    to: draft.to,
    status: draft.status,
    authentication_status: draft.authenticationStatus,
    error: draft.error,
    error_details: draft.errorDetails,
    tool_changes: draft.toolChanges,
    url: serverUrl(context, draft.portals[0]?.id, draft.serverId),
  };
}

export function testEventBody(context: EventContext): AlertEventBody {
  return {
    id: context.id,
    kind: 'test',
    test: true,
    occurred_at: new Date(context.occurredAt).toISOString(),
    account_id: context.accountId,
    server: null,
    portals: [],
    from: null,
    to: null,
    status: null,
    authentication_status: null,
    error: null,
    error_details: null,
    tool_changes: null,
    url: context.publicUrl === null ? null : `${context.publicUrl}/accounts/${encodeURIComponent(context.accountId)}/alerts`,
  };
}

/** The exact bytes of one attempt: `sent_at` changes per attempt, so each is signed afresh. */
export function webhookBody(event: AlertEventBody, sentAt: number): string {
  const body: WebhookBody = { text: alertText(event), event, sent_at: new Date(sentAt).toISOString() };
  return JSON.stringify(body);
}

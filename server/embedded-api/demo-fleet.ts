/**
 * A portal at Cloudflare's cap of 40 servers, for bulk sync: mostly healthy,
 * with stale ones to refresh, flaky ones that fail retryably when a scenario asks (flakyFailures), and a few
 * that fail for good (upstream errors, one unreachable).
 */
import type { ServerRecord, StoredPortal, StoredServer, SyncBehaviour } from './embedded-api-state.ts';
import { isoAt, portalMember } from './embedded-api-state.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const FLEET_PORTAL_ID = 'integrations-hub';
export const FLEET_SIZE = 40;

const VENDORS = [
  'Asana', 'Atlassian', 'Box', 'Calendly', 'Canva', 'Circle CI', 'ClickUp', 'Cloudinary', 'Confluence', 'Datadog',
  'DocuSign', 'Dropbox', 'Figma', 'Freshdesk', 'GitLab', 'Gong', 'Google Drive', 'Grafana', 'Greenhouse', 'HubSpot',
  'Jira', 'Loom', 'Mailchimp', 'Miro', 'Monday', 'Netlify', 'Notion', 'Outreach', 'Postman', 'Salesforce',
  'ServiceNow', 'Shopify', 'Slack', 'Smartsheet', 'Stripe', 'Todoist', 'Twilio', 'Vercel', 'Webflow', 'Workday',
] as const;

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Every 5th is stale ("Sync required": its admin sign-in expired, so no sync helps until someone signs in again),
 * every 7th flaky (retryable, when the scenario asks), every 13th fails for good and already did at its last sync: upstream, except the
 * second of them, whose hostname no longer resolves (unreachable, and retrying will not help).
 */
function behaviourFor(index: number, name: string): SyncBehaviour {
  if (index === 25) {
    return { kind: 'fail-unreachable', error: `${name} could not be reached`, cause: `getaddrinfo ENOTFOUND mcp.${slug(name)}.example`, retryable: false };
  }
  if (index % 13 === 12) {
    return { kind: 'fail-upstream', error: `${name} rejected the capability listing`, cause: 'tools/list: 401 Unauthorized', statusCode: 401 };
  }
  if (index % 7 === 6) return { kind: 'flaky', error: 'Sync interrupted', cause: `read ECONNRESET from mcp.${slug(name)}.example before tools/list answered` };
  return { kind: 'succeed' };
}

/** The error fields a failing behaviour left behind at its last sync, as sync.ts would write them. */
function lastFailure(behaviour: SyncBehaviour): Pick<ServerRecord, 'error' | 'error_details'> {
  if (behaviour.kind === 'fail-upstream') {
    return { error: behaviour.error, error_details: { cause: behaviour.cause, is_upstream: true, status_code: behaviour.statusCode, retryable: false } };
  }
  if (behaviour.kind === 'fail-unreachable') {
    return { error: behaviour.error, error_details: { cause: behaviour.cause, is_upstream: false, retryable: behaviour.retryable ?? true } };
  }
  return {};
}

export function createFleetServers(now: number): StoredServer[] {
  return VENDORS.map((name, index) => {
    const id = `${slug(name)}-mcp`;
    const stale = index % 5 === 4;
    const oauth = stale || index % 3 === 0;
    const syncedAt = isoAt(now - (stale ? 3 * DAY : (index + 1) * 7 * MINUTE));
    const behaviour = behaviourFor(index, name);
    const failedBefore = behaviour.kind === 'fail-upstream' || behaviour.kind === 'fail-unreachable';
    return {
      record: {
        id,
        name,
        hostname: `https://mcp.${slug(name)}.example/mcp`,
        description: `${name} tools for the integrations team.`,
        auth_type: oauth ? 'oauth' : 'bearer',
        authentication_status: stale ? 'stale' : oauth ? 'connected' : 'not_required',
        secure_web_gateway: index % 2 === 0,
        tools: Array.from({ length: 3 + (index % 6) }, (_, tool) => ({
          name: `${slug(name).replace(/-/g, '_')}_action_${tool + 1}`,
          description: `Action ${tool + 1} of ${name}.`,
          inputSchema: { type: 'object', properties: {} },
        })),
        prompts: [],
        status: stale ? 'stale' : failedBefore ? 'error' : 'ready',
        ...(failedBefore ? lastFailure(behaviour) : {}),
        last_synced: syncedAt,
        last_successful_sync: failedBefore ? isoAt(now - 2 * DAY) : syncedAt,
        updated_tools: [],
        updated_prompts: [],
        created_at: isoAt(now - 60 * DAY),
        created_by: 'integrations@acme-corp.example',
        modified_at: isoAt(now - 2 * DAY),
        modified_by: 'integrations@acme-corp.example',
      },
      script: { behaviour },
      syncAttempts: 0,
      settleAt: null,
    };
  });
}


export function createFleetPortal(now: number, servers: StoredServer[]): StoredPortal {
  return {
    record: {
      id: FLEET_PORTAL_ID,
      name: 'Integrations hub',
      hostname: 'integrations.mcp.acme-corp.example',
      description: 'Every SaaS integration the company uses, at the 40-server limit of a portal.',
      code_mode: 'opt_in',
      allow_code_mode: true,
      secure_web_gateway: false,
      created_at: isoAt(now - 90 * DAY),
      created_by: 'integrations@acme-corp.example',
      modified_at: isoAt(now - 2 * DAY),
      modified_by: 'integrations@acme-corp.example',
    },
    servers: servers.map((server) => portalMember(server.record.id)),
  };
}

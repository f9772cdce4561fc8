/**
 * Initial state of the demo account. A function rather than a constant so
 * every reset starts from fresh objects with timestamps relative to "now".
 */
import type { EmbeddedApiState, StoredPortal, StoredServer } from './embedded-api-state.ts';
import { isoAt, portalMember } from './embedded-api-state.ts';
import { createDemoServers, PEOPLE } from './demo-servers.ts';
import { createTeamPortals } from './demo-team-portals.ts';
import { createFleetPortal, createFleetServers } from './demo-fleet.ts';

export const DEMO_ACCOUNT_ID = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;


function createDemoPortals(now: number): StoredPortal[] {
  const ago = (ms: number) => isoAt(now - ms);
  return [
    {
      // The showcase: one page holds a server in every state the dashboard knows (and one it does not).
      record: {
        id: 'engineering',
        name: 'Engineering tools',
        hostname: 'mcp.acme-corp.example',
        description: 'Code, CI, incidents and internal docs for the product engineering org.',
        code_mode: 'opt_in',
        allow_code_mode: true,
        secure_web_gateway: true,
        created_at: ago(142 * DAY),
        created_by: PEOPLE.priya,
        modified_at: ago(3 * DAY),
        modified_by: PEOPLE.marcus,
      },
      servers: [
        portalMember('github', {
          updated_tools: [
            { name: 'delete_file', enabled: false },
            {
              name: 'merge_pull_request',
              enabled: false,
              portal_description: 'Disabled here: merges go through the merge queue.',
            },
            { name: 'search_code', portal_alias: 'gh_search_code' },
            {
              name: 'create_issue',
              portal_description: 'Create an issue in an acme-corp repository. Use the bug template for defects.',
            },
          ],
        }),
        portalMember('linear'),
        portalMember('sentry', { updated_prompts: [{ name: 'fix_issue_with_seer', enabled: false }] }),
        portalMember('buildkite', { updated_tools: [{ name: 'unblock_job', enabled: false }] }),
        portalMember('internal-docs'),
        portalMember('feature-flags'),
        portalMember('pagerduty', {
          updated_tools: [{ name: 'resolve_incident', enabled: false, portal_alias: 'pd_resolve' }],
        }),
      ],
    },
    {
      record: {
        id: 'support-desk',
        name: 'Support desk',
        hostname: 'support.mcp.acme-corp.example',
        description: 'Tickets, customer conversations and the status page for the support team.',
        code_mode: 'off',
        allow_code_mode: false,
        secure_web_gateway: false,
        created_at: ago(110 * DAY),
        created_by: PEOPLE.sam,
        modified_at: ago(9 * DAY),
        modified_by: PEOPLE.sam,
      },
      servers: [
        portalMember('zendesk', { on_behalf: false }),
        portalMember('intercom'),
        portalMember('statuspage'),
        // Shared with engineering: support only gets the handful of tools needed to file and follow bugs.
        portalMember('github', {
          default_disabled: true,
          updated_tools: [
            { name: 'search_issues', enabled: true },
            { name: 'get_issue', enabled: true },
            { name: 'create_issue', enabled: true, portal_alias: 'file_bug', portal_description: 'File a bug for engineering.' },
            { name: 'add_issue_comment', enabled: true },
          ],
          updated_prompts: [{ name: 'issue_to_fix_workflow', enabled: false }],
        }),
      ],
    },
    {
      record: {
        id: 'data-platform',
        name: 'Data platform',
        hostname: 'data.mcp.acme-corp.example',
        description: 'Warehouse, transformation, orchestration and BI tools for analytics engineers.',
        code_mode: 'enforced',
        allow_code_mode: true,
        secure_web_gateway: true,
        created_at: ago(160 * DAY),
        created_by: PEOPLE.lena,
        modified_at: ago(2 * HOUR),
        modified_by: PEOPLE.lena,
      },
      servers: [
        portalMember('snowflake'),
        portalMember('dbt-cloud', { updated_tools: [{ name: 'trigger_job_run', enabled: false }] }),
        portalMember('airflow', {
          updated_tools: [
            { name: 'clear_task_instances', enabled: false },
            { name: 'trigger_dag_run', portal_description: 'Only for backfills agreed in #data-oncall.' },
          ],
        }),
        portalMember('looker'),
        // Shared with engineering: its outage shows in both portals.
        portalMember('internal-docs'),
      ],
    },
    {
      record: {
        id: 'secops',
        name: 'Security operations',
        hostname: 'secops.mcp.acme-corp.example',
        code_mode: 'default_on',
        allow_code_mode: true,
        secure_web_gateway: true,
        created_at: ago(40 * DAY),
        created_by: PEOPLE.aisha,
        modified_at: ago(6 * DAY),
        modified_by: PEOPLE.aisha,
      },
      servers: [portalMember('okta'), portalMember('virustotal')],
    },
  ];
}

export function createDemoState(now: number): EmbeddedApiState {
  const fleet = createFleetServers(now);
  const servers = new Map<string, StoredServer>([...createDemoServers(now), ...fleet].map((server) => [server.record.id, server]));
  return { portals: [...createDemoPortals(now), createFleetPortal(now, fleet), ...createTeamPortals(now)], servers };
}

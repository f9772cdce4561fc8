/**
 * Smaller per-team portals, so the demo account has enough portals for the
 * list's search and paging to mean something. They reuse healthy servers.
 */
import type { StoredPortal } from './embedded-api-state.ts';
import { isoAt, portalMember } from './embedded-api-state.ts';
import { PEOPLE } from './demo-servers.ts';

const DAY = 24 * 3_600_000;

const TEAMS: [id: string, name: string, servers: string[]][] = [
  ['marketing-analytics', 'Marketing analytics', ['looker', 'snowflake']],
  ['finance-close', 'Finance close', ['snowflake']],
  ['people-ops', 'People operations', ['okta', 'zendesk']],
  ['mobile-apps', 'Mobile apps', ['github', 'sentry']],
  ['platform-sre', 'Platform SRE', ['pagerduty', 'sentry', 'statuspage']],
  ['growth-experiments', 'Growth experiments', ['looker']],
  ['design-systems', 'Design systems', ['github']],
  ['customer-success', 'Customer success', ['zendesk', 'intercom']],
  ['legal-review', 'Legal review', ['internal-docs']],
  ['sales-engineering', 'Sales engineering', ['github', 'zendesk']],
  ['ml-research', 'ML research', ['snowflake', 'airflow']],
  ['billing', 'Billing', ['dbt-cloud', 'snowflake']],
  ['it-helpdesk', 'IT helpdesk', ['okta']],
  ['partner-integrations', 'Partner integrations', ['github', 'linear']],
  ['docs-team', 'Docs team', ['internal-docs', 'github']],
  ['qa-automation', 'QA automation', ['buildkite', 'github']],
  ['procurement', 'Procurement', ['zendesk']],
  ['threat-intel', 'Threat intel', ['virustotal']],
  ['data-governance', 'Data governance', ['snowflake', 'dbt-cloud']],
  ['emea-support', 'EMEA support', ['zendesk', 'statuspage']],
];


export function createTeamPortals(now: number): StoredPortal[] {
  const people = Object.values(PEOPLE);
  return TEAMS.map(([id, name, servers], index) => ({
    record: {
      id,
      name,
      hostname: `${id}.mcp.acme-corp.example`,
      description: `MCP tools for the ${name} team.`,
      code_mode: index % 3 === 0 ? 'off' : 'opt_in',
      allow_code_mode: index % 3 !== 0,
      secure_web_gateway: index % 2 === 0,
      created_at: isoAt(now - (30 + index * 4) * DAY),
      created_by: people[index % people.length] ?? PEOPLE.priya,
      modified_at: isoAt(now - (index + 1) * DAY),
      modified_by: people[(index + 1) % people.length] ?? PEOPLE.priya,
    },
    servers: servers.map((id) => portalMember(id)),
  }));
}

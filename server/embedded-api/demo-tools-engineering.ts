/** Capabilities of the engineering servers in the demo account (besides GitHub). */
import type { McpPrompt, McpTool } from './embedded-api-state.ts';
import { bool, DESTRUCTIVE, int, list, oneOf, prompt, READ_ONLY, str, tool, WRITES } from './mcp-capabilities.ts';

const limit = int('Maximum number of results', { minimum: 1, maximum: 250, default: 50 });

export function linearTools(): McpTool[] {
  return [
    tool('list_issues', 'List Linear issues, filtered by team, assignee, state or label.', { teamId: str('Team ID or key, e.g. ENG'), assignee: str('User ID, name, email or "me"'), state: str('Workflow state name'), label: str('Label name'), limit }, [], READ_ONLY),
    tool('get_issue', 'Get a Linear issue with its description, attachments and sub-issues.', { id: str('Issue ID or identifier, e.g. ENG-1423') }, ['id'], READ_ONLY),
    tool('create_issue', 'Create a Linear issue.', { title: str('Issue title'), team: str('Team ID or key'), description: str('Markdown description'), priority: int('0 none, 1 urgent, 2 high, 3 normal, 4 low', { minimum: 0, maximum: 4 }), assignee: str('User ID, name or email'), labels: list('Label names', str('Label')) }, ['title', 'team'], WRITES),
    tool('update_issue', 'Update a Linear issue.', { id: str('Issue ID'), title: str('New title'), state: str('Workflow state name'), priority: int('Priority', { minimum: 0, maximum: 4 }), assignee: str('User ID, name or email') }, ['id'], WRITES),
    tool('create_comment', 'Comment on a Linear issue.', { issueId: str('Issue ID'), body: str('Markdown comment') }, ['issueId', 'body'], WRITES),
    tool('list_projects', 'List Linear projects.', { teamId: str('Team ID'), includeArchived: bool('Include archived projects'), limit }, [], READ_ONLY),
    tool('get_project', 'Get a Linear project with its milestones and progress.', { query: str('Project ID or name') }, ['query'], READ_ONLY),
    tool('list_teams', 'List the teams in the Linear workspace.', { query: str('Filter by team name') }, [], READ_ONLY),
    tool('list_users', 'List the members of the Linear workspace.', { query: str('Filter by name or email') }, [], READ_ONLY),
    tool('search_documentation', "Search Linear's product documentation.", { query: str('Search text') }, ['query'], READ_ONLY),
  ];
}

/** Appears once the waiting sync of Linear settles. */
export function linearDiscoveredTools(): McpTool[] {
  return [
    tool('list_cycles', 'List the cycles of a Linear team.', { teamId: str('Team ID'), type: oneOf('Which cycles', ['current', 'previous', 'next']) }, ['teamId'], READ_ONLY),
  ];
}

export function sentryTools(): McpTool[] {
  const org = str('Organization slug, e.g. acme-corp');
  return [
    tool('whoami', 'Identify the Sentry user the server acts as.', {}, [], READ_ONLY),
    tool('find_organizations', 'List the Sentry organizations you can access.', {}, [], READ_ONLY),
    tool('find_projects', 'List the projects of a Sentry organization.', { organizationSlug: org }, ['organizationSlug'], READ_ONLY),
    tool('find_releases', 'List recent releases of a project.', { organizationSlug: org, projectSlug: str('Project slug'), query: str('Filter by version') }, ['organizationSlug'], READ_ONLY),
    tool('search_issues', 'Search Sentry issues with natural language, e.g. "unresolved errors in checkout from the last day".', { organizationSlug: org, naturalLanguageQuery: str('What to look for'), projectSlugOrId: str('Restrict to a project'), limit }, ['organizationSlug', 'naturalLanguageQuery'], READ_ONLY),
    tool('get_issue_details', 'Get an issue with its latest event and stack trace.', { organizationSlug: org, issueId: str('Issue ID, e.g. CHECKOUT-API-3F2'), issueUrl: str('Sentry issue URL') }, [], READ_ONLY),
    tool('update_issue', 'Resolve, ignore or assign a Sentry issue.', { organizationSlug: org, issueId: str('Issue ID'), status: oneOf('New status', ['resolved', 'resolvedInNextRelease', 'unresolved', 'ignored']), assignedTo: str('user:ID or team:ID') }, ['organizationSlug', 'issueId'], WRITES),
    tool('analyze_issue_with_seer', "Ask Seer, Sentry's AI debugger, for the root cause of an issue and a suggested fix.", { organizationSlug: org, issueId: str('Issue ID'), instruction: str('Extra guidance for the analysis') }, ['organizationSlug', 'issueId'], READ_ONLY),
  ];
}

/** New in Sentry's MCP server since the last successful sync: a sync of the stale server reveals them. */
export function sentryDiscoveredTools(): McpTool[] {
  const org = str('Organization slug');
  return [
    tool('search_events', 'Search errors, spans and logs with natural language and get counts or samples back.', { organizationSlug: org, naturalLanguageQuery: str('What to look for'), dataset: oneOf('Dataset', ['errors', 'spans', 'logs']), limit }, ['organizationSlug', 'naturalLanguageQuery'], READ_ONLY),
    tool('get_trace_details', 'Get a distributed trace with its spans and related errors.', { organizationSlug: org, traceId: str('32-character trace ID') }, ['organizationSlug', 'traceId'], READ_ONLY),
  ];
}

export function sentryPrompts(): McpPrompt[] {
  return [
    prompt('find_errors_in_file', 'Find production errors whose stack traces point at a file in this codebase.', [
      ['organizationSlug', 'Organization slug', true],
      ['filename', 'Path of the file, e.g. src/checkout/cart.ts', true],
    ]),
    prompt('fix_issue_with_seer', 'Fetch a Sentry issue, ask Seer for the root cause and propose a patch.', [
      ['issueUrl', 'URL of the Sentry issue', true],
    ]),
  ];
}

export function buildkiteTools(): McpTool[] {
  const org = str('Organization slug, e.g. acme-corp');
  const pipeline = str('Pipeline slug');
  const build = str('Build number');
  return [
    tool('list_pipelines', 'List the pipelines of a Buildkite organization.', { org_slug: org, page: int('Page'), per_page: int('Results per page') }, ['org_slug'], READ_ONLY),
    tool('get_pipeline', 'Get a pipeline definition and its default branch.', { org_slug: org, pipeline_slug: pipeline }, ['org_slug', 'pipeline_slug'], READ_ONLY),
    tool('list_builds', 'List recent builds of a pipeline.', { org_slug: org, pipeline_slug: pipeline, branch: str('Filter by branch'), state: oneOf('Filter by state', ['running', 'scheduled', 'passed', 'failed', 'blocked', 'canceled']) }, ['org_slug', 'pipeline_slug'], READ_ONLY),
    tool('get_build', 'Get a build with its jobs.', { org_slug: org, pipeline_slug: pipeline, build_number: build }, ['org_slug', 'pipeline_slug', 'build_number'], READ_ONLY),
    tool('create_build', 'Start a new build of a pipeline.', { org_slug: org, pipeline_slug: pipeline, commit: str('Commit SHA or HEAD'), branch: str('Branch'), message: str('Build message') }, ['org_slug', 'pipeline_slug', 'commit', 'branch'], WRITES),
    tool('get_job_logs', 'Get the log output of a job.', { org_slug: org, pipeline_slug: pipeline, build_number: build, job_id: str('Job UUID') }, ['org_slug', 'pipeline_slug', 'build_number', 'job_id'], READ_ONLY),
    tool('list_artifacts', 'List the artifacts uploaded by a build.', { org_slug: org, pipeline_slug: pipeline, build_number: build }, ['org_slug', 'pipeline_slug', 'build_number'], READ_ONLY),
    tool('list_annotations', 'List the annotations of a build (test failures, coverage notes).', { org_slug: org, pipeline_slug: pipeline, build_number: build }, ['org_slug', 'pipeline_slug', 'build_number'], READ_ONLY),
    tool('unblock_job', 'Unblock a block step so the build continues.', { org_slug: org, pipeline_slug: pipeline, build_number: build, job_id: str('Job UUID') }, ['org_slug', 'pipeline_slug', 'build_number', 'job_id'], WRITES),
  ];
}

export function internalDocsTools(): McpTool[] {
  return [
    tool('search_docs', 'Full-text search over the engineering handbook, ADRs and runbooks.', { query: str('Search text'), space: str('Limit to a space, e.g. platform or payments'), limit }, ['query'], READ_ONLY),
    tool('get_page', 'Get a page as Markdown.', { id: str('Page ID or path, e.g. handbook/oncall') }, ['id'], READ_ONLY),
    tool('list_spaces', 'List documentation spaces and their owners.', {}, [], READ_ONLY),
    tool('get_runbook', 'Get the runbook for a service or alert.', { service: str('Service name, e.g. checkout-api'), alert: str('Alert name') }, ['service'], READ_ONLY),
  ];
}

export function internalDocsPrompts(): McpPrompt[] {
  return [
    prompt('answer_from_docs', 'Answer a question using only the internal docs, with links to the pages used.', [
      ['question', 'The question to answer', true],
    ]),
  ];
}

/** The feature flag server has never been synced: these are what its first sync discovers. */
export function featureFlagTools(): McpTool[] {
  const flagKey = str('Flag key, e.g. checkout-new-tax-engine');
  const env = oneOf('Environment', ['development', 'staging', 'production']);
  return [
    tool('list_flags', 'List feature flags with their state per environment.', { tag: str('Filter by tag'), archived: bool('Include archived flags'), limit }, [], READ_ONLY),
    tool('get_flag', 'Get a flag with its targeting rules and rollout percentage.', { key: flagKey, environment: env }, ['key'], READ_ONLY),
    tool('list_environments', 'List the environments flags are evaluated in.', {}, [], READ_ONLY),
    tool('get_flag_evaluations', 'Get evaluation counts for a flag over the last 7 days.', { key: flagKey, environment: env }, ['key', 'environment'], READ_ONLY),
    tool('create_flag', 'Create a boolean feature flag, off everywhere.', { key: flagKey, name: str('Human-readable name'), description: str('What the flag controls'), tags: list('Tags', str('Tag')) }, ['key', 'name'], WRITES),
    tool('set_flag_rollout', 'Change the rollout percentage of a flag in one environment.', { key: flagKey, environment: env, percentage: int('Percentage of users, 0-100', { minimum: 0, maximum: 100 }) }, ['key', 'environment', 'percentage'], DESTRUCTIVE),
  ];
}

export function featureFlagPrompts(): McpPrompt[] {
  return [
    prompt('flag_cleanup_report', 'List flags fully rolled out for more than 30 days, as candidates for removal.', [
      ['environment', 'Environment to check (default production)', false],
    ]),
  ];
}

export function pagerdutyTools(): McpTool[] {
  const incidentId = str('Incident ID, e.g. Q2W7X9ABCD1234');
  return [
    tool('list_incidents', 'List incidents, newest first.', { statuses: list('Filter by status', oneOf('Status', ['triggered', 'acknowledged', 'resolved'])), service_ids: list('Filter by services', str('Service ID')), since: str('Start of the range', { format: 'date-time' }), limit }, [], READ_ONLY),
    tool('get_incident', 'Get an incident with its timeline and alerts.', { incident_id: incidentId }, ['incident_id'], READ_ONLY),
    tool('acknowledge_incident', 'Acknowledge an incident.', { incident_id: incidentId }, ['incident_id'], WRITES),
    tool('resolve_incident', 'Resolve an incident.', { incident_id: incidentId, resolution: str('Resolution note') }, ['incident_id'], WRITES),
    tool('add_incident_note', 'Add a note to the timeline of an incident.', { incident_id: incidentId, content: str('Note text') }, ['incident_id', 'content'], WRITES),
    tool('list_oncalls', 'List who is on call, per escalation policy.', { schedule_ids: list('Filter by schedules', str('Schedule ID')), escalation_policy_ids: list('Filter by escalation policies', str('Policy ID')) }, [], READ_ONLY),
    tool('list_services', 'List PagerDuty services.', { query: str('Filter by name') }, [], READ_ONLY),
    tool('list_escalation_policies', 'List escalation policies.', { query: str('Filter by name') }, [], READ_ONLY),
  ];
}

export function pagerdutyPrompts(): McpPrompt[] {
  return [
    prompt('incident_handover', 'Write an on-call handover note covering open and recently resolved incidents.', [
      ['since', 'Start of the shift (ISO 8601)', true],
    ]),
  ];
}

/** Capabilities of the support, data and security servers in the demo account. */
import type { McpPrompt, McpTool } from './embedded-api-state.ts';
import { bool, DESTRUCTIVE, int, list, obj, oneOf, prompt, READ_ONLY, str, tool, WRITES } from './mcp-capabilities.ts';

const limit = int('Maximum number of results', { minimum: 1, maximum: 100, default: 25 });

export function zendeskTools(): McpTool[] {
  const ticketId = int('Ticket ID');
  return [
    tool('search_tickets', 'Search Zendesk tickets with Zendesk search syntax, e.g. "status:open priority:urgent".', { query: str('Search query'), sort_by: oneOf('Sort field', ['created_at', 'updated_at', 'priority']), limit }, ['query'], READ_ONLY),
    tool('get_ticket', 'Get a ticket with its requester and custom fields.', { ticket_id: ticketId }, ['ticket_id'], READ_ONLY),
    tool('get_ticket_comments', 'Get the public replies and internal notes of a ticket.', { ticket_id: ticketId }, ['ticket_id'], READ_ONLY),
    tool('create_ticket', 'Create a ticket on behalf of a customer.', { subject: str('Subject'), description: str('First comment'), requester_email: str('Customer email'), priority: oneOf('Priority', ['low', 'normal', 'high', 'urgent']) }, ['subject', 'description', 'requester_email'], WRITES),
    tool('update_ticket', 'Change the status, priority, assignee or tags of a ticket.', { ticket_id: ticketId, status: oneOf('Status', ['open', 'pending', 'on-hold', 'solved']), priority: oneOf('Priority', ['low', 'normal', 'high', 'urgent']), assignee_email: str('Agent email'), tags: list('Tags', str('Tag')) }, ['ticket_id'], WRITES),
    tool('add_ticket_comment', 'Reply to the customer or add an internal note.', { ticket_id: ticketId, body: str('Comment text'), public: bool('Visible to the customer', { default: false }) }, ['ticket_id', 'body'], WRITES),
    tool('list_macros', 'List the macros available to agents.', { category: str('Macro category') }, [], READ_ONLY),
    tool('apply_macro', 'Preview the changes a macro would make to a ticket.', { ticket_id: ticketId, macro_id: int('Macro ID') }, ['ticket_id', 'macro_id'], READ_ONLY),
    tool('search_help_center', 'Search the public help center articles.', { query: str('Search text'), locale: str('Locale, e.g. en-us') }, ['query'], READ_ONLY),
  ];
}

export function zendeskPrompts(): McpPrompt[] {
  return [
    prompt('summarize_ticket', 'Summarize a long ticket thread for an escalation.', [['ticket_id', 'Ticket ID', true]]),
    prompt('draft_reply', 'Draft a reply in the Acme support tone, citing help center articles.', [
      ['ticket_id', 'Ticket ID', true],
      ['tone', 'friendly (default) or formal', false],
    ]),
  ];
}

export function intercomTools(): McpTool[] {
  return [
    tool('search_conversations', 'Search Intercom conversations.', { query: str('Search text'), state: oneOf('State', ['open', 'closed', 'snoozed']), limit }, [], READ_ONLY),
    tool('get_conversation', 'Get a conversation with all its parts.', { id: str('Conversation ID') }, ['id'], READ_ONLY),
    tool('search_contacts', 'Search contacts by email, name or company.', { query: str('Search text') }, ['query'], READ_ONLY),
    tool('get_contact', 'Get a contact with its company and recent conversations.', { id: str('Contact ID') }, ['id'], READ_ONLY),
    tool('list_articles', 'List help articles.', { state: oneOf('State', ['published', 'draft']) }, [], READ_ONLY),
  ];
}

export function statuspageTools(): McpTool[] {
  const componentStatus = oneOf('Component status', ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance']);
  return [
    tool('list_components', 'List the components shown on status.acme-corp.example.', {}, [], READ_ONLY),
    tool('update_component_status', 'Change the status of a component.', { component_id: str('Component ID'), status: componentStatus }, ['component_id', 'status'], WRITES),
    tool('list_incidents', 'List unresolved and recent incidents.', { q: str('Filter by text'), limit }, [], READ_ONLY),
    tool('create_incident', 'Open a public incident.', { name: str('Incident title'), body: str('First update'), status: oneOf('Status', ['investigating', 'identified', 'monitoring']), component_ids: list('Affected components', str('Component ID')) }, ['name', 'body'], WRITES),
    tool('update_incident', 'Post an update on a public incident.', { incident_id: str('Incident ID'), body: str('Update text'), status: oneOf('Status', ['investigating', 'identified', 'monitoring', 'resolved']) }, ['incident_id', 'body'], WRITES),
  ];
}

export function statuspagePrompts(): McpPrompt[] {
  return [
    prompt('draft_status_update', 'Draft a customer-facing status update from internal incident notes.', [
      ['incident_id', 'Incident ID', true],
      ['notes', 'Internal notes to base it on', true],
    ]),
  ];
}

export function snowflakeTools(): McpTool[] {
  const database = str('Database name, e.g. ANALYTICS');
  const schema = str('Schema name, e.g. MARTS');
  return [
    tool('list_databases', 'List the databases the ANALYST_RO role can see.', {}, [], READ_ONLY),
    tool('list_schemas', 'List the schemas of a database.', { database }, ['database'], READ_ONLY),
    tool('list_tables', 'List the tables and views of a schema.', { database, schema, like: str('SQL LIKE pattern') }, ['database', 'schema'], READ_ONLY),
    tool('describe_table', 'Describe the columns of a table, with comments.', { table: str('Fully-qualified table name') }, ['table'], READ_ONLY),
    tool('run_query', 'Run a read-only SQL query on the ANALYTICS_XS warehouse (60 s timeout, 10 000 rows max).', { sql: str('SELECT statement'), max_rows: int('Row limit', { maximum: 10000, default: 1000 }) }, ['sql'], READ_ONLY),
    tool('get_query_history', 'List recent queries and their cost.', { user: str('Filter by user'), limit }, [], READ_ONLY),
    tool('cortex_search', 'Semantic search over the indexed support transcripts and product docs.', { service: str('Cortex Search service name'), query: str('Search text'), limit }, ['service', 'query'], READ_ONLY),
    tool('cortex_analyst', 'Answer a business question in plain English using the semantic model.', { question: str('The question, e.g. "weekly active teams by plan last quarter"'), semantic_model: str('Semantic model file on the stage') }, ['question'], READ_ONLY),
  ];
}

export function snowflakePrompts(): McpPrompt[] {
  return [
    prompt('write_sql', 'Write a Snowflake SQL query for a question, using only documented marts.', [
      ['question', 'What you want to know', true],
      ['database', 'Database to use (default ANALYTICS)', false],
    ]),
    prompt('explain_query', 'Explain what a SQL query does and how to make it cheaper.', [['sql', 'The query', true]]),
  ];
}

export function dbtCloudTools(): McpTool[] {
  const modelName = str('Model name, e.g. fct_subscriptions');
  return [
    tool('list_models', 'List the dbt models of the production environment.', { selector: str('dbt node selector, e.g. tag:finance') }, [], READ_ONLY),
    tool('get_model_details', 'Get a model with its columns, tests and compiled SQL.', { model_name: modelName }, ['model_name'], READ_ONLY),
    tool('get_model_parents', 'List the upstream models and sources of a model.', { model_name: modelName }, ['model_name'], READ_ONLY),
    tool('get_model_children', 'List the downstream models and exposures of a model.', { model_name: modelName }, ['model_name'], READ_ONLY),
    tool('list_metrics', 'List the metrics of the semantic layer.', {}, [], READ_ONLY),
    tool('query_metrics', 'Query semantic layer metrics.', { metrics: list('Metric names', str('Metric')), group_by: list('Dimensions', str('Dimension')), where: str('Filter expression'), limit }, ['metrics'], READ_ONLY),
    tool('compile_sql', 'Compile Jinja SQL against the production manifest.', { sql: str('SQL with ref() and source() calls') }, ['sql'], READ_ONLY),
    tool('list_jobs', 'List the dbt Cloud jobs of the account.', { project_id: int('Project ID') }, [], READ_ONLY),
    tool('trigger_job_run', 'Trigger a run of a dbt Cloud job.', { job_id: int('Job ID'), cause: str('Reason shown in dbt Cloud'), steps_override: list('Commands to run instead', str('dbt command')) }, ['job_id', 'cause'], WRITES),
    tool('get_job_run_details', 'Get the status and logs of a job run.', { run_id: int('Run ID') }, ['run_id'], READ_ONLY),
  ];
}

export function airflowTools(): McpTool[] {
  const dagId = str('DAG ID, e.g. ingest_stripe_daily');
  return [
    tool('list_dags', 'List DAGs with their schedule and pause state.', { tags: list('Filter by tags', str('Tag')), only_active: bool('Only active DAGs', { default: true }) }, [], READ_ONLY),
    tool('get_dag', 'Get a DAG with its tasks.', { dag_id: dagId }, ['dag_id'], READ_ONLY),
    tool('list_dag_runs', 'List recent runs of a DAG.', { dag_id: dagId, state: oneOf('Run state', ['queued', 'running', 'success', 'failed']), limit }, ['dag_id'], READ_ONLY),
    tool('trigger_dag_run', 'Trigger a DAG run.', { dag_id: dagId, logical_date: str('Logical date', { format: 'date-time' }), conf: obj('Run configuration', {}) }, ['dag_id'], WRITES),
    tool('get_task_instances', 'List the task instances of a DAG run.', { dag_id: dagId, dag_run_id: str('DAG run ID') }, ['dag_id', 'dag_run_id'], READ_ONLY),
    tool('get_task_logs', 'Get the log of a task try.', { dag_id: dagId, dag_run_id: str('DAG run ID'), task_id: str('Task ID'), try_number: int('Try number', { default: 1 }) }, ['dag_id', 'dag_run_id', 'task_id'], READ_ONLY),
    tool('pause_dag', 'Pause a DAG.', { dag_id: dagId }, ['dag_id'], WRITES),
    tool('unpause_dag', 'Unpause a DAG.', { dag_id: dagId }, ['dag_id'], WRITES),
    tool('clear_task_instances', 'Clear task instances so they run again.', { dag_id: dagId, dag_run_id: str('DAG run ID'), task_ids: list('Tasks to clear', str('Task ID')), include_downstream: bool('Also clear downstream tasks') }, ['dag_id', 'dag_run_id'], DESTRUCTIVE),
    tool('list_import_errors', 'List DAG files that failed to import.', {}, [], READ_ONLY),
  ];
}

export function lookerTools(): McpTool[] {
  const model = str('LookML model, e.g. product_analytics');
  const explore = str('Explore name');
  return [
    tool('get_models', 'List LookML models.', {}, [], READ_ONLY),
    tool('get_explores', 'List the explores of a model.', { model }, ['model'], READ_ONLY),
    tool('get_dimensions', 'List the dimensions of an explore.', { model, explore }, ['model', 'explore'], READ_ONLY),
    tool('get_measures', 'List the measures of an explore.', { model, explore }, ['model', 'explore'], READ_ONLY),
    tool('query', 'Run a Looker query and return rows.', { model, explore, fields: list('Fields', str('view.field')), filters: obj('Filters by field', {}), limit }, ['model', 'explore', 'fields'], READ_ONLY),
    tool('query_url', 'Build a shareable Looker explore URL for a query.', { model, explore, fields: list('Fields', str('view.field')) }, ['model', 'explore', 'fields'], READ_ONLY),
    tool('get_dashboards', 'Search dashboards by title.', { title: str('Title filter') }, [], READ_ONLY),
    tool('make_dashboard', 'Create a dashboard in your personal folder.', { title: str('Dashboard title'), description: str('Description') }, ['title'], WRITES),
  ];
}

export function oktaTools(): McpTool[] {
  const userId = str('User ID or login, e.g. jdoe@acme-corp.example');
  return [
    tool('list_users', 'List or search Okta users.', { search: str('Okta search expression, e.g. profile.department eq "Finance"'), limit }, [], READ_ONLY),
    tool('get_user', 'Get a user with their profile and status.', { user_id: userId }, ['user_id'], READ_ONLY),
    tool('list_user_groups', 'List the groups a user belongs to.', { user_id: userId }, ['user_id'], READ_ONLY),
    tool('list_groups', 'List or search groups.', { q: str('Name prefix'), limit }, [], READ_ONLY),
    tool('list_group_members', 'List the members of a group.', { group_id: str('Group ID'), limit }, ['group_id'], READ_ONLY),
    tool('get_system_log', 'Query the System Log.', { filter: str('SCIM filter, e.g. eventType eq "user.session.start"'), since: str('Start of the range', { format: 'date-time' }), limit }, [], READ_ONLY),
    tool('clear_user_sessions', 'Sign a user out of every session and revoke their tokens.', { user_id: userId, oauth_tokens: bool('Also revoke OAuth tokens', { default: true }) }, ['user_id'], DESTRUCTIVE),
    tool('suspend_user', 'Suspend a user account.', { user_id: userId }, ['user_id'], DESTRUCTIVE),
  ];
}

export function virustotalTools(): McpTool[] {
  return [
    tool('get_file_report', 'Get the analysis report of a file by hash.', { hash: str('MD5, SHA-1 or SHA-256') }, ['hash'], READ_ONLY),
    tool('get_url_report', 'Get the analysis report of a URL.', { url: str('URL to look up') }, ['url'], READ_ONLY),
    tool('get_domain_report', 'Get reputation, WHOIS and resolutions of a domain.', { domain: str('Domain name') }, ['domain'], READ_ONLY),
    tool('get_ip_report', 'Get reputation and ASN of an IP address.', { ip: str('IPv4 or IPv6 address') }, ['ip'], READ_ONLY),
    tool('search_iocs', 'Search indicators of compromise with VT Intelligence syntax.', { query: str('Search query'), limit }, ['query'], READ_ONLY),
  ];
}

export function securityPrompts(): McpPrompt[] {
  return [
    prompt('investigate_login', 'Investigate a suspicious sign-in: user, sessions, IP reputation.', [
      ['user', 'User login', true],
      ['ip', 'Source IP address', false],
    ]),
  ];
}

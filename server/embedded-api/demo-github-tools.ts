/**
 * The GitHub server is the demo's "many tools" case (the real GitHub MCP
 * server exposes well over 60), so the dashboard's long capability lists get
 * exercised with realistic names and schemas.
 */
import type { McpPrompt, McpTool } from './embedded-api-state.ts';
import { bool, DESTRUCTIVE, int, list, obj, oneOf, prompt, READ_ONLY, str, tool, WRITES } from './mcp-capabilities.ts';

const owner = str('Repository owner (user or organization)');
const repo = str('Repository name');
const page = int('Page number for pagination (min 1)', { minimum: 1 });
const perPage = int('Results per page for pagination (min 1, max 100)', { minimum: 1, maximum: 100 });
const repoArgs = { owner, repo };
const pagedRepoArgs = { owner, repo, page, perPage };
const issueNumber = int('Issue number');
const pullNumber = int('Pull request number');
const runId = int('Workflow run ID');
const state = (values: readonly string[]) => oneOf('Filter by state', values);

const ownerRepo = ['owner', 'repo'] as const;

export function githubTools(): McpTool[] {
  return [
    tool('get_me', 'Get details of the authenticated GitHub user.', {}, [], READ_ONLY),
    tool('search_users', 'Search for GitHub users by username, name or email.', { query: str('Search query'), page, perPage }, ['query'], READ_ONLY),
    tool('search_orgs', 'Search for GitHub organizations.', { query: str('Search query'), page, perPage }, ['query'], READ_ONLY),
    tool('get_teams', 'List the teams the user belongs to in an organization.', { org: str('Organization login') }, [], READ_ONLY),
    tool('get_team_members', 'List the members of a team in an organization.', { org: str('Organization login'), team_slug: str('Team slug') }, ['org', 'team_slug'], READ_ONLY),

    tool('search_repositories', 'Search for GitHub repositories.', { query: str('Search query, GitHub search syntax'), page, perPage }, ['query'], READ_ONLY),
    tool('create_repository', 'Create a new GitHub repository in your account or an organization.', { name: str('Repository name'), organization: str('Organization to create it in'), private: bool('Whether the repository is private'), autoInit: bool('Initialize with a README') }, ['name'], WRITES),
    tool('fork_repository', 'Fork a GitHub repository to your account or an organization.', { ...repoArgs, organization: str('Organization to fork to') }, ownerRepo, WRITES),
    tool('get_file_contents', 'Get the contents of a file or directory from a repository.', { ...repoArgs, path: str('Path to the file or directory'), ref: str('Git ref: branch, tag or commit SHA') }, ownerRepo, READ_ONLY),
    tool('create_or_update_file', 'Create or update a single file in a repository.', { ...repoArgs, path: str('Path where to create or update the file'), content: str('New file content'), message: str('Commit message'), branch: str('Branch to commit to'), sha: str('Blob SHA of the file being replaced') }, ['owner', 'repo', 'path', 'content', 'message', 'branch'], WRITES),
    tool('delete_file', 'Delete a file from a repository.', { ...repoArgs, path: str('Path of the file to delete'), message: str('Commit message'), branch: str('Branch to delete the file from') }, ['owner', 'repo', 'path', 'message', 'branch'], DESTRUCTIVE),
    tool('push_files', 'Push several files to a repository in a single commit.', { ...repoArgs, branch: str('Branch to push to'), message: str('Commit message'), files: list('Files to push', obj('A file', { path: str('File path'), content: str('File content') })) }, ['owner', 'repo', 'branch', 'message', 'files'], WRITES),
    tool('search_code', 'Search for code across GitHub repositories.', { query: str('Search query, GitHub code search syntax'), sort: str('Sort field'), order: oneOf('Sort order', ['asc', 'desc']), page, perPage }, ['query'], READ_ONLY),
    tool('list_branches', 'List branches in a repository.', pagedRepoArgs, ownerRepo, READ_ONLY),
    tool('create_branch', 'Create a new branch in a repository.', { ...repoArgs, branch: str('Name for the new branch'), from_branch: str('Source branch (defaults to the repository default branch)') }, ['owner', 'repo', 'branch'], WRITES),
    tool('list_commits', 'List commits of a branch in a repository.', { ...pagedRepoArgs, sha: str('Commit SHA, branch or tag name'), author: str('Author username or email') }, ownerRepo, READ_ONLY),
    tool('get_commit', 'Get details for a commit, including its diff.', { ...repoArgs, sha: str('Commit SHA, branch name or tag name'), include_diff: bool('Include file diffs', { default: true }) }, ['owner', 'repo', 'sha'], READ_ONLY),
    tool('list_tags', 'List git tags in a repository.', pagedRepoArgs, ownerRepo, READ_ONLY),
    tool('get_tag', 'Get details about a specific git tag.', { ...repoArgs, tag: str('Tag name') }, ['owner', 'repo', 'tag'], READ_ONLY),
    tool('list_releases', 'List releases in a repository.', pagedRepoArgs, ownerRepo, READ_ONLY),
    tool('get_latest_release', 'Get the latest release in a repository.', repoArgs, ownerRepo, READ_ONLY),
    tool('get_release_by_tag', 'Get a release by its tag name.', { ...repoArgs, tag: str('Tag name, e.g. v1.4.0') }, ['owner', 'repo', 'tag'], READ_ONLY),
    tool('list_starred_repositories', 'List repositories starred by the authenticated user.', { page, perPage }, [], READ_ONLY),
    tool('star_repository', 'Star a repository.', repoArgs, ownerRepo, WRITES),
    tool('unstar_repository', 'Remove the star from a repository.', repoArgs, ownerRepo, WRITES),

    tool('list_issues', 'List issues in a repository, with filters.', { ...pagedRepoArgs, state: state(['OPEN', 'CLOSED']), labels: list('Filter by labels', str('Label name')), since: str('Only issues updated after this ISO 8601 time', { format: 'date-time' }) }, ownerRepo, READ_ONLY),
    tool('get_issue', 'Get the details of an issue.', { ...repoArgs, issue_number: issueNumber }, ['owner', 'repo', 'issue_number'], READ_ONLY),
    tool('search_issues', 'Search issues across repositories with GitHub search syntax.', { query: str('Search query'), owner, repo, page, perPage }, ['query'], READ_ONLY),
    tool('create_issue', 'Create a new issue in a repository.', { ...repoArgs, title: str('Issue title'), body: str('Issue body (Markdown)'), assignees: list('Usernames to assign', str('Username')), labels: list('Labels to apply', str('Label name')), milestone: int('Milestone number') }, ['owner', 'repo', 'title'], WRITES),
    tool('update_issue', 'Update the title, body, state, labels or assignees of an issue.', { ...repoArgs, issue_number: issueNumber, title: str('New title'), body: str('New body'), state: oneOf('New state', ['open', 'closed']), labels: list('Labels', str('Label name')), assignees: list('Assignees', str('Username')) }, ['owner', 'repo', 'issue_number'], WRITES),
    tool('add_issue_comment', 'Add a comment to an issue or pull request.', { ...repoArgs, issue_number: issueNumber, body: str('Comment text (Markdown)') }, ['owner', 'repo', 'issue_number', 'body'], WRITES),
    tool('get_issue_comments', 'Get the comments on an issue.', { ...repoArgs, issue_number: issueNumber, page, perPage }, ['owner', 'repo', 'issue_number'], READ_ONLY),
    tool('list_issue_types', 'List the issue types supported by an organization.', { owner: str('Organization login') }, ['owner'], READ_ONLY),
    tool('list_sub_issues', 'List the sub-issues of an issue.', { ...repoArgs, issue_number: issueNumber, page, perPage }, ['owner', 'repo', 'issue_number'], READ_ONLY),
    tool('add_sub_issue', 'Add a sub-issue to a parent issue.', { ...repoArgs, issue_number: issueNumber, sub_issue_id: int('ID of the issue to add as a sub-issue'), replace_parent: bool('Move the sub-issue if it already has a parent') }, ['owner', 'repo', 'issue_number', 'sub_issue_id'], WRITES),
    tool('remove_sub_issue', 'Remove a sub-issue from its parent issue.', { ...repoArgs, issue_number: issueNumber, sub_issue_id: int('ID of the sub-issue to remove') }, ['owner', 'repo', 'issue_number', 'sub_issue_id'], WRITES),
    tool('reprioritize_sub_issue', 'Move a sub-issue to a new position in the list.', { ...repoArgs, issue_number: issueNumber, sub_issue_id: int('Sub-issue ID'), after_id: int('Place it after this sub-issue'), before_id: int('Place it before this sub-issue') }, ['owner', 'repo', 'issue_number', 'sub_issue_id'], WRITES),
    tool('assign_copilot_to_issue', 'Assign the Copilot coding agent to an issue.', { ...repoArgs, issueNumber }, ['owner', 'repo', 'issueNumber'], WRITES),

    tool('list_pull_requests', 'List pull requests in a repository.', { ...pagedRepoArgs, state: state(['open', 'closed', 'all']), head: str('Filter by head user/org and branch'), base: str('Filter by base branch') }, ownerRepo, READ_ONLY),
    tool('search_pull_requests', 'Search pull requests with GitHub search syntax.', { query: str('Search query'), owner, repo, page, perPage }, ['query'], READ_ONLY),
    tool('get_pull_request', 'Get the details of a pull request.', { ...repoArgs, pullNumber }, ['owner', 'repo', 'pullNumber'], READ_ONLY),
    tool('get_pull_request_diff', 'Get the unified diff of a pull request.', { ...repoArgs, pullNumber }, ['owner', 'repo', 'pullNumber'], READ_ONLY),
    tool('get_pull_request_files', 'List the files changed in a pull request.', { ...repoArgs, pullNumber, page, perPage }, ['owner', 'repo', 'pullNumber'], READ_ONLY),
    tool('get_pull_request_status', 'Get the combined commit status of a pull request head.', { ...repoArgs, pullNumber }, ['owner', 'repo', 'pullNumber'], READ_ONLY),
    tool('get_pull_request_comments', 'Get the review comments on a pull request.', { ...repoArgs, pullNumber }, ['owner', 'repo', 'pullNumber'], READ_ONLY),
    tool('get_pull_request_reviews', 'Get the reviews on a pull request.', { ...repoArgs, pullNumber }, ['owner', 'repo', 'pullNumber'], READ_ONLY),
    tool('create_pull_request', 'Open a new pull request.', { ...repoArgs, title: str('PR title'), body: str('PR description'), head: str('Branch with the changes'), base: str('Branch to merge into'), draft: bool('Open as a draft') }, ['owner', 'repo', 'title', 'head', 'base'], WRITES),
    tool('update_pull_request', 'Update the title, body, base or state of a pull request.', { ...repoArgs, pullNumber, title: str('New title'), body: str('New description'), base: str('New base branch'), state: oneOf('New state', ['open', 'closed']) }, ['owner', 'repo', 'pullNumber'], WRITES),
    tool('update_pull_request_branch', 'Update a pull request branch with the latest changes from its base.', { ...repoArgs, pullNumber, expectedHeadSha: str('Expected SHA of the pull request head') }, ['owner', 'repo', 'pullNumber'], WRITES),
    tool('merge_pull_request', 'Merge a pull request.', { ...repoArgs, pullNumber, merge_method: oneOf('Merge method', ['merge', 'squash', 'rebase']), commit_title: str('Title for the merge commit'), commit_message: str('Extra detail for the merge commit') }, ['owner', 'repo', 'pullNumber'], DESTRUCTIVE),
    tool('request_copilot_review', 'Request a Copilot code review for a pull request.', { ...repoArgs, pullNumber }, ['owner', 'repo', 'pullNumber'], WRITES),
    tool('create_pending_pull_request_review', 'Start a pending review on a pull request.', { ...repoArgs, pullNumber, commitID: str('SHA of the commit to review') }, ['owner', 'repo', 'pullNumber'], WRITES),
    tool('add_comment_to_pending_review', 'Add a line comment to your pending pull request review.', { ...repoArgs, pullNumber, path: str('Relative path of the file'), body: str('Comment text'), line: int('Line in the diff to comment on'), side: oneOf('Side of the diff', ['LEFT', 'RIGHT']), subjectType: oneOf('What the comment targets', ['FILE', 'LINE']) }, ['owner', 'repo', 'pullNumber', 'path', 'body', 'subjectType'], WRITES),
    tool('submit_pending_pull_request_review', 'Submit your pending pull request review.', { ...repoArgs, pullNumber, event: oneOf('Review action', ['APPROVE', 'REQUEST_CHANGES', 'COMMENT']), body: str('Review summary') }, ['owner', 'repo', 'pullNumber', 'event'], WRITES),
    tool('delete_pending_pull_request_review', 'Delete your pending pull request review.', { ...repoArgs, pullNumber }, ['owner', 'repo', 'pullNumber'], DESTRUCTIVE),

    tool('list_workflows', 'List the GitHub Actions workflows of a repository.', pagedRepoArgs, ownerRepo, READ_ONLY),
    tool('list_workflow_runs', 'List the runs of a workflow.', { ...pagedRepoArgs, workflow_id: str('Workflow ID or file name, e.g. ci.yml'), branch: str('Filter by branch'), status: oneOf('Filter by status', ['queued', 'in_progress', 'completed', 'failure', 'success']) }, ['owner', 'repo', 'workflow_id'], READ_ONLY),
    tool('get_workflow_run', 'Get the details of a workflow run.', { ...repoArgs, run_id: runId }, ['owner', 'repo', 'run_id'], READ_ONLY),
    tool('list_workflow_jobs', 'List the jobs of a workflow run.', { ...repoArgs, run_id: runId, filter: oneOf('Which attempt to list', ['latest', 'all']) }, ['owner', 'repo', 'run_id'], READ_ONLY),
    tool('get_job_logs', 'Download the logs of a job, or of every failed job in a run.', { ...repoArgs, job_id: int('Job ID'), run_id: runId, failed_only: bool('Only failed jobs of the run'), tail_lines: int('Return only the last N lines', { default: 500 }) }, ownerRepo, READ_ONLY),
    tool('get_workflow_run_logs', 'Get the download URL for the logs of a workflow run.', { ...repoArgs, run_id: runId }, ['owner', 'repo', 'run_id'], READ_ONLY),
    tool('get_workflow_run_usage', 'Get the billable time of a workflow run.', { ...repoArgs, run_id: runId }, ['owner', 'repo', 'run_id'], READ_ONLY),
    tool('list_workflow_run_artifacts', 'List the artifacts of a workflow run.', { ...repoArgs, run_id: runId, page, perPage }, ['owner', 'repo', 'run_id'], READ_ONLY),
    tool('download_workflow_run_artifact', 'Get the download URL of a workflow run artifact.', { ...repoArgs, artifact_id: int('Artifact ID') }, ['owner', 'repo', 'artifact_id'], READ_ONLY),
    tool('run_workflow', 'Trigger a workflow_dispatch event for a workflow.', { ...repoArgs, workflow_id: str('Workflow ID or file name'), ref: str('Branch or tag to run on'), inputs: obj('Workflow inputs', {}) }, ['owner', 'repo', 'workflow_id', 'ref'], WRITES),
    tool('rerun_workflow_run', 'Re-run an entire workflow run.', { ...repoArgs, run_id: runId }, ['owner', 'repo', 'run_id'], WRITES),
    tool('rerun_failed_jobs', 'Re-run only the failed jobs of a workflow run.', { ...repoArgs, run_id: runId }, ['owner', 'repo', 'run_id'], WRITES),
    tool('cancel_workflow_run', 'Cancel a workflow run that is in progress.', { ...repoArgs, run_id: runId }, ['owner', 'repo', 'run_id'], WRITES),
    tool('delete_workflow_run_logs', 'Delete the logs of a workflow run.', { ...repoArgs, run_id: runId }, ['owner', 'repo', 'run_id'], DESTRUCTIVE),

    tool('list_code_scanning_alerts', 'List code scanning alerts in a repository.', { ...repoArgs, state: state(['open', 'closed', 'dismissed', 'fixed']), severity: oneOf('Filter by severity', ['critical', 'high', 'medium', 'low', 'warning', 'note', 'error']), tool_name: str('Filter by scanning tool, e.g. CodeQL') }, ownerRepo, READ_ONLY),
    tool('get_code_scanning_alert', 'Get the details of a code scanning alert.', { ...repoArgs, alertNumber: int('Alert number') }, ['owner', 'repo', 'alertNumber'], READ_ONLY),
    tool('list_secret_scanning_alerts', 'List secret scanning alerts in a repository.', { ...repoArgs, state: state(['open', 'resolved']), secret_type: str('Comma-separated secret types'), resolution: oneOf('Filter by resolution', ['false_positive', 'wont_fix', 'revoked', 'pattern_edited', 'pattern_deleted', 'used_in_tests']) }, ownerRepo, READ_ONLY),
    tool('get_secret_scanning_alert', 'Get the details of a secret scanning alert.', { ...repoArgs, alertNumber: int('Alert number') }, ['owner', 'repo', 'alertNumber'], READ_ONLY),
    tool('list_dependabot_alerts', 'List Dependabot alerts in a repository.', { ...repoArgs, state: state(['open', 'fixed', 'dismissed', 'auto_dismissed']), severity: oneOf('Filter by severity', ['low', 'medium', 'high', 'critical']) }, ownerRepo, READ_ONLY),
    tool('get_dependabot_alert', 'Get the details of a Dependabot alert.', { ...repoArgs, alertNumber: int('Alert number') }, ['owner', 'repo', 'alertNumber'], READ_ONLY),
    tool('list_global_security_advisories', 'List global security advisories from the GitHub Advisory Database.', { ecosystem: oneOf('Package ecosystem', ['npm', 'pip', 'maven', 'go', 'rubygems', 'nuget', 'rust']), severity: oneOf('Severity', ['low', 'medium', 'high', 'critical']), cveId: str('Filter by CVE ID') }, [], READ_ONLY),

    tool('list_notifications', 'List your GitHub notifications.', { filter: oneOf('Which notifications', ['default', 'include_read_notifications', 'only_participating']), since: str('Only notifications updated after this time', { format: 'date-time' }), owner, repo, page, perPage }, [], READ_ONLY),
    tool('get_notification_details', 'Get the details of a notification.', { notificationID: str('Notification thread ID') }, ['notificationID'], READ_ONLY),
    tool('dismiss_notification', 'Mark a notification as read or done.', { threadID: str('Notification thread ID'), state: oneOf('New state', ['read', 'done']) }, ['threadID'], WRITES),
    tool('mark_all_notifications_read', 'Mark all notifications as read.', { lastReadAt: str('Mark notifications up to this time', { format: 'date-time' }), owner, repo }, [], WRITES),
    tool('manage_repository_notification_subscription', 'Watch, ignore or unwatch a repository.', { ...repoArgs, action: oneOf('Subscription action', ['ignore', 'watch', 'delete']) }, ['owner', 'repo', 'action'], WRITES),

    tool('list_discussions', 'List discussions in a repository.', { ...repoArgs, category: str('Discussion category ID'), orderBy: oneOf('Order by', ['CREATED_AT', 'UPDATED_AT']) }, ['owner'], READ_ONLY),
    tool('get_discussion', 'Get a discussion by its number.', { ...repoArgs, discussionNumber: int('Discussion number') }, ['owner', 'repo', 'discussionNumber'], READ_ONLY),
    tool('get_discussion_comments', 'Get the comments of a discussion.', { ...repoArgs, discussionNumber: int('Discussion number') }, ['owner', 'repo', 'discussionNumber'], READ_ONLY),
    tool('list_discussion_categories', 'List the discussion categories of a repository.', repoArgs, ['owner'], READ_ONLY),

    tool('list_gists', 'List gists of a user.', { username: str('GitHub username (omit for yourself)'), since: str('Only gists updated after this time', { format: 'date-time' }), page, perPage }, [], READ_ONLY),
    tool('create_gist', 'Create a new gist.', { filename: str('File name'), content: str('File content'), description: str('Gist description'), public: bool('Whether the gist is public', { default: false }) }, ['filename', 'content'], WRITES),
    tool('update_gist', 'Update an existing gist.', { gist_id: str('Gist ID'), filename: str('File to update or create'), content: str('New content'), description: str('New description') }, ['gist_id', 'filename', 'content'], WRITES),

    tool('list_projects', 'List GitHub Projects of a user or organization.', { owner, owner_type: oneOf('Owner type', ['user', 'org']), query: str('Filter projects by text') }, ['owner', 'owner_type'], READ_ONLY),
    tool('get_project_items', 'List the items of a GitHub Project.', { owner, owner_type: oneOf('Owner type', ['user', 'org']), project_number: int('Project number') }, ['owner', 'owner_type', 'project_number'], READ_ONLY),
  ];
}

export function githubPrompts(): McpPrompt[] {
  return [
    prompt('issue_to_fix_workflow', 'Create an issue for a problem, then open a pull request that fixes it.', [
      ['owner', 'Repository owner', true],
      ['repo', 'Repository name', true],
      ['title', 'Issue title', true],
      ['description', 'What is wrong and how to reproduce it', true],
    ]),
    prompt('summarize_pull_request', 'Summarize a pull request for reviewers: scope, risk and test coverage.', [
      ['owner', 'Repository owner', true],
      ['repo', 'Repository name', true],
      ['pullNumber', 'Pull request number', true],
    ]),
    prompt('triage_failed_ci', 'Find why the latest CI run failed on a branch and suggest a fix.', [
      ['owner', 'Repository owner', true],
      ['repo', 'Repository name', true],
      ['branch', 'Branch name (defaults to main)', false],
    ]),
  ];
}

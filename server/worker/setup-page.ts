/**
 * What a live Worker answers instead of the dashboard when it is not set up safely: a page that says what is missing
 * and how to set it. Nothing in it comes from the request.
 */
export interface SetupProblem {
  title: string;
  steps: string[];
}

export const ACCESS_REQUIRED: SetupProblem = {
  title: 'This dashboard holds Cloudflare API credentials, so it answers only behind Cloudflare Access.',
  steps: [
    'In Cloudflare One, go to Access › Applications › Add an application › Self-hosted, and enter this Worker\'s hostname.',
    'Add a policy that allows the admins who may use the dashboard.',
    'Copy the application\'s Audience (AUD) tag, and your team domain (<team>.cloudflareaccess.com).',
    'Run: npx wrangler secret put CF_ACCESS_AUD, and set CF_ACCESS_TEAM_DOMAIN the same way (or under "vars" in wrangler.jsonc).',
    'Open the dashboard again through its hostname: Access signs you in, and every request carries its signed token.',
  ],
};

export const D1_REQUIRED: SetupProblem = {
  title: 'The monitor is on, and it keeps its history in D1, but this Worker has no D1 database bound as DB.',
  steps: [
    'Run: npx wrangler d1 create mcp-dashboard, and put its database_id in wrangler.jsonc under d1_databases (binding "DB").',
    'Run: npx wrangler d1 migrations apply DB --remote',
    'Deploy again (npm run deploy). Or set MONITOR_INTERVAL_SECONDS=0 to run without history and alerts.',
  ],
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function setupPage(problem: SetupProblem, status = 503): Response {
  const html = [
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>MCP Portal Dashboard: set-up needed</title>',
    `<h1>Set-up needed</h1><p>${escapeHtml(problem.title)}</p><ol>`,
    ...problem.steps.map((step) => `<li>${escapeHtml(step)}</li>`),
    '</ol><p>The README\'s "Deploy to Cloudflare" section has the whole path.</p></html>',
  ].join('\n');
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

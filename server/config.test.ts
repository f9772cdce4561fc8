import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_API_BASE_URL, describeConfig, parseConfig } from './config.ts';

const DEMO = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

describe('parseConfig', () => {
  it('runs on the embedded API with a generated token when no credentials are set', () => {
    const config = parseConfig({}, DEMO);
    expect(config.mode).toBe('demo');
    expect(config.accountId).toBe(DEMO);
    expect(config.credentials.kind).toBe('token');
    expect(config.port).toBe(5173);
    expect(config.host).toBe('127.0.0.1');
    // A hung Cloudflare must not hold a request forever: 30 s unless UPSTREAM_TIMEOUT_MS says otherwise.
    expect(config.upstreamTimeoutMs).toBe(30_000);
    const other = parseConfig({}, DEMO);
    expect(other.credentials).not.toEqual(config.credentials);
  });

  it('treats blank variables as unset', () => {
    expect(parseConfig({ CLOUDFLARE_API_TOKEN: '  ', CLOUDFLARE_ACCOUNT_ID: '' }, DEMO).mode).toBe('demo');
  });

  it('uses an API token against the default Cloudflare base URL', () => {
    const config = parseConfig({ CLOUDFLARE_API_TOKEN: 'tok', CLOUDFLARE_ACCOUNT_ID: '0123456789abcdef0123456789abcdef' }, DEMO);
    expect(config).toMatchObject({ mode: 'live', credentials: { kind: 'token', token: 'tok' }, upstreamBaseUrl: DEFAULT_API_BASE_URL });
  });

  it('uses a global API key and a custom base URL without its trailing slash', () => {
    const config = parseConfig(
      { CLOUDFLARE_EMAIL: 'a@example.com', CLOUDFLARE_API_KEY: 'k', CLOUDFLARE_API_BASE_URL: 'http://127.0.0.1:9999/client/v4/' },
      DEMO,
    );
    expect(config).toMatchObject({ mode: 'live', credentials: { kind: 'global-key' }, upstreamBaseUrl: 'http://127.0.0.1:9999/client/v4', accountId: null });
  });

  it.each([
    [{ CLOUDFLARE_ACCOUNT_ID: 'xyz' }, /CLOUDFLARE_ACCOUNT_ID/],
    [{ CLOUDFLARE_API_TOKEN: 't', CLOUDFLARE_API_KEY: 'k', CLOUDFLARE_EMAIL: 'e' }, /not both/],
    [{ CLOUDFLARE_EMAIL: 'e' }, /go together/],
    [{ CLOUDFLARE_API_BASE_URL: 'ftp://x' }, /CLOUDFLARE_API_BASE_URL/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ EMBEDDED_API_SCENARIO: 'rateLimitAfterSyncs=3' }, /EMBEDDED_API_SCENARIO: must be a JSON object/],
    [{ EMBEDDED_API_SCENARIO: '{"rateLimitAfterSync": 3}' }, /EMBEDDED_API_SCENARIO.*rateLimitAfterSync/],
    [{ EMBEDDED_API_SCENARIO: '{"flakyFailures": -1}' }, /EMBEDDED_API_SCENARIO\.flakyFailures/],
  ])('rejects %o with a message naming the problem', (env, message) => {
    expect(() => parseConfig(env, DEMO)).toThrow(ConfigError);
    expect(() => parseConfig(env, DEMO)).toThrow(message);
  });

  it('describes the mode, account and upstream without the secret', () => {
    const lines = describeConfig(parseConfig({ CLOUDFLARE_API_TOKEN: 'super-secret-token' }, DEMO)).join('\n');
    expect(lines).toContain('Mode: live');
    expect(lines).toContain(DEFAULT_API_BASE_URL);
    expect(lines).not.toContain('super-secret-token');
    const demo = describeConfig(parseConfig({ EMBEDDED_API_TOKEN: 'embedded-secret' }, DEMO)).join('\n');
    expect(demo).toContain('Mode: demo');
    expect(demo).toContain(DEMO);
    expect(demo).not.toContain('embedded-secret');
  });

  it('starts the embedded API in the scenario EMBEDDED_API_SCENARIO gives, and says so', () => {
    const config = parseConfig({ EMBEDDED_API_SCENARIO: '{"rateLimitAfterSyncs": 12, "changingTools": true}' }, DEMO);
    expect(config.demoScenario).toEqual({ rateLimitAfterSyncs: 12, changingTools: true });
    expect(describeConfig(config)).toContain('Scenario: {"rateLimitAfterSyncs":12,"changingTools":true}');
    expect(parseConfig({}, DEMO).demoScenario).toEqual({});
  });
});

describe('the monitor’s configuration', () => {
  const LIVE = { CLOUDFLARE_API_TOKEN: 'tok', CLOUDFLARE_ACCOUNT_ID: '0123456789abcdef0123456789abcdef' };

  it('sweeps every 5 minutes into .data/dashboard.db in live mode, keeping 90 days', () => {
    expect(parseConfig(LIVE, DEMO).monitor).toEqual({
      intervalSeconds: 300,
      retentionDays: 90,
      databaseUrl: 'file:.data/dashboard.db',
      databaseAuthToken: undefined,
    });
  });

  it('keeps the demo’s history in memory, like the embedded API it watches, and sweeps it every minute', () => {
    expect(parseConfig({}, DEMO).monitor).toMatchObject({ intervalSeconds: 60, databaseUrl: ':memory:' });
  });

  it('is off with MONITOR_INTERVAL_SECONDS=0, and says so at start-up', () => {
    const config = parseConfig({ ...LIVE, MONITOR_INTERVAL_SECONDS: '0' }, DEMO);
    expect(config.monitor).toBeNull();
    expect(describeConfig(config)).toContain('Monitor: off (MONITOR_INTERVAL_SECONDS=0): no status history, sync history stays in each browser');
  });

  it('prints the interval and the store at start-up, never the store’s token', () => {
    const lines = describeConfig(
      parseConfig({ ...LIVE, MONITOR_INTERVAL_SECONDS: '30', DATABASE_URL: 'libsql://history-acme.turso.io?authToken=qs-token-xyz', DATABASE_AUTH_TOKEN: 'db-secret', HISTORY_RETENTION_DAYS: '30' }, DEMO),
    ).join('\n');
    expect(lines).toContain('Monitor: sweeps every 30 s; history in libsql://history-acme.turso.io, kept 30 days');
    expect(lines).not.toContain('db-secret');
    expect(lines).not.toContain('qs-token-xyz');
  });

  it('says the monitor needs an account in live mode without CLOUDFLARE_ACCOUNT_ID', () => {
    expect(describeConfig(parseConfig({ CLOUDFLARE_API_TOKEN: 'tok' }, DEMO))).toContain('Monitor: off (it sweeps one account: set CLOUDFLARE_ACCOUNT_ID)');
  });

  it.each([
    ['MONITOR_INTERVAL_SECONDS', 'often'],
    ['HISTORY_RETENTION_DAYS', '0'],
    ['DATABASE_URL', 'postgres://db/history'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => parseConfig({ ...LIVE, [name]: value }, DEMO)).toThrow(new RegExp(`${name}: `));
  });
});

describe('alerts configuration', () => {
  const LIVE = { CLOUDFLARE_API_TOKEN: 'tok', CLOUDFLARE_ACCOUNT_ID: '0123456789abcdef0123456789abcdef' };
  const SLACK = 'https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX';

  it('is off in live mode without ALERT_WEBHOOK_URL, and goes to the embedded receiver in the demo', () => {
    expect(parseConfig(LIVE, DEMO).alerts).toBeNull();
    expect(parseConfig({}, DEMO).alerts).toEqual({ webhookUrls: [], secret: null, confirmSweeps: 1 });
    expect(describeConfig(parseConfig(LIVE, DEMO))).toContain('Alerts: off (set ALERT_WEBHOOK_URL to receive them)');
    expect(describeConfig(parseConfig({}, DEMO))).toContain(
      "Alerts: to the demo's embedded receiver, signed with a secret made at start; a change is announced after 1 sweep in a row",
    );
  });

  it('takes several webhooks, a secret, the damping and PUBLIC_URL, and prints hosts only', () => {
    const config = parseConfig(
      { ...LIVE, ALERT_WEBHOOK_URL: ` ${SLACK}, https://chat.example.com/hook `, ALERT_WEBHOOK_SECRET: 'sixteen-chars-ok!', ALERT_CONFIRM_SWEEPS: '3', PUBLIC_URL: 'https://dash.example.com/' },
      DEMO,
    );
    expect(config.alerts).toEqual({ webhookUrls: [SLACK, 'https://chat.example.com/hook'], secret: 'sixteen-chars-ok!', confirmSweeps: 3 });
    expect(config.publicUrl).toBe('https://dash.example.com');
    const lines = describeConfig(config).join('\n');
    expect(lines).toContain('Alerts: to webhook 1 (hooks.slack.com), webhook 2 (chat.example.com), signed; a change is announced after 3 sweeps in a row');
    expect(lines).not.toContain('XXXXsecretXXXX');
    expect(lines).not.toContain('sixteen-chars-ok!');
    expect(parseConfig({ ...LIVE, ALERT_WEBHOOK_URL: SLACK }, DEMO).alerts?.confirmSweeps).toBe(2);
  });

  it.each([
    [{ ALERT_WEBHOOK_URL: 'hooks.slack.com/services/T0/B0/XXXXsecretXXXX' }, 'ALERT_WEBHOOK_URL: must be one or more http:// or https:// URLs'],
    [{ ALERT_WEBHOOK_SECRET: 'short' }, 'ALERT_WEBHOOK_SECRET: must be at least 16 characters'],
    [{ ALERT_CONFIRM_SWEEPS: '0' }, 'ALERT_CONFIRM_SWEEPS: must be a whole number of sweeps, at least 1'],
    [{ PUBLIC_URL: 'dash.example.com' }, 'PUBLIC_URL: must be an http:// or https:// URL'],
    [{ ALERT_WEBHOOK_URL: SLACK, MONITOR_INTERVAL_SECONDS: '0' }, 'ALERT_WEBHOOK_URL needs the monitor'],
  ])('refuses %j, naming the variable and never echoing a webhook', (env, message) => {
    const attempt = () => parseConfig({ ...LIVE, ...env }, DEMO);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect(String(error)).not.toContain('XXXXsecretXXXX');
      expect(String(error)).not.toContain('short');
    }
  });
});

/** What a sync does to the servers, as seen through the API. */
import { describe, expect, it } from 'vitest';
import { portalSchema } from '../../src/cloudflare-api/portal-schema.ts';
import { serverSchema, syncResultSchema } from '../../src/cloudflare-api/server-schema.ts';
import { createHarness, type Harness } from './test-support.ts';

const iso = (epochMs: number) => new Date(epochMs).toISOString();

async function readServer(harness: Harness, id: string) {
  return serverSchema.parse((await harness.get(`/servers/${id}`)).body.result);
}

async function readPortalServer(harness: Harness, portalId: string, serverId: string) {
  const portal = portalSchema.parse((await harness.get(`/portals/${portalId}`)).body.result);
  return portal.servers.find((server) => server.id === serverId);
}

/** What an admin does in Cloudflare One: the same as POST /__embedded-api/authenticate. */
function authenticate(harness: Harness, id: string) {
  const server = harness.api.state().servers.get(id);
  if (!server) throw new Error(`no server ${id}`);
  server.record.authentication_status = 'connected';
}

async function sync(harness: Harness, id: string) {
  const response = await harness.sync(id);
  expect(response.status).toBe(200);
  expect(response.body.success).toBe(true);
  return syncResultSchema.parse(response.body.result);
}

describe('a successful sync', () => {
  it('turns a re-authenticated "Sync required" server ready, stamps both timestamps and discovers new tools', async () => {
    const harness = createHarness();
    const before = await readServer(harness, 'sentry');
    expect(before.status).toBe('stale');
    authenticate(harness, 'sentry');
    harness.clock.advance(5000);

    expect(await sync(harness, 'sentry')).toEqual({ status: 'ready' });

    const after = await readServer(harness, 'sentry');
    const now = iso(harness.clock.now());
    expect(after).toMatchObject({ status: 'ready', authentication_status: 'connected', last_synced: now, last_successful_sync: now });
    expect(after.tools.length).toBe(before.tools.length + 2);
    expect(after.tools.map((tool) => tool.name)).toContain('get_trace_details');
    expect((await readPortalServer(harness, 'engineering', 'sentry'))?.tools.length).toBe(after.tools.length);
  });

  it('gives the never-synced server a status, timestamps and its capabilities', async () => {
    const harness = createHarness();
    expect(await sync(harness, 'feature-flags')).toEqual({ status: 'ready' });
    const server = await readServer(harness, 'feature-flags');
    expect(server.status).toBe('ready');
    expect(server.last_synced).toBe(iso(harness.clock.now()));
    expect(server.last_successful_sync).toBe(iso(harness.clock.now()));
    expect(server.tools.length).toBeGreaterThan(0);
    expect(server.prompts.length).toBeGreaterThan(0);
  });

  it('discovers new capabilities only once', async () => {
    const harness = createHarness();
    authenticate(harness, 'sentry');
    await sync(harness, 'sentry');
    const count = (await readServer(harness, 'sentry')).tools.length;
    await sync(harness, 'sentry');
    expect((await readServer(harness, 'sentry')).tools.length).toBe(count);
  });

  it('turns a server with an unknown status ready', async () => {
    const harness = createHarness();
    authenticate(harness, 'pagerduty');
    await sync(harness, 'pagerduty');
    expect((await readServer(harness, 'pagerduty')).status).toBe('ready');
  });
});

describe('a server whose admin sign-in expired ("Sync required")', () => {
  it('stays stale however often it is synced, as on Cloudflare: only re-authenticating helps', async () => {
    const harness = createHarness();
    const before = await readServer(harness, 'sentry');
    expect(before).toMatchObject({ status: 'stale', authentication_status: 'stale' });
    for (let attempt = 0; attempt < 2; attempt++) {
      harness.clock.advance(1000);
      const result = await sync(harness, 'sentry');
      expect(result).toEqual({
        status: 'stale',
        error: expect.stringContaining('re-authenticate the server'),
        error_details: { cause: expect.stringContaining('invalid_grant') },
      });
    }
    const after = await readServer(harness, 'sentry');
    expect(after).toMatchObject({ status: 'stale', last_synced: iso(harness.clock.now()), last_successful_sync: before.last_successful_sync });
    expect(after.tools).toEqual(before.tools);
  });

  it('turns an unknown status into "Sync required" too when the sign-in has expired', async () => {
    const harness = createHarness();
    expect((await sync(harness, 'pagerduty')).status).toBe('stale');
    expect((await readServer(harness, 'pagerduty')).status).toBe('stale');
  });

  it('is still stale after re-authenticating, until the next sync', async () => {
    const harness = createHarness();
    authenticate(harness, 'sentry');
    expect(await readServer(harness, 'sentry')).toMatchObject({ status: 'stale', authentication_status: 'connected' });
  });

  it('clears a previous error when a flaky server succeeds on retry', async () => {
    const harness = createHarness({ scenario: { flakyFailures: 1 } });
    const failed = await sync(harness, 'statuspage');
    expect(failed).toMatchObject({ status: 'error', error_details: { is_upstream: false, retryable: true } });
    expect((await readServer(harness, 'statuspage')).status).toBe('error');

    harness.clock.advance(2000);
    expect(await sync(harness, 'statuspage')).toEqual({ status: 'ready' });
    const server = await readServer(harness, 'statuspage');
    expect(server.status).toBe('ready');
    expect(server.error).toBeUndefined();
    expect(server.error_details).toBeUndefined();
    expect(server.last_successful_sync).toBe(iso(harness.clock.now()));
  });
});

describe('a failed sync', () => {
  it('answers 200 with status error and upstream details, keeping last_successful_sync', async () => {
    const harness = createHarness();
    const before = await readServer(harness, 'buildkite');
    harness.clock.advance(60_000);

    const result = await sync(harness, 'buildkite');
    expect(result).toEqual({
      status: 'error',
      error: expect.any(String),
      error_details: {
        cause: expect.stringContaining('-32603'),
        is_upstream: true,
        mcp_code: -32603,
        status_code: 500,
        retryable: false,
      },
    });

    const after = await readServer(harness, 'buildkite');
    expect(after.status).toBe('error');
    expect(after.last_synced).toBe(iso(harness.clock.now()));
    expect(after.last_synced).not.toBe(before.last_synced);
    expect(after.last_successful_sync).toBe(before.last_successful_sync);
    expect(after.error_details).toEqual(result.error_details);
  });

  it('reports an unreachable server as not upstream, and one whose name does not resolve as not retryable', async () => {
    const harness = createHarness();
    const result = await sync(harness, 'netlify-mcp');
    expect(result.status).toBe('error');
    expect(result.error_details).toEqual({ cause: 'getaddrinfo ENOTFOUND mcp.netlify.example', is_upstream: false, retryable: false });
  });

  it('turns a ready server into an error the first time a flaky upstream drops the connection, when the scenario asks', async () => {
    const harness = createHarness({ scenario: { flakyFailures: 1 } });
    const before = await readServer(harness, 'statuspage');
    await sync(harness, 'statuspage');
    const after = await readServer(harness, 'statuspage');
    expect(after.status).toBe('error');
    expect(after.last_successful_sync).toBe(before.last_successful_sync);
  });
});

describe('scenarios that shape syncs', () => {
  it('lets a flaky server fail as many times as flakyFailures says before it succeeds', async () => {
    const harness = createHarness({ scenario: { flakyFailures: 3 } });
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await sync(harness, 'statuspage'), `attempt ${attempt}`).toMatchObject({ status: 'error', error_details: { retryable: true } });
    }
    expect(await sync(harness, 'statuspage')).toEqual({ status: 'ready' });
  });

  it('lets a flaky server succeed at once when flakyFailures is 0', async () => {
    const harness = createHarness({ scenario: { flakyFailures: 0 } });
    expect(await sync(harness, 'statuspage')).toEqual({ status: 'ready' });
  });

  it('replaces the changelog tool on every successful sync when changingTools is on', async () => {
    const harness = createHarness({ scenario: { changingTools: true } });
    const toolNames = async () => (await readServer(harness, 'github')).tools.map((tool) => tool.name);
    const before = await toolNames();

    await sync(harness, 'github');
    expect(await toolNames()).toEqual([...before, 'changelog_v1']);
    await sync(harness, 'github');
    expect(await toolNames()).toEqual([...before, 'changelog_v2']);
  });

  it('changes nothing on a failed sync, even with changingTools on', async () => {
    const harness = createHarness({ scenario: { changingTools: true } });
    const before = (await readServer(harness, 'buildkite')).tools;
    await sync(harness, 'buildkite');
    expect((await readServer(harness, 'buildkite')).tools).toEqual(before);
  });

  it('leaves the tools alone by default', async () => {
    const harness = createHarness();
    const before = (await readServer(harness, 'github')).tools;
    await sync(harness, 'github');
    expect((await readServer(harness, 'github')).tools).toEqual(before);
  });
});

describe('shared servers', () => {
  it('change in every portal that holds them', async () => {
    const harness = createHarness();
    harness.clock.advance(10_000);
    await sync(harness, 'internal-docs');
    const inEngineering = await readPortalServer(harness, 'engineering', 'internal-docs');
    const inData = await readPortalServer(harness, 'data-platform', 'internal-docs');
    expect(inEngineering?.last_synced).toBe(iso(harness.clock.now()));
    expect(inData?.last_synced).toBe(inEngineering?.last_synced);

    await sync(harness, 'github');
    expect((await readPortalServer(harness, 'support-desk', 'github'))?.last_synced).toBe(iso(harness.clock.now()));
  });

  it('keep each portal its own overrides', async () => {
    const harness = createHarness();
    const inSupport = await readPortalServer(harness, 'support-desk', 'github');
    const inEngineering = await readPortalServer(harness, 'engineering', 'github');
    expect(inSupport?.default_disabled).toBe(true);
    expect(inEngineering?.default_disabled).toBe(false);
    expect(inSupport?.updated_tools?.find((o) => o.name === 'create_issue')?.portal_alias).toBe('file_bug');
    expect(inEngineering?.updated_tools?.find((o) => o.name === 'create_issue')?.portal_alias).toBeUndefined();
  });
});

describe('a sync that finishes in the background', () => {
  it('answers waiting, reads as waiting until waitingSettleMs later, then ready', async () => {
    const harness = createHarness({ scenario: { waitingSettleMs: 4000 } });
    const before = await readServer(harness, 'linear');
    const syncedAt = harness.clock.now();

    expect(await sync(harness, 'linear')).toEqual({ status: 'waiting' });
    const waiting = await readServer(harness, 'linear');
    expect(waiting.status).toBe('waiting');
    expect(waiting.last_synced).toBe(iso(syncedAt));
    expect(waiting.last_successful_sync).toBe(before.last_successful_sync);

    harness.clock.advance(3999);
    expect((await readServer(harness, 'linear')).status).toBe('waiting');

    harness.clock.advance(5000);
    const settled = await readServer(harness, 'linear');
    expect(settled.status).toBe('ready');
    expect(settled.last_successful_sync).toBe(iso(syncedAt + 4000));
    expect(settled.tools.length).toBe(before.tools.length + 1);
    expect((await readPortalServer(harness, 'engineering', 'linear'))?.status).toBe('ready');
  });

  it('settles in the portal view and the lists too', async () => {
    const harness = createHarness({ scenario: { waitingSettleMs: 100 } });
    await sync(harness, 'linear');
    harness.clock.advance(100);
    expect((await readPortalServer(harness, 'engineering', 'linear'))?.status).toBe('ready');
  });

  it('restarts its wait when synced again before settling', async () => {
    const harness = createHarness({ scenario: { waitingSettleMs: 1000 } });
    await sync(harness, 'linear');
    harness.clock.advance(800);
    await sync(harness, 'linear');
    harness.clock.advance(800);
    expect((await readServer(harness, 'linear')).status).toBe('waiting');
    harness.clock.advance(200);
    expect((await readServer(harness, 'linear')).status).toBe('ready');
  });
});

describe('rate limiting scenario', () => {
  it('answers 429 with Retry-After past the limit, for the whole window, then lets syncs through again', async () => {
    const harness = createHarness({ scenario: { rateLimitAfterSyncs: 2, retryAfterSeconds: 3 } });
    expect((await harness.sync('github')).status).toBe(200);
    expect((await harness.sync('sentry')).status).toBe(200);
    const limited = await harness.sync('zendesk');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    harness.clock.advance(1000);
    const still = await harness.sync('zendesk');
    expect(still.status).toBe(429);
    expect(still.headers.get('retry-after')).toBe('2');
    harness.clock.advance(2000);
    expect((await harness.sync('zendesk')).status).toBe(200);
    expect(harness.api.requests().map((entry) => entry.rateLimited ?? false)).toEqual([false, false, true, true, false]);
  });
});

describe('the demo story', () => {
  it('syncing every server never turns a healthy one into an error, unless the scenario asks for flaky upstreams', async () => {
    const harness = createHarness();
    const healthy = [...harness.api.state().servers.values()].filter((server) => server.record.status === 'ready').map((server) => server.record.id);
    expect(healthy.length).toBeGreaterThan(30);
    for (const id of healthy) expect(await sync(harness, id), id).toEqual({ status: 'ready' });
  });

  it('fixes a transient failure with a retry, a "Sync required" one with a sign-in, and an upstream one only once its owner has fixed it', async () => {
    const harness = createHarness();
    expect(await sync(harness, 'internal-docs')).toEqual({ status: 'ready' });
    expect(await sync(harness, 'sentry')).toMatchObject({ status: 'stale' });
    authenticate(harness, 'sentry');
    expect(await sync(harness, 'sentry')).toEqual({ status: 'ready' });
    expect(await sync(harness, 'buildkite')).toMatchObject({ status: 'error' });
    expect(await sync(harness, 'buildkite')).toMatchObject({ status: 'error' });
  });
});

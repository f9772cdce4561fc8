import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { describeApiError } from '@/lib/describe-api-error';

const forbidden = (code: number) =>
  new ApiError({ kind: 'cloudflare', status: 403, errors: [{ code, message: 'Authentication error' }], message: 'Authentication error' });

describe('describeApiError', () => {
  it('speaks of the dashboard’s own store, not Cloudflare, when an alert route fails; off says how to turn alerts on', () => {
    const off = new ApiError({ kind: 'cloudflare', status: 409, errors: [{ code: 409, message: 'No test alert was sent: alerts are off.' }], message: 'off' });
    const text = describeApiError(off, { kind: 'send-test-alert' });
    expect(text).toMatchObject({ title: 'Could not send a test alert', detail: 'HTTP 409 · 409: No test alert was sent: alerts are off.' });
    expect(text.meaning).not.toMatch(/Cloudflare/);
    expect(text.action).toContain('ALERT_WEBHOOK_URL');
    const broken = new ApiError({ kind: 'cloudflare', status: 500, errors: [], message: 'store unavailable' });
    expect(describeApiError(broken, { kind: 'load-alerts' }).title).toBe('Could not load its alerts');
  });

  it('names the read permission when viewing is refused (10000)', () => {
    const text = describeApiError(forbidden(10000), { kind: 'view-portal', portalId: 'p' });
    expect(text.action).toContain('MCP Portals Read');
  });

  it('names the write permission when a sync is refused (9109)', () => {
    const text = describeApiError(forbidden(9109), { kind: 'sync', serverName: 'GitHub' });
    expect(text.action).toContain('MCP Portals Write');
    expect(text.meaning).toContain('sync GitHub');
  });

  it('says a portal does not exist on 404', () => {
    const error = new ApiError({ kind: 'cloudflare', status: 404, errors: [{ code: 7002, message: 'Not Found' }], message: 'Not Found' });
    expect(describeApiError(error, { kind: 'view-portal', portalId: 'gone' }).title).toBe('Portal "gone" does not exist');
  });

  it('says the account is unknown on a 404 with code 7003, even while viewing a portal', () => {
    const error = new ApiError({ kind: 'cloudflare', status: 404, errors: [{ code: 7003, message: 'Could not route' }], message: 'Could not route' });
    expect(describeApiError(error, { kind: 'view-portal', portalId: 'p' }).title).toBe('This account was not found');
    expect(describeApiError(error, { kind: 'sync', serverName: 'GitHub' }).title).toBe('This account was not found');
  });

  it('asks for a reload when the proxy refuses a page session from an earlier server start', () => {
    const error = new ApiError({ kind: 'cloudflare', status: 403, errors: [{ code: 990403, message: 'lacks the session' }], message: 'lacks the session' });
    const text = describeApiError(error, { kind: 'view-portal', portalId: 'p' });
    expect(text.title).toBe('The dashboard server has restarted');
    expect(text.action).toBe('Reload the page to pick up the new session.');
  });

  it('says the answer was cut off when the connection broke after the status arrived', () => {
    const error = new ApiError({ kind: 'network', status: 200, message: 'The connection broke before the whole answer arrived.' });
    expect(describeApiError(error, { kind: 'list-portals' }).title).toBe('The answer was cut off');
  });

  it('says the proxy could not be reached on a network failure', () => {
    const error = new ApiError({ kind: 'network', message: 'Failed to fetch' });
    expect(describeApiError(error, { kind: 'view-portal', portalId: 'p' }).title).toMatch(/could not reach its API proxy/);
  });

  it('says Cloudflare could not be reached when the proxy answers 502', () => {
    const error = new ApiError({ kind: 'cloudflare', status: 502, errors: [{ code: 502, message: 'fetch failed' }], message: 'fetch failed' });
    expect(describeApiError(error, { kind: 'list-portals' }).title).toMatch(/Cloudflare API could not be reached/);
  });
});

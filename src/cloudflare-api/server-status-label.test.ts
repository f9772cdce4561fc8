import { describe, expect, it } from 'vitest';
import { serverStatusLabel } from '@/cloudflare-api/server-status-label';

describe('serverStatusLabel', () => {
  it("says a status in Cloudflare's words and keeps one it does not know as received", () => {
    expect(['ready', 'waiting', 'stale', 'error', 'quarantined'].map(serverStatusLabel)).toEqual([
      'ready',
      'waiting',
      'Sync required',
      'error',
      'quarantined',
    ]);
  });
});

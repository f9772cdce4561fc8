import { describe, expect, it } from 'vitest';
import { portalSchema } from '@/cloudflare-api/portal-schema';
import { snapshotStatuses, statusChanges, summarizeStatusChanges } from '@/features/notices/status-changes';

const server = (id: string, status?: string) => ({ id, name: id.toUpperCase(), hostname: `https://${id}.example`, auth_type: 'oauth', tools: [], prompts: [], status });
const portal = (...servers: ReturnType<typeof server>[]) => portalSchema.parse({ id: 'p', name: 'Portal', hostname: 'p.example', servers });

describe('statusChanges', () => {
  it('lists the servers whose status differs between two reads, including to and from no status', () => {
    const before = snapshotStatuses(portal(server('a', 'waiting'), server('b', 'ready'), server('c'), server('gone', 'ready')));
    const after = snapshotStatuses(portal(server('a', 'ready'), server('b', 'ready'), server('c', 'quarantined'), server('new', 'error')));
    expect(statusChanges(before, after)).toEqual([
      { serverId: 'a', serverName: 'A', from: 'waiting', to: 'ready' },
      { serverId: 'c', serverName: 'C', from: null, to: 'quarantined' },
    ]);
  });
});

describe('summarizeStatusChanges', () => {
  it('says one change in full', () => {
    expect(summarizeStatusChanges('Engineering', [{ serverId: 'a', serverName: 'Linear', from: 'waiting', to: 'ready' }])).toEqual({
      title: 'Linear is now ready (was waiting)',
      body: 'Engineering',
    });
  });

  it('sums up many changes in one notice', () => {
    const changes = Array.from({ length: 6 }, (_, index) => ({ serverId: `s${index}`, serverName: `S${index}`, from: 'stale', to: 'ready' }));
    const { title, body } = summarizeStatusChanges('Hub', changes);
    expect(title).toBe('6 servers in Hub changed status');
    // In Cloudflare's words, as on the cards.
    expect(body).toBe('S0 is now ready (was Sync required); S1 is now ready (was Sync required); S2 is now ready (was Sync required); S3 is now ready (was Sync required); and 2 more');
  });
});

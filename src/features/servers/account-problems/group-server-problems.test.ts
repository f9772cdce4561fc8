import { describe, expect, it } from 'vitest';
import { testPortal, testServer } from '@/testing/portal-builders';
import { groupServerProblems } from '@/features/servers/account-problems/group-server-problems';

const server = testServer;
// Portal names say which portal they are: "Portal a".
const portal = (id: string, servers: ReturnType<typeof testServer>[]) => ({ ...testPortal(id, servers), name: `Portal ${id}` });

describe('server problems across the account', () => {
  it('lists a server failing in four portals once, with all four, failures before sign-ins', () => {
    const docs = server('docs', 'error');
    const problems = groupServerProblems([
      portal('a', [docs, server('sentry', 'stale', 'stale')]),
      portal('b', [docs, server('ok', 'ready')]),
      portal('c', [docs, server('flags', null)]),
      portal('d', [docs, server('linear', 'waiting')]),
    ]);
    expect(problems.map((problem) => [problem.server.id, problem.kind, problem.portals.map((item) => item.id)])).toEqual([
      ['docs', 'failing', ['a', 'b', 'c', 'd']],
      ['sentry', 'reauthenticate', ['a']],
      ['flags', 'not_synced', ['c']],
    ]);
  });
});

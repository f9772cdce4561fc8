import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';
import { triageServer } from '@/features/servers/triage';
import type * as TriageModule from '@/features/servers/triage';

// Every render of a server card asks for its triage once: counting the calls per server counts the cards' renders.
vi.mock('@/features/servers/triage', async (importOriginal) => {
  const actual = await importOriginal<typeof TriageModule>();
  return { ...actual, triageServer: vi.fn(actual.triageServer) };
});

const rendersOf = (serverId: string) => vi.mocked(triageServer).mock.calls.filter(([server]) => server.id === serverId).length;

describe('portal page re-reads', () => {
  it('render again only the cards whose server changed (a poll of a 40-server portal otherwise re-renders all 40)', async () => {
    const { user } = renderApp(paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'));
    const card = await screen.findByRole('article', { name: 'Feature flags' });
    const githubBefore = rendersOf('github');
    expect(githubBefore).toBeGreaterThan(0);

    // The sync changes Feature flags alone; the portal is then read again, whole.
    await user.click(within(card).getByRole('button', { name: 'Sync Feature flags' }));
    expect(await within(card).findByText('Sync succeeded')).toBeInTheDocument();
    expect(within(card).getByText('ready')).toBeInTheDocument();

    expect(rendersOf('feature-flags')).toBeGreaterThan(1);
    expect(rendersOf('github')).toBe(githubBefore);
  });
});

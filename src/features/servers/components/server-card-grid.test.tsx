import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnreadableServer } from '@/cloudflare-api/portal-schema';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { createQueryClient } from '@/lib/query-client';
import { ServerCardGrid } from '@/features/servers/components/server-card-grid';

const ACCOUNT = '0123456789abcdef0123456789abcdef';

const servers: PortalServer[] = Array.from({ length: 7 }, (_, index) => ({
  id: `server-${index + 1}`,
  name: `Server ${index + 1}`,
  auth_type: 'unauthenticated',
  hostname: `https://mcp${index + 1}.example.com/mcp`,
  status: 'ready',
  tools: [],
  prompts: [],
}));
const unreadable: UnreadableServer[] = [{ index: 7, id: 'odd', name: 'Odd one', problems: ['servers[7].tools: expected array, received string'] }];

/** A window as wide as `px`, as far as the grid's media queries go. */
function stubWidth(px: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const minRem = Number(/min-width: (\d+)rem/.exec(query)?.[1] ?? Number.NaN);
    return { matches: px >= minRem * 16, media: query } as MediaQueryList;
  });
}

/** Renders the grid and returns the number of cards on screen after each of its commits. */
function renderGrid() {
  const counts: number[] = [];
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <MemoryRouter>
        <Profiler id="grid" onRender={() => counts.push(document.querySelectorAll('article').length)}>
          <ServerCardGrid accountId={ACCOUNT} portalId="engineering" servers={servers} unreadable={unreadable} bulkRun={null} bulkChanges={null} />
        </Profiler>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return counts;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ServerCardGrid', () => {
  it('on a phone, commits the first two cards alone, then one more per commit, the unreadable one last', async () => {
    stubWidth(390);
    const counts = renderGrid();
    expect(await screen.findAllByRole('article')).toHaveLength(8);
    expect(counts[0]).toBe(2);
    expect([...new Set(counts)]).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(screen.getAllByRole('article').at(-1)).toHaveTextContent('Odd one');
  });

  it('on a wide screen, commits two rows of three first, then a row per commit', async () => {
    stubWidth(1440);
    const counts = renderGrid();
    expect(await screen.findAllByRole('article')).toHaveLength(8);
    expect([...new Set(counts)]).toEqual([6, 8]);
  });

  it('with no screen to measure (no matchMedia), commits every card at once', () => {
    vi.stubGlobal('matchMedia', undefined);
    const counts = renderGrid();
    expect(counts[0]).toBe(8);
  });
});

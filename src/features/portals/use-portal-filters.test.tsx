import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { usePortalFilters } from '@/features/portals/use-portal-filters';

function renderFilters(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(() => ({ ...usePortalFilters(), search: useLocation().search }), { wrapper });
}

describe('usePortalFilters', () => {
  it('reads the status filter, search and sort from the query string', () => {
    const { result } = renderFilters('/p?status=error,stale&q=git&sort=name');
    expect(result.current.filters).toEqual({ statuses: ['error', 'stale'], q: 'git', sort: 'name', view: 'cards' });
  });

  it('builds each change on the last one written, even before it has rendered', () => {
    const { result } = renderFilters('/p?keep=1');
    act(() => {
      result.current.changeFilters((current) => ({ statuses: [...current.statuses, 'error'] }));
      result.current.changeFilters((current) => ({ statuses: [...current.statuses, 'stale'] }));
      result.current.changeFilters(() => ({ sort: 'last_synced' }));
    });
    expect(result.current.filters).toEqual({ statuses: ['error', 'stale'], q: '', sort: 'last_synced', view: 'cards' });
    expect(result.current.search).toBe('?keep=1&status=error%2Cstale&sort=last_synced');
  });

  it('clears the status filter and the search, and keeps the sort', () => {
    const { result } = renderFilters('/p?status=error&q=git&sort=name');
    act(() => result.current.clearFilters());
    expect(result.current.filters).toEqual({ statuses: [], q: '', sort: 'name', view: 'cards' });
    expect(result.current.search).toBe('?sort=name');
  });
});

import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { usePortalListState } from '@/features/portals/use-portal-list-state';

function renderListState(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(() => ({ ...usePortalListState(), search: useLocation().search }), { wrapper });
}

describe('usePortalListState', () => {
  // An admin who picks "Needs attention" and then a sort before the first navigation lands keeps both (CI once lost
  // the filter this way on a slow machine).
  it('builds each change on the last one written, even before it has rendered', () => {
    const { result } = renderListState('/accounts/a/portals?q=eng');
    act(() => {
      result.current.change({ attentionOnly: true });
      result.current.change({ sort: 'name' });
    });
    expect(result.current.state).toMatchObject({ q: 'eng', attentionOnly: true, sort: 'name', page: 1 });
    expect(result.current.search).toBe('?q=eng&show=attention&sort=name');
  });
});

import { describe, expect, it } from 'vitest';
import { parsePortalListState, writePortalListState } from '@/features/portals/portal-list-params';

describe('portal list state in the URL', () => {
  it('reads q and page, falling back to page 1 for anything that is not a positive whole number', () => {
    expect(parsePortalListState(new URLSearchParams('q=eng&page=3'))).toEqual({ q: 'eng', page: 3 });
    for (const page of ['0', '-2', '1.5', 'abc', '']) {
      expect(parsePortalListState(new URLSearchParams(`page=${page}`)).page).toBe(1);
    }
  });

  it('omits defaults and keeps unrelated parameters', () => {
    expect(writePortalListState(new URLSearchParams('x=1&page=4'), { q: '', page: 1 }).toString()).toBe('x=1');
    expect(writePortalListState(new URLSearchParams(), { q: 'data', page: 2 }).toString()).toBe('q=data&page=2');
  });
});

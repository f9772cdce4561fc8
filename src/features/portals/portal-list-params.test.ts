import { describe, expect, it } from 'vitest';
import { parsePortalListState, writePortalListState } from '@/features/portals/portal-list-params';

describe('portal list state in the URL', () => {
  it('reads search, the attention filter, sort and page, falling back to defaults for values it does not know', () => {
    expect(parsePortalListState(new URLSearchParams('q=eng&show=attention&sort=name&page=3'))).toEqual({
      q: 'eng',
      attentionOnly: true,
      sort: 'name',
      page: 3,
    });
    expect(parsePortalListState(new URLSearchParams('show=everything&sort=size'))).toMatchObject({ attentionOnly: false, sort: 'health' });
    for (const page of ['0', '-2', '1.5', 'abc', '']) {
      expect(parsePortalListState(new URLSearchParams(`page=${page}`)).page).toBe(1);
    }
  });

  it('omits defaults and keeps unrelated parameters', () => {
    const defaults = { q: '', attentionOnly: false, sort: 'health', page: 1 } as const;
    expect(writePortalListState(new URLSearchParams('x=1&page=4&show=attention'), defaults).toString()).toBe('x=1');
    expect(writePortalListState(new URLSearchParams(), { q: 'data', attentionOnly: true, sort: 'modified', page: 2 }).toString()).toBe(
      'q=data&show=attention&sort=modified&page=2',
    );
  });
});

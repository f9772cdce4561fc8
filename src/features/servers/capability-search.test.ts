import { describe, expect, it } from 'vitest';
import { mergeCapabilities } from '@/features/servers/capability-overrides';
import { filterCapabilityRows } from '@/features/servers/capability-search';

const { rows } = mergeCapabilities(
  [
    { name: 'create_issue', description: 'Create a new issue in a repository.' },
    { name: 'search_code', description: 'Search code across repositories.' },
    { name: 'get_me', description: 'Details of the authenticated user.' },
  ],
  [
    { name: 'search_code', portal_alias: 'gh_search_code' },
    { name: 'get_me', portal_description: 'Who am I on GitHub?' },
  ],
  false,
);
const names = (query: string) => filterCapabilityRows(rows, query).map((row) => row.visibleName);

describe('filterCapabilityRows', () => {
  it('keeps every row for a blank query', () => {
    expect(names('  ')).toEqual(['create_issue', 'gh_search_code', 'get_me']);
  });

  it('matches the visible name and the upstream name, case-insensitively', () => {
    expect(names('GH_SEARCH')).toEqual(['gh_search_code']);
    expect(names('search_code')).toEqual(['gh_search_code']);
  });

  it('matches the visible description and the upstream one', () => {
    expect(names('who am i')).toEqual(['get_me']);
    expect(names('authenticated user')).toEqual(['get_me']);
    expect(names('repositor')).toEqual(['create_issue', 'gh_search_code']);
  });

  it('returns nothing when nothing matches', () => {
    expect(names('zzz')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PortalCapabilityOverride } from '@/cloudflare-api/server-schema';
import { mergeCapabilities, orphanedOverrides } from '@/features/servers/capability-overrides';

const tools = [
  { name: 'create_issue', description: 'Create a new issue.' },
  { name: 'search_code', description: 'Search code.' },
  { name: 'push_files' },
];

function rowNamed(overrides: PortalCapabilityOverride[], name: string, defaultDisabled = false) {
  const row = mergeCapabilities(tools, overrides, defaultDisabled).rows.find((candidate) => candidate.name === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('mergeCapabilities', () => {
  it('shows upstream names and descriptions when nothing is overridden', () => {
    const { rows, enabledCount, orphans } = mergeCapabilities(tools, null, false);
    expect(rows.map((row) => row.visibleName)).toEqual(['create_issue', 'search_code', 'push_files']);
    expect(rows[0]).toMatchObject({ nameSource: 'upstream', description: 'Create a new issue.', descriptionSource: 'upstream' });
    expect(rows[2]).toMatchObject({ description: null, descriptionSource: null });
    expect(enabledCount).toBe(3);
    expect(orphans).toEqual([]);
  });

  it('prefers the portal alias over the server alias over the upstream name', () => {
    expect(rowNamed([{ name: 'create_issue', portal_alias: 'file_bug', server_alias: 'gh_create_issue' }], 'create_issue')).toMatchObject({
      visibleName: 'file_bug',
      nameSource: 'portal',
    });
    expect(rowNamed([{ name: 'create_issue', server_alias: 'gh_create_issue' }], 'create_issue')).toMatchObject({
      visibleName: 'gh_create_issue',
      nameSource: 'server',
    });
    expect(rowNamed([{ name: 'create_issue', portal_alias: null }], 'create_issue')).toMatchObject({
      visibleName: 'create_issue',
      nameSource: 'upstream',
    });
  });

  it('treats a blank alias or description as not set', () => {
    const row = rowNamed([{ name: 'create_issue', portal_alias: ' ', server_alias: 'gh_create_issue', portal_description: '' }], 'create_issue');
    expect(row).toMatchObject({ visibleName: 'gh_create_issue', description: 'Create a new issue.', descriptionSource: 'upstream' });
  });

  it('prefers the portal description over the server description over the upstream one', () => {
    const both = { name: 'search_code', portal_description: 'Portal words', server_description: 'Server words' };
    expect(rowNamed([both], 'search_code')).toMatchObject({ description: 'Portal words', descriptionSource: 'portal', upstreamDescription: 'Search code.' });
    expect(rowNamed([{ name: 'search_code', server_description: 'Server words' }], 'search_code')).toMatchObject({
      description: 'Server words',
      descriptionSource: 'server',
    });
    expect(rowNamed([{ name: 'push_files', server_description: 'Server words' }], 'push_files').descriptionSource).toBe('server');
  });

  it('enables by default, lets an explicit enabled win, and hides by default when default_disabled is set', () => {
    const overrides: PortalCapabilityOverride[] = [
      { name: 'push_files', enabled: false },
      { name: 'create_issue', enabled: true },
      { name: 'search_code', portal_alias: 'gh_search_code', enabled: null },
    ];
    const open = mergeCapabilities(tools, overrides, false);
    expect(open.rows.map((row) => [row.name, row.enabled, row.enabledSource])).toEqual([
      ['create_issue', true, 'override'],
      ['search_code', true, 'default'],
      ['push_files', false, 'override'],
    ]);
    expect(open.enabledCount).toBe(2);

    const closed = mergeCapabilities(tools, overrides, true);
    expect(closed.rows.map((row) => [row.name, row.enabled, row.enabledSource])).toEqual([
      ['create_issue', true, 'override'],
      ['search_code', false, 'default'],
      ['push_files', false, 'override'],
    ]);
    expect(closed.enabledCount).toBe(1);
  });

  it('treats a missing default_disabled as visible', () => {
    expect(mergeCapabilities(tools, [], undefined).enabledCount).toBe(3);
  });

  it('lists overrides whose capability no longer exists upstream', () => {
    const { orphans, rows } = mergeCapabilities(
      tools,
      [
        { name: 'delete_repository', enabled: false },
        { name: 'create_issue', portal_alias: 'file_bug' },
        { name: 'old_search', portal_alias: 'search' },
      ],
      false,
    );
    expect(orphans.map((override) => override.name)).toEqual(['delete_repository', 'old_search']);
    expect(rows).toHaveLength(3);
  });

  it('gives a card the same orphans without merging every capability', () => {
    const overrides = [{ name: 'delete_repository' }, { name: 'create_issue' }, { name: 'delete_repository', enabled: true }, { name: '' }];
    expect(orphanedOverrides(tools, overrides)).toEqual(mergeCapabilities(tools, overrides, false).orphans);
    expect(orphanedOverrides(tools, overrides).map((override) => override.name)).toEqual(['delete_repository', '']);
    expect(orphanedOverrides(tools, null)).toEqual([]);
  });

  it('shows a capability without a name as "(unnamed)" that no override can match', () => {
    const { rows, orphans } = mergeCapabilities([{ description: 'Mystery' }, { name: 42 }, { name: '' }], [{ name: '', enabled: false }], false);
    expect(rows.map((row) => [row.name, row.visibleName, row.enabled])).toEqual([
      [null, '(unnamed)', true],
      [null, '(unnamed)', true],
      [null, '(unnamed)', true],
    ]);
    expect(rows[0]?.description).toBe('Mystery');
    expect(orphans.map((override) => override.name)).toEqual(['']);
  });

  it('ignores a description that is not a string', () => {
    expect(mergeCapabilities([{ name: 'x', description: { text: 'no' } }], [], false).rows[0]?.description).toBeNull();
  });
});

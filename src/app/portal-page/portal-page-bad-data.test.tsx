import { screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';
import type * as ServerCardModule from '@/features/servers/components/server-card';

const portalUrl = paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering');

// Cards whose rendering should throw, as a bug tripped by some server's data would.
const breakable = vi.hoisted(() => ({ names: new Set<string>() }));

vi.mock('@/features/servers/components/server-card', async (importOriginal) => {
  const actual = await importOriginal<typeof ServerCardModule>();
  function ServerCard(props: ComponentProps<typeof actual.ServerCard>) {
    if (breakable.names.has(props.server.name)) throw new TypeError("Cannot read properties of undefined (reading 'length')");
    return <actual.ServerCard {...props} />;
  }
  return { ...actual, ServerCard };
});

describe('portal page under bad data', () => {
  it('replaces a card that fails to render with an explanation, keeps the others, and can try again', async () => {
    breakable.names = new Set(['Linear']);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = renderApp(portalUrl);
    const failed = await screen.findByRole('article', { name: 'Linear' });
    expect(within(failed).getByText('Display failed')).toBeInTheDocument();
    expect(within(failed).getByText("Cannot read properties of undefined (reading 'length')")).toBeInTheDocument();
    expect(within(failed).getByRole('link', { name: 'Open server page' })).toHaveAttribute(
      'href',
      paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'linear'),
    );
    expect(screen.getAllByRole('article')).toHaveLength(7);
    expect(within(screen.getByRole('article', { name: 'GitHub' })).getByRole('button', { name: 'Sync GitHub' })).toBeEnabled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('failed to render'), expect.any(TypeError), expect.any(String));

    breakable.names = new Set();
    await user.click(within(failed).getByRole('button', { name: 'Try showing Linear again' }));
    expect(within(screen.getByRole('article', { name: 'Linear' })).getByRole('button', { name: 'Sync Linear' })).toBeInTheDocument();
  });

  it('shows a server the API described wrongly as an unreadable card naming the field, and the others as usual', async () => {
    renderApp(portalUrl, { scenario: { drift: 'wrong-type' } });
    const unreadable = await screen.findByRole('article', { name: 'Linear' });
    expect(within(unreadable).getByText('Unreadable')).toBeInTheDocument();
    expect(within(unreadable).getByText(/^servers\[1\]\.tools: .*expected array/)).toBeInTheDocument();
    expect(screen.getByText(/^1 server could not be read/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Servers (7)' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(7);
    expect(screen.queryByRole('button', { name: 'Sync Linear' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sync all 6' })).toBeEnabled();
  });
});

import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { QueryStates } from '@/components/query-states';

function Reader({ read }: { read: () => Promise<string> }) {
  const query = useQuery({ queryKey: ['thing'], queryFn: read });
  return (
    <QueryStates
      query={query}
      action={{ kind: 'list-portals' }}
      shown="list"
      loading={<p>Loading the thing…</p>}
      errorActions={<a href="/elsewhere">Go elsewhere</a>}
      header={(freshness) => <header>Always here{freshness}</header>}
    >
      {(data) => <p>The thing: {data}</p>}
    </QueryStates>
  );
}

function renderReader(read: () => Promise<string>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MemoryRouter>
      <QueryClientProvider client={queryClient}>
        <Reader read={read} />
      </QueryClientProvider>
    </MemoryRouter>,
  );
  return { queryClient, user: userEvent.setup() };
}

describe('QueryStates', () => {
  it('shows the loading state, then the data with how old it is, under a header that is there throughout', async () => {
    renderReader(async () => 'one');
    expect(screen.getByText('Loading the thing…')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(/^Always here$/);
    expect(await screen.findByText('The thing: one')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText(/^Updated/)).toBeInTheDocument();
    expect(screen.queryByText('Loading the thing…')).toBeNull();
  });

  it('stands an error panel with Retry and the other ways out in for data it never got', async () => {
    let fail = true;
    const { user } = renderReader(async () => {
      if (fail) throw new Error('boom');
      return 'two';
    });
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByRole('heading', { name: 'Could not list the portals of this account' })).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Go elsewhere' })).toBeInTheDocument();
    fail = false;
    await user.click(within(panel).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The thing: two')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the data under a banner with Retry when a refresh fails', async () => {
    let fail = false;
    const { queryClient } = renderReader(async () => {
      if (fail) throw new Error('boom');
      return 'three';
    });
    expect(await screen.findByText('The thing: three')).toBeInTheDocument();
    fail = true;
    await queryClient.refetchQueries();
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Showing the last loaded list: the latest refresh failed.')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(banner).queryByRole('link', { name: 'Go elsewhere' })).toBeNull();
    expect(screen.getByText('The thing: three')).toBeInTheDocument();
  });
});

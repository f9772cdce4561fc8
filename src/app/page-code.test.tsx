import { act, render, screen } from '@testing-library/react';
import { Suspense, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/error-boundary';
import { PageCodeError, pageCode } from '@/app/page-code';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

/** A module whose loading the test finishes by hand. */
function heldModule() {
  let finish = () => {};
  let fail = () => {};
  const load = vi.fn(
    () =>
      new Promise<{ Counter: typeof Counter }>((resolve, reject) => {
        finish = () => resolve({ Counter });
        fail = () => reject(new Error('chunk gone'));
      }),
  );
  return { load, finish: () => finish(), fail: () => fail() };
}

/** Inside a Suspense boundary: a page that suspended would show "Suspended". */
function inSuspense(children: ReactNode) {
  return <Suspense fallback={<p>Suspended</p>}>{children}</Suspense>;
}

describe('pageCode', () => {
  it('renders a page whose code is in at once, without its fallback', async () => {
    const { load, finish } = heldModule();
    const code = pageCode(load);
    const Page = code.component((module) => module.Counter, <p>Loading the page…</p>);
    const preloaded = code.preload();
    finish();
    await preloaded;
    render(inSuspense(<Page label="Clicks" />));
    // In the first commit: React.lazy would have shown a fallback first, even with the module in.
    expect(screen.getByRole('button', { name: 'Clicks 0' })).toBeInTheDocument();
    expect(screen.queryByText(/Loading the page|Suspended/)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows its fallback until the code arrives, without suspending (no Suspense throttle), and keeps the page across renders', async () => {
    const { load, finish } = heldModule();
    const Page = pageCode(load).component((module) => module.Counter, <p>Loading the page…</p>);
    const { rerender } = render(inSuspense(<Page label="Clicks" />));
    expect(screen.getByText('Loading the page…')).toBeInTheDocument();
    expect(screen.queryByText('Suspended')).toBeNull();
    await act(async () => finish());
    const button = screen.getByRole('button', { name: 'Clicks 0' });
    await act(async () => button.click());
    rerender(inSuspense(<Page label="Taps" />));
    // The count survived: the page was not mounted again.
    expect(screen.getByRole('button', { name: 'Taps 1' })).toBeInTheDocument();
  });

  it('hands a failed load to the error boundary, and the next preload tries again', async () => {
    const { load, fail } = heldModule();
    const code = pageCode(load);
    const Page = code.component((module) => module.Counter, <p>Loading the page…</p>);
    render(
      <ErrorBoundary fallback={(error) => <p>{error instanceof PageCodeError ? 'Could not load' : 'Failed'}: {error.message}</p>}>
        <Page label="Clicks" />
      </ErrorBoundary>,
      // The app's root reports what a boundary caught (reportCaughtError); here the boundary's text is the report.
      { onCaughtError: () => undefined },
    );
    await act(async () => fail());
    expect(screen.getByText('Could not load: chunk gone')).toBeInTheDocument();
    void code.preload().catch(() => undefined);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

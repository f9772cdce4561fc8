import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { pageCode } from '@/app/page-code';

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
  const load = vi.fn(() => new Promise<{ Counter: typeof Counter }>((resolve) => (finish = () => resolve({ Counter }))));
  return { load, finish: () => finish() };
}

describe('pageCode', () => {
  it('renders a page whose code is in at once, without its Suspense fallback', async () => {
    const { load, finish } = heldModule();
    const code = pageCode(load);
    const Page = code.component((module) => module.Counter);
    const preloaded = code.preload();
    finish();
    await preloaded;
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page label="Clicks" />
      </Suspense>,
    );
    // Synchronously, in the first commit: React.lazy would show the fallback first, even with the module in.
    expect(screen.getByRole('button', { name: 'Clicks 0' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends until the code arrives, then keeps the same page across renders', async () => {
    const { load, finish } = heldModule();
    const Page = pageCode(load).component((module) => module.Counter);
    const { rerender } = render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page label="Clicks" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => finish());
    const button = await screen.findByRole('button', { name: 'Clicks 0' });
    await act(async () => button.click());
    rerender(
      <Suspense fallback={<p>Loading…</p>}>
        <Page label="Taps" />
      </Suspense>,
    );
    // The count survived: the page was not remounted when its code became available synchronously.
    expect(screen.getByRole('button', { name: 'Taps 1' })).toBeInTheDocument();
  });

  it('tries a failed load again on the next preload', async () => {
    const load = vi.fn<() => Promise<{ Counter: typeof Counter }>>().mockRejectedValueOnce(new Error('chunk gone')).mockResolvedValue({ Counter });
    const code = pageCode(load);
    await expect(code.preload()).rejects.toThrow('chunk gone');
    await expect(code.preload()).resolves.toEqual({ Counter });
    expect(load).toHaveBeenCalledTimes(2);
  });
});

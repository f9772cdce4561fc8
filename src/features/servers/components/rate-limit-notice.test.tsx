import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { pauseSyncsFor } from '@/features/servers/api/rate-limit-gate';
import { RateLimitNotice } from '@/features/servers/components/rate-limit-notice';

afterEach(() => {
  vi.useRealTimers();
});

describe('the rate-limit countdown', () => {
  it('counts down from what Cloudflare asked for, however long the page was open before, and then goes away', async () => {
    vi.useFakeTimers();
    render(<RateLimitNotice />);
    expect(screen.queryByRole('status')).toBeNull();

    // The notice was mounted a while ago; the pause starts now.
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    act(() => pauseSyncsFor(2));
    expect(screen.getByRole('status')).toHaveTextContent('Cloudflare is rate limiting syncs. Waiting 2 s as it asked');
    // The moment syncs resume, machine-readable too.
    expect(screen.getByRole('status').querySelector('time')).toHaveAttribute('dateTime', new Date(Date.now() + 2000).toISOString());

    await act(() => vi.advanceTimersByTimeAsync(1_250));
    expect(screen.getByRole('status')).toHaveTextContent('Waiting 1 s');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.queryByRole('status')).toBeNull();
  });
});

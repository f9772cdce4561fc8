import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { useNotices } from '@/features/notices/notice-store';
import { useStatusChangeNotices } from '@/features/notices/use-status-change-notices';
import { testPortal, testServer } from '@/testing/portal-builders';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

describe('useStatusChangeNotices', () => {
  it('announces a change against a portal read before it started listening (a preloaded first read)', () => {
    const client = new QueryClient();
    const key = portalQueries.detail(ACCOUNT, 'engineering').queryKey;
    client.setQueryData(key, testPortal('engineering', [testServer('github', null)]));
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(
      () => {
        useStatusChangeNotices();
        return useNotices();
      },
      { wrapper },
    );
    expect(result.current).toEqual([]);
    act(() => {
      client.setQueryData(key, testPortal('engineering', [testServer('github', 'ready')]));
    });
    expect(result.current.map((notice) => notice.title)).toEqual(['github is now ready (was not synced yet)']);
  });
});

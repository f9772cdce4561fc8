import { afterEach, describe, expect, it, vi } from 'vitest';
import { getEffectiveRedirectUri } from '@/features/servers/api/get-effective-redirect-uri';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getEffectiveRedirectUri', () => {
  it('reads the pair through the proxy and keeps a source it does not know', async () => {
    const fetchMock = vi.fn(async () => Response.json({ success: true, result: { redirect_uri: 'https://x.example/cb', source: 'shared_mcp23' } }));
    vi.stubGlobal('fetch', fetchMock);
    const { signal } = new AbortController();
    await expect(getEffectiveRedirectUri('acct', 'engineering', 'github', { signal })).resolves.toEqual({
      redirect_uri: 'https://x.example/cb',
      source: 'shared_mcp23',
    });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/accounts/acct/access/ai-controls/mcp/portals/engineering/servers/github/effective-redirect-uri',
      expect.objectContaining({ method: 'GET', signal }),
    );
  });
});

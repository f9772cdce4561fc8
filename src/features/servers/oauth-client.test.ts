import { describe, expect, it } from 'vitest';
import { findRedirectUriMismatch, presentAuthMode, presentClientSecret, presentRedirectSource } from '@/features/servers/oauth-client';

const EFFECTIVE = 'https://secops.mcp.acme-corp.example/servers-callback';
const manual = (redirect_uris?: string[] | null) => ({ auth_mode: 'manual', registration_info: { client_id: 'c', redirect_uris } });

describe('findRedirectUriMismatch', () => {
  it('reports a manual registration that lacks the redirect URI the portal sends, with both values', () => {
    expect(findRedirectUriMismatch(manual(['https://secops.mcp.acme-corp.example/oauth/callback']), EFFECTIVE)).toEqual({
      effective: EFFECTIVE,
      registered: ['https://secops.mcp.acme-corp.example/oauth/callback'],
    });
    expect(findRedirectUriMismatch(manual([]), EFFECTIVE)).toEqual({ effective: EFFECTIVE, registered: [] });
  });

  it('compares exactly, as OAuth providers do', () => {
    expect(findRedirectUriMismatch(manual([`${EFFECTIVE}/`]), EFFECTIVE)?.registered).toEqual([`${EFFECTIVE}/`]);
  });

  it('says nothing when the URI is registered, the client is dynamic, or a value is unknown', () => {
    expect(findRedirectUriMismatch(manual(['https://other.example/cb', EFFECTIVE]), EFFECTIVE)).toBeNull();
    expect(findRedirectUriMismatch({ auth_mode: 'dcr', registration_info: { redirect_uris: ['https://x.example'] } }, EFFECTIVE)).toBeNull();
    expect(findRedirectUriMismatch(manual(null), EFFECTIVE)).toBeNull();
    expect(findRedirectUriMismatch(manual(['https://x.example']), undefined)).toBeNull();
    expect(findRedirectUriMismatch(null, EFFECTIVE)).toBeNull();
  });
});

describe('OAuth client facts in words', () => {
  it('explains both redirect URI sources and keeps an unknown one', () => {
    expect(presentRedirectSource('per_portal', 'mcp.acme.example')).toMatch(/^Per-portal callback on this portal's hostname \(mcp\.acme\.example\)/);
    expect(presentRedirectSource('shared_mcp22', 'mcp.acme.example')).toMatch(/^Shared Cloudflare callback/);
    expect(presentRedirectSource('regional', 'mcp.acme.example')).toMatch(/^Source "regional"/);
  });

  it('names the mode with its API value, and whether a secret is stored, never a value', () => {
    expect(presentAuthMode('dcr')).toMatch(/^Dynamic client registration.*\(dcr\)$/);
    expect(presentAuthMode('manual')).toMatch(/^Manual client.*\(manual\)$/);
    expect(presentAuthMode('pkce_only')).toBe('pkce_only');
    expect(presentClientSecret({ has_client_secret: true, client_secret_version: 2 })).toBe('Stored (version 2)');
    expect(presentClientSecret({ has_client_secret: false })).toBe('None stored');
    expect(presentClientSecret({})).toBe('Not reported');
  });
});

import { describe, expect, it } from 'vitest';
import { presentAuthenticationStatus, presentDefaultDisabled, presentFlag } from '@/features/servers/server-settings';

describe('presentAuthenticationStatus', () => {
  it.each([
    ['not_required', 'Not required: no admin sign-in is needed (not_required)'],
    ['required', 'Required: no admin has signed in yet; authenticate the server, then sync (required)'],
    ['connected', 'Connected: the admin sign-in works (connected)'],
    ['stale', 'Expired: the admin sign-in expired or was revoked; re-authenticate, then sync (stale)'],
    ['manual', 'Manual: an admin-supplied OAuth client, with no admin sign-in flow (manual)'],
    ['pending_consent', 'pending_consent'],
  ])('%s → %s', (status, label) => {
    expect(presentAuthenticationStatus(status)).toBe(label);
  });

  it('says when the API sent none', () => {
    expect(presentAuthenticationStatus(null)).toBe('Not reported');
  });
});

describe('presentDefaultDisabled', () => {
  it('explains what default_disabled means for the tables', () => {
    expect(presentDefaultDisabled(true)).toBe('Tools and prompts are hidden unless enabled below');
    expect(presentDefaultDisabled(false)).toBe('Visible unless disabled below');
    expect(presentDefaultDisabled(undefined)).toBe('Visible unless disabled below');
  });
});

describe('presentFlag', () => {
  it('distinguishes on, off and not reported', () => {
    expect(presentFlag(true, 'On', 'Off')).toBe('On');
    expect(presentFlag(false, 'On', 'Off')).toBe('Off');
    expect(presentFlag(null, 'On', 'Off')).toBe('Not reported');
  });
});

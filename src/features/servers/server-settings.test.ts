import { describe, expect, it } from 'vitest';
import { presentAuthenticationStatus, presentDefaultDisabled, presentFlag } from '@/features/servers/server-settings';

describe('presentAuthenticationStatus', () => {
  it.each([
    ['not_required', 'Not required'],
    ['required', 'Required: an admin must authenticate before syncing'],
    ['connected', 'Connected'],
    ['stale', 'Stale: re-authenticate'],
    ['manual', 'Manual (user-managed OAuth)'],
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

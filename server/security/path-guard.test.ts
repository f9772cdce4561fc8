import { describe, expect, it } from 'vitest';
import { isSuspiciousPath } from './path-guard.ts';

describe('isSuspiciousPath', () => {
  it.each([
    '/api/accounts/../../etc/passwd',
    '/api/accounts/./x',
    '/api/accounts/%2e%2e/x',
    '/api/accounts/%2E%2E/x',
    '/api/accounts/a%2fb',
    '/api/accounts/a%2Fb',
    '/api/accounts/a%5cb',
    '/api/accounts/a\\b',
    '//api/accounts',
    '/api//accounts',
    '/api/x%00',
    'api/no-leading-slash',
    'http://evil.example/api',
  ])('refuses %s', (target) => {
    expect(isSuspiciousPath(target)).toBe(true);
  });

  it.each(['/', '/api/dashboard-config', '/accounts/abc/portals/engineering?q=a..b', '/assets/index-abc123.js', '/api/x?next=//y'])(
    'lets %s through',
    (target) => {
      expect(isSuspiciousPath(target)).toBe(false);
    },
  );
});

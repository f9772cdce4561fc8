import { describe, expect, it } from 'vitest';
import { defaultAllowedHosts, isAllowedHost } from './allowed-hosts.ts';

describe('isAllowedHost', () => {
  const defaults = defaultAllowedHosts(5173);

  it('accepts the loopback names with the port the dashboard listens on', () => {
    for (const host of ['localhost:5173', '127.0.0.1:5173', '[::1]:5173', 'LOCALHOST:5173']) expect(isAllowedHost(host, defaults), host).toBe(true);
  });

  it('refuses other names, other ports and malformed values (DNS rebinding)', () => {
    for (const host of ['evil.example:5173', 'localhost:8080', 'localhost', '127.0.0.2:5173', 'localhost:5173/x', 'user@localhost:5173', '']) {
      expect(isAllowedHost(host, defaults), host).toBe(false);
    }
    expect(isAllowedHost(null, defaults)).toBe(false);
  });

  it('matches a configured name without a port on any port, and one with a port on that port only', () => {
    const allowed = [...defaults, 'dash.example.com', 'ops.example.com:8443'];
    expect(isAllowedHost('dash.example.com', allowed)).toBe(true);
    expect(isAllowedHost('dash.example.com:443', allowed)).toBe(true);
    expect(isAllowedHost('ops.example.com:8443', allowed)).toBe(true);
    expect(isAllowedHost('ops.example.com', allowed)).toBe(false);
    expect(isAllowedHost('evil.dash.example.com', allowed)).toBe(false);
  });
});

/**
 * DNS rebinding defence: a page on evil.example whose name is re-pointed at
 * 127.0.0.1 still sends `Host: evil.example`, so only names the dashboard is
 * really reached by are answered.
 */

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

export function isLoopbackHost(host: string): boolean {
  return ['localhost', '127.0.0.1', '::1', '[::1]'].includes(host.toLowerCase());
}

/** The defaults: every loopback name with the port the dashboard listens on. */
export function defaultAllowedHosts(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `${name}:${port}`);
}

function parseHost(value: string): { hostname: string; port: string } | null {
  // A Host header is `name[:port]` and nothing else: no user info, path or spaces.
  if (!/^[a-z0-9.\-[\]:]+$/i.test(value)) return null;
  try {
    const url = new URL(`http://${value}`);
    return { hostname: url.hostname.toLowerCase(), port: url.port };
  } catch {
    return null;
  }
}

/**
 * Whether a `Host` header names this dashboard. An allowed entry with a port
 * matches that port only; one without a port (`dash.example.com`, as behind a
 * TLS-terminating proxy) matches the name on any port.
 */
export function isAllowedHost(hostHeader: string | null, allowed: readonly string[]): boolean {
  if (hostHeader === null) return false;
  const host = parseHost(hostHeader);
  if (host === null) return false;
  return allowed.some((entry) => {
    const candidate = parseHost(entry);
    if (candidate === null) return false;
    return candidate.hostname === host.hostname && (candidate.port === '' || candidate.port === host.port);
  });
}

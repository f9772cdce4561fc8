/** The store's address for logs and the page: no credentials, no query string. */
export function describeStoreUrl(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return 'memory (lost when the server stops)';
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') return url.split('?')[0] ?? url;
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

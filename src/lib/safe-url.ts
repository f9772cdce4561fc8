/** Only http(s) URLs may become links: hostnames come from the API and could say `javascript:`. */
export function toSafeHref(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

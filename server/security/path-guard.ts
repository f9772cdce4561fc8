/**
 * Refuses request targets that could mean something else after decoding or
 * normalising: `..` segments, encoded dots, slashes or backslashes, doubled
 * slashes. Checked on the raw target, before anything normalises it away.
 */
const SUSPICIOUS = [/(^|\/)\.\.?(\/|$)/, /%2e/i, /%2f/i, /%5c/i, /\\/, /\/\//, /%00/i];

export function isSuspiciousPath(rawTarget: string): boolean {
  const path = rawTarget.split('?')[0] ?? '';
  return !path.startsWith('/') || SUSPICIOUS.some((pattern) => pattern.test(path));
}

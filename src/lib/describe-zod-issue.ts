import type * as z from 'zod/mini';

/** One schema problem as the admin reads it, naming the field: `servers[0].name: expected string, received undefined`. */
export function describeIssue(issue: z.core.$ZodIssue, root: readonly PropertyKey[] = []): string {
  const path = [...root, ...issue.path].map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  const field = path.replace(/^\./, '');
  return field === '' ? issue.message : `${field}: ${issue.message}`;
}

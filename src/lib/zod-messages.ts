import type * as z from 'zod/mini';

/** What a value is, in the words of a type: "array" and "null" rather than "object". */
function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/**
 * The messages the dashboard quotes when it names a malformed field ("servers[0].name: expected string, received
 * undefined"). zod/mini ships none; its English locale covers every check zod has (4 KB minified, most of it formats
 * the API never uses), these cover what our schemas check, and say "invalid input" for anything else.
 */
export const zodMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? shown(issue.values[0]) : `one of ${issue.values.map(shown).join(' | ')}`}`;
    case 'too_small':
      return `expected ${issue.origin} ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `expected ${issue.origin} ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `invalid ${issue.format}`;
    default:
      return 'invalid input';
  }
};

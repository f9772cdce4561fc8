import { describe, expect, it } from 'vitest';
import { twMerge } from 'tailwind-merge';
import { cn } from '@/lib/cn';

describe('cn', () => {
  it('lets a later class win over an earlier one that sets the same thing', () => {
    expect(cn('px-2 h-9', 'h-8')).toBe('px-2 h-8');
    expect(cn('p-3 text-sm', 'p-5')).toBe('text-sm p-5');
    expect(cn('border border-border', 'border-danger/40')).toBe('border border-danger/40');
  });

  it('keeps classes that only look alike: a text size and a theme colour', () => {
    expect(cn('text-sm text-muted-foreground', 'text-xs')).toBe('text-muted-foreground text-xs');
    expect(cn('bg-success-soft text-success', 'bg-muted')).toBe('text-success bg-muted');
  });

  it('drops falsy inputs and reads objects and arrays as clsx does', () => {
    expect(cn('a', false, null, undefined, { b: true, c: false }, ['d'])).toBe('a b d');
  });
});

describe('cn’s class groups', () => {
  // Every class the app's source writes (tests aside): the tokens of string literals that read as lists of classes.
  const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/lib/cn.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const TOKEN = /^(?:[a-z0-9/[\]:()-]+:)*!?-?[a-z][a-z0-9-]*(?:-(?:\[[^\]\s]+\]|[a-z0-9./-]+))?(?:\/\d+)?$/;
  const classes = [
    ...new Set(
      Object.values(sources).flatMap((text) =>
        [...text.matchAll(/(['"`])([^'"`\n$]{2,})\1/g)]
          .map((match) => (match[2] ?? '').trim().split(/\s+/))
          .filter((tokens) => tokens.some((token) => token.includes('-')) && tokens.every((token) => TOKEN.test(token)))
          .flat(),
      ),
    ),
  ];

  it('finds the app’s classes', () => {
    expect(classes.length).toBeGreaterThan(300);
    expect(classes).toEqual(expect.arrayContaining(['h-9', 'border-border', 'text-muted-foreground', 'sm:not-sr-only', 'line-clamp-2']));
  });

  it('merges every pair of them as tailwind-merge’s full table does', () => {
    const differences: string[] = [];
    for (const earlier of classes) {
      for (const later of classes) {
        const expected = twMerge(earlier, later);
        const merged = cn(earlier, later);
        if (merged !== expected) differences.push(`${earlier} + ${later}: ${merged}, not ${expected}`);
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });
});

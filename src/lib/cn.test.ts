import { describe, expect, it } from 'vitest';
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

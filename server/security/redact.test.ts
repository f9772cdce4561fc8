import { describe, expect, it } from 'vitest';
import { createRedactor } from './redact.ts';

describe('createRedactor', () => {
  it('replaces every occurrence of every secret', () => {
    const redact = createRedactor(['tok-123', 'key-456', '']);
    expect(redact('Bearer tok-123 failed; key-456 and tok-123 again')).toBe('Bearer [redacted] failed; [redacted] and [redacted] again');
    expect(redact('nothing secret')).toBe('nothing secret');
  });
});

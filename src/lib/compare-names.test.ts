import { describe, expect, it } from 'vitest';
import { compareNames } from '@/lib/compare-names';

describe('compareNames', () => {
  it('orders names as localeCompare does in English, ignoring case and accents', () => {
    const names = ['Stripe', 'github', 'GitHub Enterprise', 'Émile tools', 'emily', 'zendesk', 'Zapier', 'ándale', 'Atlassian', 'team-042', 'team-42', 'team 1'];
    const byLocale = [...names].sort((a, b) => a.localeCompare(b, 'en'));
    expect([...names].sort(compareNames)).toEqual(byLocale);
  });

  it('is 0 only for the same text', () => {
    expect(compareNames('Linear', 'Linear')).toBe(0);
    expect(compareNames('linear', 'Linear')).not.toBe(0);
  });
});

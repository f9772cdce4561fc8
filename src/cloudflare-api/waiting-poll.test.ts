import { describe, expect, it } from 'vitest';
import { nextWaitingPoll, waitingPollDelay } from '@/cloudflare-api/waiting-poll';

describe('polling while a server is waiting', () => {
  it('starts at 2 s and backs off to at most 30 s', () => {
    expect([0, 1, 2, 3].map(waitingPollDelay)).toEqual([2000, 3000, 4500, 6750]);
    expect(waitingPollDelay(20)).toBe(30_000);
  });

  it('backs off per read while anything waits, however often it is asked, and starts over after everything settles', () => {
    const query = {};
    expect(nextWaitingPoll(query, 5, true)).toBe(2000);
    expect(nextWaitingPoll(query, 5, true)).toBe(2000);
    expect(nextWaitingPoll(query, 6, true)).toBe(3000);
    expect(nextWaitingPoll(query, 7, true)).toBe(4500);
    expect(nextWaitingPoll(query, 8, false)).toBe(false);
    expect(nextWaitingPoll(query, 9, true)).toBe(2000);
    expect(nextWaitingPoll({}, 1, true)).toBe(2000);
  });
});

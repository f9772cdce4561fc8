/**
 * How long to wait before re-reading a portal whose servers are still
 * `waiting`: 2 s, then 1.5× longer each time, never more than 30 s. React
 * Query pauses the interval while the tab is hidden and re-reads on focus.
 */
export const FIRST_POLL_MS = 2_000;
export const MAX_POLL_MS = 30_000;

export function waitingPollDelay(pollsSoFar: number): number {
  return Math.min(FIRST_POLL_MS * 1.5 ** pollsSoFar, MAX_POLL_MS);
}

/** The query's `dataUpdateCount` when its servers started waiting. */
const waitingSince = new WeakMap<object, number>();

/**
 * For `refetchInterval`, which React Query evaluates on every state change of
 * the query (not once per fetch): the back-off step is counted in data updates
 * since waiting began, so evaluating it again changes nothing.
 */
export function nextWaitingPoll(query: object, dataUpdateCount: number, anyWaiting: boolean): number | false {
  if (!anyWaiting) {
    waitingSince.delete(query);
    return false;
  }
  const since = waitingSince.get(query) ?? dataUpdateCount;
  waitingSince.set(query, since);
  return waitingPollDelay(dataUpdateCount - since);
}

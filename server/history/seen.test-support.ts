/** For tests: what a sweep saw of one server in the `eng` portal, with no sign-in, error or sync times unless given. */
import type { Observation } from './plan-spans.ts';

export const seen = (serverId: string, status: string | null, extra: Partial<Observation> = {}): Observation => ({
  portalId: 'eng',
  serverId,
  status,
  authenticationStatus: null,
  error: null,
  errorDetails: null,
  lastSynced: null,
  lastSuccessfulSync: null,
  ...extra,
});

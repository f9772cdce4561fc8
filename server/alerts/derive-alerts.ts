import type { AlertKind, ErrorDetails, ToolChanges } from '../../src/lib/cloudflare/contract.ts';
import type { Fingerprints, ServerSighting } from './sightings.ts';

/**
 * The states an alert speaks of. Sync Required wins over an error: re-authenticating is what unblocks the server,
 * and a server whose admin sign-in expired fails every sync until then.
 */
export type Condition = 'ready' | 'error' | 'reauth_required';

/** What the alerts remember of a server between sweeps (and restarts): what was announced, what is building up. */
export interface ServerAlertState {
  serverId: string;
  /** The last condition announced (or silently taken as the baseline); null until one is known. */
  announced: Condition | null;
  /** A different condition seen in the latest sweeps, not yet announced, and in how many sweeps in a row. */
  pending: Condition | null;
  pendingSweeps: number;
  /** The tools and prompts last compared; null until the server has been seen `ready`. */
  tools: Fingerprints | null;
  prompts: Fingerprints | null;
}

export interface AlertDraft {
  kind: Exclude<AlertKind, 'test'>;
  serverId: string;
  serverName: string;
  portals: { id: string; name: string }[];
  from: Condition | null;
  to: Condition | null;
  status: string | null;
  authenticationStatus: string | null;
  error: string | null;
  errorDetails: ErrorDetails | null;
  toolChanges: ToolChanges | null;
}

const REAUTH_AUTHENTICATION = new Set(['required', 'stale']);

/** The condition a sighting shows; null for the states in between (a sync running, not synced yet, unknown values). */
export function conditionOf(sighting: Pick<ServerSighting, 'status' | 'authenticationStatus'>): Condition | null {
  if (sighting.status === 'stale' || REAUTH_AUTHENTICATION.has(sighting.authenticationStatus ?? '')) return 'reauth_required';
  if (sighting.status === 'error') return 'error';
  if (sighting.status === 'ready') return 'ready';
  return null;
}

const KIND_OF: Record<Condition, AlertDraft['kind']> = { error: 'failing', reauth_required: 'reauth_required', ready: 'recovered' };

function compare(before: Fingerprints, after: Fingerprints) {
  const added = Object.keys(after).filter((name) => !(name in before)).sort();
  const removed = Object.keys(before).filter((name) => !(name in after)).sort();
  const changed = Object.keys(after)
    .filter((name) => name in before)
    .sort()
    .map((name) => {
      const old = before[name] ?? {};
      const parts = Object.entries(after[name] ?? {}).filter(([part, hash]) => old[part] !== hash).map(([part]) => part);
      return { name, changed: parts };
    })
    .filter((entry) => entry.changed.length > 0);
  return { added, removed, changed };
}

/** What changed between two readings of a server's tools and prompts; null when nothing did. */
export function toolChangesBetween(
  before: { tools: Fingerprints; prompts: Fingerprints },
  after: { tools: Fingerprints; prompts: Fingerprints },
): ToolChanges | null {
  const tools = compare(before.tools, after.tools);
  const prompts = compare(before.prompts, after.prompts);
  const count = [tools, prompts].reduce((sum, part) => sum + part.added.length + part.removed.length + part.changed.length, 0);
  if (count === 0) return null;
  return {
    tools_added: tools.added,
    tools_removed: tools.removed,
    tools_changed: tools.changed,
    prompts_added: prompts.added,
    prompts_removed: prompts.removed,
    prompts_changed: prompts.changed,
  };
}

export interface DeriveInput {
  known: ReadonlyMap<string, ServerAlertState>;
  sightings: readonly ServerSighting[];
  /** Damping: a new condition is announced once this many sweeps in a row have seen it (1 = at once). */
  confirmSweeps: number;
}

/**
 * One sweep's alerts, and what to remember. Pure, so the alerts and the state that keeps them from repeating are
 * written together, in one batch.
 *
 * A server seen for the first time sets the baseline silently: the monitor cannot know what it was before, and
 * turning alerts on must not announce every server that is already failing (the account view lists those).
 */
export function deriveAlerts({ known, sightings, confirmSweeps }: DeriveInput): { drafts: AlertDraft[]; states: ServerAlertState[] } {
  const drafts: AlertDraft[] = [];
  const states: ServerAlertState[] = [];
  const draftFor = (sighting: ServerSighting, kind: AlertDraft['kind'], from: Condition | null, to: Condition | null): AlertDraft => ({
    kind,
    serverId: sighting.serverId,
    serverName: sighting.name,
    portals: sighting.portals,
    from,
    to,
    status: sighting.status,
    authenticationStatus: sighting.authenticationStatus,
    error: sighting.error,
    errorDetails: sighting.errorDetails,
    toolChanges: null,
  });

  for (const sighting of sightings) {
    const previous = known.get(sighting.serverId);
    const condition = conditionOf(sighting);
    const next: ServerAlertState = previous
      ? { ...previous }
      : { serverId: sighting.serverId, announced: condition, pending: null, pendingSweeps: 0, tools: null, prompts: null };

    if (previous && condition !== null) {
      if (condition === previous.announced) {
        next.pending = null;
        next.pendingSweeps = 0;
      } else {
        next.pendingSweeps = previous.pending === condition ? previous.pendingSweeps + 1 : 1;
        next.pending = condition;
        if (next.pendingSweeps >= confirmSweeps) {
          // A first known condition is a baseline too: there was nothing to recover from.
          if (!(previous.announced === null && condition === 'ready')) {
            drafts.push(draftFor(sighting, KIND_OF[condition], previous.announced, condition));
          }
          next.announced = condition;
          next.pending = null;
          next.pendingSweeps = 0;
        }
      }
    }

    if (sighting.tools !== null && sighting.prompts !== null) {
      if (next.tools !== null && next.prompts !== null) {
        const changes = toolChangesBetween({ tools: next.tools, prompts: next.prompts }, { tools: sighting.tools, prompts: sighting.prompts });
        if (changes !== null) drafts.push({ ...draftFor(sighting, 'capabilities_changed', condition, condition), toolChanges: changes });
      }
      next.tools = sighting.tools;
      next.prompts = sighting.prompts;
    }

    if (!previous || !sameState(previous, next)) states.push(next);
  }
  return { drafts, states };
}

function sameState(a: ServerAlertState, b: ServerAlertState): boolean {
  return (
    a.announced === b.announced &&
    a.pending === b.pending &&
    a.pendingSweeps === b.pendingSweeps &&
    JSON.stringify(a.tools) === JSON.stringify(b.tools) &&
    JSON.stringify(a.prompts) === JSON.stringify(b.prompts)
  );
}

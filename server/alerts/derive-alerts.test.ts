import { describe, expect, it } from 'vitest';
import { conditionOf, deriveAlerts, type ServerAlertState } from './derive-alerts.ts';
import { fingerprint, PROMPT_PARTS, TOOL_PARTS, type ServerSighting } from './sightings.ts';

const search = { name: 'search', description: 'Search issues', inputSchema: { type: 'object', properties: { q: { type: 'string' } } } };
const create = { name: 'create_issue', description: 'Create an issue', inputSchema: { type: 'object', properties: {} } };

function sighting(overrides: Partial<ServerSighting> & { toolList?: Record<string, unknown>[] } = {}): ServerSighting {
  const { toolList = [search], ...rest } = overrides;
  const ready = (rest.status ?? 'ready') === 'ready';
  return {
    serverId: 'github',
    name: 'GitHub',
    portals: [{ id: 'engineering', name: 'Engineering' }],
    status: 'ready',
    authenticationStatus: 'not_required',
    error: null,
    errorDetails: null,
    tools: ready ? fingerprint(toolList, TOOL_PARTS) : null,
    prompts: ready ? fingerprint([], PROMPT_PARTS) : null,
    ...rest,
  };
}

const failing = (extra: Partial<ServerSighting> = {}) =>
  sighting({ status: 'error', error: 'Could not connect to the MCP server', errorDetails: { cause: 'ECONNREFUSED' }, ...extra });

/** Runs sweeps in order, carrying the state between them as the store does; returns every sweep's alerts. */
function sweeps(rounds: ServerSighting[][], confirmSweeps = 2) {
  const known = new Map<string, ServerAlertState>();
  return rounds.map((sightings) => {
    const { drafts, states } = deriveAlerts({ known, sightings, confirmSweeps });
    for (const state of states) known.set(state.serverId, state);
    return drafts;
  });
}

describe('conditions', () => {
  it('reads Sync Required from the status or the admin sign-in, and prefers it to an error', () => {
    expect(conditionOf({ status: 'stale', authenticationStatus: 'connected' })).toBe('reauth_required');
    expect(conditionOf({ status: 'ready', authenticationStatus: 'required' })).toBe('reauth_required');
    expect(conditionOf({ status: 'error', authenticationStatus: 'stale' })).toBe('reauth_required');
    expect(conditionOf({ status: 'error', authenticationStatus: 'not_required' })).toBe('error');
    expect(conditionOf({ status: 'ready', authenticationStatus: 'connected' })).toBe('ready');
    expect(conditionOf({ status: 'waiting', authenticationStatus: null })).toBeNull();
    expect(conditionOf({ status: 'degraded', authenticationStatus: null })).toBeNull();
  });
});

describe('state alerts', () => {
  it('takes the first sighting as the baseline: turning alerts on announces nothing already failing', () => {
    expect(sweeps([[failing()], [failing()]])).toEqual([[], []]);
  });

  it('announces a failure once two sweeps in a row have seen it, and only once', () => {
    const [first, second, third, fourth] = sweeps([[sighting()], [failing()], [failing()], [failing()]]);
    expect(first).toEqual([]);
    expect(second).toEqual([]);
    expect(third).toMatchObject([{ kind: 'failing', serverId: 'github', from: 'ready', to: 'error', error: 'Could not connect to the MCP server' }]);
    expect(third?.[0]?.errorDetails).toEqual({ cause: 'ECONNREFUSED' });
    expect(fourth).toEqual([]);
  });

  it('keeps a one-sweep blip quiet (damping), and announces at once with ALERT_CONFIRM_SWEEPS=1', () => {
    expect(sweeps([[sighting()], [failing()], [sighting()], [sighting()]]).flat()).toEqual([]);
    expect(sweeps([[sighting()], [failing()], [sighting()]], 1).flat().map((alert) => alert.kind)).toEqual(['failing', 'recovered']);
  });

  it('announces a recovery after a failure, and re-authentication as its own kind', () => {
    const alerts = sweeps([
      [sighting()],
      [failing()],
      [failing()],
      [sighting()],
      [sighting()],
      [sighting({ status: 'stale', authenticationStatus: 'stale' })],
      [sighting({ status: 'stale', authenticationStatus: 'stale' })],
    ]).flat();
    expect(alerts.map((alert) => [alert.kind, alert.from, alert.to])).toEqual([
      ['failing', 'ready', 'error'],
      ['recovered', 'error', 'ready'],
      ['reauth_required', 'ready', 'reauth_required'],
    ]);
  });

  it('lets states in between (a sync running) neither announce nor reset what is building up', () => {
    const alerts = sweeps([[sighting()], [failing()], [sighting({ status: 'waiting' })], [failing()]]).flat();
    expect(alerts.map((alert) => alert.kind)).toEqual(['failing']);
  });

  it('makes one alert for a server in several portals, naming them all', () => {
    const portals = [
      { id: 'engineering', name: 'Engineering' },
      { id: 'platform', name: 'Platform' },
    ];
    const alerts = sweeps([[sighting({ portals })], [failing({ portals })], [failing({ portals })]]).flat();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.portals).toEqual(portals);
  });
});

describe('tool changes', () => {
  it('names tools added and removed, at the first sweep that sees them', () => {
    const alerts = sweeps([[sighting({ toolList: [search] })], [sighting({ toolList: [create] })]]).flat();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'capabilities_changed', serverName: 'GitHub' });
    expect(alerts[0]?.toolChanges).toEqual({
      tools_added: ['create_issue'],
      tools_removed: ['search'],
      tools_changed: [],
      prompts_added: [],
      prompts_removed: [],
      prompts_changed: [],
    });
  });

  it('says which part of an existing tool changed: its description, its input schema', () => {
    const described = { ...search, description: 'Search issues and pull requests' };
    const widened = { ...search, inputSchema: { type: 'object', properties: { q: { type: 'string' }, repo: { type: 'string' } } } };
    const alerts = sweeps([[sighting({ toolList: [search] })], [sighting({ toolList: [described] })], [sighting({ toolList: [{ ...widened, description: described.description }] })]]).flat();
    expect(alerts.map((alert) => alert.toolChanges?.tools_changed)).toEqual([
      [{ name: 'search', changed: ['description'] }],
      [{ name: 'search', changed: ['input_schema'] }],
    ]);
  });

  it('ignores key order in a schema, and a failing server’s empty lists', () => {
    const reordered = { name: 'search', inputSchema: { properties: { q: { type: 'string' } }, type: 'object' }, description: 'Search issues' };
    expect(sweeps([[sighting()], [sighting({ toolList: [reordered] })], [failing()], [sighting()]], 1).flat().map((alert) => alert.kind)).toEqual([
      'failing',
      'recovered',
    ]);
  });
});

/**
 * The "large" dataset `npm run bench` measures against: the demo account
 * grown to 500 portals, and the 40-server portal with 300 tools per server
 * (12,000 tools on one page). Chosen by EMBEDDED_API_DATASET=large.
 */
import { createDemoState } from './demo-data.ts';
import { FLEET_PORTAL_ID } from './demo-fleet.ts';
import type { EmbeddedApiState, StoredPortal } from './embedded-api-state.ts';
import { isoAt, portalMember } from './embedded-api-state.ts';

export const LARGE_PORTAL_COUNT = 500;
export const LARGE_TOOLS_PER_SERVER = 300;

const DAY = 24 * 3_600_000;

export function createLargeState(now: number): EmbeddedApiState {
  const state = createDemoState(now);
  const fleet = state.portals.find((portal) => portal.record.id === FLEET_PORTAL_ID);
  for (const member of fleet?.servers ?? []) {
    const server = state.servers.get(member.serverId);
    if (!server) continue;
    const prefix = server.record.id.replace(/-/g, '_');
    server.record.tools = Array.from({ length: LARGE_TOOLS_PER_SERVER }, (_, index) => ({
      name: `${prefix}_tool_${String(index + 1).padStart(3, '0')}`,
      description: `Tool ${index + 1} of ${server.record.name}: reads or changes one kind of ${server.record.name} record.`,
      inputSchema: { type: 'object', properties: { id: { type: 'string', description: 'Record id' } }, required: ['id'] },
    }));
  }
  const serverIds = [...state.servers.keys()];
  const extra: StoredPortal[] = Array.from({ length: LARGE_PORTAL_COUNT - state.portals.length }, (_, index) => {
    const id = `team-${String(index + 1).padStart(3, '0')}`;
    return {
      record: {
        id,
        name: `Team portal ${index + 1}`,
        hostname: `${id}.mcp.acme-corp.example`,
        description: `Generated portal ${index + 1} of the large dataset.`,
        code_mode: 'opt_in',
        allow_code_mode: true,
        secure_web_gateway: index % 2 === 0,
        created_at: isoAt(now - (index + 10) * DAY),
        created_by: 'bench@acme-corp.example',
        modified_at: isoAt(now - (index % 30) * DAY),
        modified_by: 'bench@acme-corp.example',
      },
      servers: [0, 1, 2].map((offset) => portalMember(serverIds[(index * 3 + offset) % serverIds.length] ?? 'github')),
    };
  });
  return { portals: [...state.portals, ...extra], servers: state.servers };
}

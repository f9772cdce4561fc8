import { describe, expect, it } from 'vitest';
import { portalSchema, type Portal } from '@/cloudflare-api/portal-schema';
import { blastRadius } from '@/features/servers/blast-radius/blast-radius';

function portal(id: string, servers: unknown[]): Portal {
  return portalSchema.parse({ id, name: `Portal ${id}`, hostname: `${id}.example`, servers });
}

const tools = [{ name: 'search' }, { name: 'create' }, { name: 'delete' }];
const prompts = [{ name: 'summarise' }];
const github = (overrides: Record<string, unknown> = {}) => ({ id: 'github', name: 'GitHub', hostname: 'https://gh.example', auth_type: 'oauth', tools, prompts, ...overrides });
const other = { id: 'sentry', name: 'Sentry', hostname: 'https://sentry.example', auth_type: 'bearer', tools, prompts: [] };

describe('blastRadius', () => {
  it("counts, per portal that includes the server, the tools and prompts that portal's users can use", () => {
    const radius = blastRadius(
      [
        portal('engineering', [github(), other]),
        // This portal switched one tool off: its users lose two tools, not three.
        portal('mobile', [github({ updated_tools: [{ name: 'delete', enabled: false }] })]),
        portal('support', [other]),
        // Everything off unless enabled: one tool and no prompts reach users here.
        portal('locked', [github({ default_disabled: true, updated_tools: [{ name: 'search', enabled: true }] })]),
      ],
      'github',
    );
    expect(radius.portals).toEqual([
      { portalId: 'engineering', portalName: 'Portal engineering', enabledTools: 3, enabledPrompts: 1 },
      { portalId: 'mobile', portalName: 'Portal mobile', enabledTools: 2, enabledPrompts: 1 },
      { portalId: 'locked', portalName: 'Portal locked', enabledTools: 1, enabledPrompts: 0 },
    ]);
    expect(radius).toMatchObject({ enabledTools: 6, enabledPrompts: 2 });
  });

  it('is empty when no portal includes the server', () => {
    expect(blastRadius([portal('support', [other])], 'github')).toEqual({ portals: [], enabledTools: 0, enabledPrompts: 0 });
  });
});

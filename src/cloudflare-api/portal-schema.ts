import * as z from 'zod/mini';
// Relative imports: the Node side loads this through the contract, where `@/` may not resolve.
import { openEnum } from '../lib/cloudflare/envelope-schema.ts';
import { portalServerSchema, type PortalServer } from './server-schema.ts';
import { describeIssue } from '../lib/describe-zod-issue.ts';

export const CODE_MODES = ['off', 'opt_in', 'default_on', 'enforced'] as const;

const portalFields = {
  id: z.string(),
  hostname: z.string(),
  name: z.string(),
  description: z.nullish(z.string()),
  code_mode: z.nullish(openEnum(CODE_MODES)),
  /** Deprecated by Cloudflare in favour of `code_mode`; still read when `code_mode` is absent. */
  allow_code_mode: z.nullish(z.boolean()),
  secure_web_gateway: z.nullish(z.boolean()),
  created_at: z.nullish(z.string()),
  created_by: z.nullish(z.string()),
  modified_at: z.nullish(z.string()),
  modified_by: z.nullish(z.string()),
};

/** A portal exactly as Cloudflare sends it: what the embedded API builds its answers from. */
export const portalWireSchema = z.object({ ...portalFields, servers: z.array(portalServerSchema) });
export type PortalWire = z.infer<typeof portalWireSchema>;

/** A server entry the dashboard could not read: enough to say which one it is and what was wrong. */
export interface UnreadableServer {
  /** Position in the API's `servers` array. */
  index: number;
  /** `id` and `name` when they at least are strings, so the admin can find the server in Cloudflare One. */
  id: string | null;
  name: string | null;
  /** The first problems, each naming its field, e.g. `servers[2].tools: expected array, received string`. */
  problems: string[];
}

function textField(item: unknown, key: string): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const value: unknown = Reflect.get(item, key);
  return typeof value === 'string' ? value : null;
}

/** One malformed server must not hide the others: each entry is parsed on its own. */
function splitServers(items: unknown[]): { servers: PortalServer[]; unreadableServers: UnreadableServer[] } {
  const servers: PortalServer[] = [];
  const unreadableServers: UnreadableServer[] = [];
  items.forEach((item, index) => {
    const parsed = z.safeParse(portalServerSchema, item);
    if (parsed.success) {
      servers.push(parsed.data);
      return;
    }
    unreadableServers.push({
      index,
      id: textField(item, 'id'),
      name: textField(item, 'name'),
      problems: parsed.error.issues.slice(0, 3).map((issue) => describeIssue(issue, ['servers', index])),
    });
  });
  return { servers, unreadableServers };
}

/** What the dashboard reads: the portal, its readable servers, and the ones it had to set aside. */
export const portalSchema = z.pipe(
  z.object({ ...portalFields, servers: z.array(z.unknown()) }),
  z.transform(({ servers, ...portal }) => ({ ...portal, ...splitServers(servers) })),
);
export type Portal = z.infer<typeof portalSchema>;

/** The list endpoint returns the same shape per item. */
export const portalListSchema = z.array(portalSchema);
export type PortalList = z.infer<typeof portalListSchema>;

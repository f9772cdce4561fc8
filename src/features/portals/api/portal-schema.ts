import { z } from 'zod';
import { openEnum } from '@/lib/cloudflare/envelope-schema';
import { portalServerSchema } from '@/features/servers/api/server-schema';

export const CODE_MODES = ['off', 'opt_in', 'default_on', 'enforced'] as const;

export const portalSchema = z.object({
  id: z.string(),
  hostname: z.string(),
  name: z.string(),
  servers: z.array(portalServerSchema),
  description: z.string().nullish(),
  code_mode: openEnum(CODE_MODES).nullish(),
  /** Deprecated by Cloudflare in favour of `code_mode`; still read when `code_mode` is absent. */
  allow_code_mode: z.boolean().nullish(),
  secure_web_gateway: z.boolean().nullish(),
  created_at: z.string().nullish(),
  created_by: z.string().nullish(),
  modified_at: z.string().nullish(),
  modified_by: z.string().nullish(),
});
export type Portal = z.infer<typeof portalSchema>;

/** The list endpoint returns the same shape per item. */
export const portalListSchema = z.array(portalSchema);
export type PortalList = z.infer<typeof portalListSchema>;

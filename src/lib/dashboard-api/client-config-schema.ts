import * as z from 'zod/mini';

/** What the Node side tells the browser about itself: never a credential. */
export const clientConfigSchema = z.object({
  mode: z.union([z.literal('live'), z.literal('demo')]),
  accountId: z.nullable(z.string()),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;

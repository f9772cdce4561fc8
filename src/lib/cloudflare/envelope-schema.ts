import * as z from 'zod/mini';

/**
 * Cloudflare API v4 envelope. Only `success` is guaranteed; everything else is
 * tolerated when missing so that an error body with an unusual shape still
 * tells us its codes.
 */
export const cfMessageSchema = z.object({
  code: z.nullish(z.number()),
  message: z.nullish(z.string()),
});
export type CfMessage = z.infer<typeof cfMessageSchema>;

export const resultInfoSchema = z.object({
  page: z.nullish(z.number()),
  per_page: z.nullish(z.number()),
  count: z.nullish(z.number()),
  total_count: z.nullish(z.number()),
  total_pages: z.nullish(z.number()),
});
export type ResultInfo = z.infer<typeof resultInfoSchema>;

export const envelopeSchema = z.object({
  success: z.boolean(),
  errors: z.nullish(z.array(cfMessageSchema)),
  messages: z.nullish(z.array(z.unknown())),
  result: z.optional(z.unknown()),
  result_info: z.nullish(resultInfoSchema),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/**
 * An enum that Cloudflare may extend. Known values keep their literal types for
 * exhaustive UI mapping; anything else is kept as the text received.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]);
}

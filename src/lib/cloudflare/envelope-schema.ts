import { z } from 'zod';

/**
 * Cloudflare API v4 envelope. Only `success` is guaranteed; everything else is
 * tolerated when missing so that an error body with an unusual shape still
 * tells us its codes.
 */
export const cfMessageSchema = z.object({
  code: z.number().nullish(),
  message: z.string().nullish(),
});
export type CfMessage = z.infer<typeof cfMessageSchema>;

export const resultInfoSchema = z.object({
  page: z.number().nullish(),
  per_page: z.number().nullish(),
  count: z.number().nullish(),
  total_count: z.number().nullish(),
  total_pages: z.number().nullish(),
});
export type ResultInfo = z.infer<typeof resultInfoSchema>;

export const envelopeSchema = z.object({
  success: z.boolean(),
  errors: z.array(cfMessageSchema).nullish(),
  messages: z.array(z.unknown()).nullish(),
  result: z.unknown().optional(),
  result_info: resultInfoSchema.nullish(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/**
 * An enum that Cloudflare may extend. Known values keep their literal types for
 * exhaustive UI mapping; anything else is kept as the text received.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]);
}

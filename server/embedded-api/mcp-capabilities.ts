/**
 * Builders for MCP tool and prompt definitions, so demo fixtures read like the
 * `tools/list` output of a real server without pages of JSON Schema noise.
 */
import type { JsonSchema, McpPrompt, McpTool } from './embedded-api-state.ts';

type Extra = Omit<JsonSchema, 'type' | 'description'>;

export const str = (description: string, extra: Extra = {}): JsonSchema => ({ type: 'string', description, ...extra });
export const int = (description: string, extra: Extra = {}): JsonSchema => ({ type: 'integer', description, ...extra });
export const bool = (description: string, extra: Extra = {}): JsonSchema => ({ type: 'boolean', description, ...extra });
export const oneOf = (description: string, values: readonly string[]): JsonSchema => ({
  type: 'string',
  description,
  enum: values,
});
export const list = (description: string, items: JsonSchema): JsonSchema => ({ type: 'array', description, items });
export const obj = (description: string, properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  description,
  properties,
});

export type ToolHints = NonNullable<McpTool['annotations']>;

export const READ_ONLY: ToolHints = { readOnlyHint: true, openWorldHint: true };
export const WRITES: ToolHints = { readOnlyHint: false, destructiveHint: false, openWorldHint: true };
export const DESTRUCTIVE: ToolHints = { readOnlyHint: false, destructiveHint: true, openWorldHint: true };

export function tool(
  name: string,
  description: string,
  properties: Record<string, JsonSchema> = {},
  required: readonly string[] = [],
  annotations?: ToolHints,
): McpTool {
  return {
    name,
    description,
    inputSchema: { type: 'object', properties, ...(required.length > 0 ? { required } : {}) },
    ...(annotations === undefined ? {} : { annotations }),
  };
}

/** `args` entries are `[name, description, required]`. */
export function prompt(name: string, description: string, args: [string, string, boolean][] = []): McpPrompt {
  return {
    name,
    description,
    arguments: args.map(([argName, argDescription, required]) => ({
      name: argName,
      description: argDescription,
      required,
    })),
  };
}

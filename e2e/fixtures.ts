import { fileURLToPath } from 'node:url';
import { test as base, expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { z } from 'zod';

import type { EmbeddedApiScenario } from '../server/embedded-api/scenario.ts';
import { APP_SERVER_KINDS, startAppServer, type AppServer, type AppServerKind } from './app-servers.ts';

/** What the embedded API should behave like for one test; server/embedded-api/scenario.ts explains each knob. */
export type ScenarioPatch = Partial<EmbeddedApiScenario>;

const embeddedApiRequestSchema = z.object({
  method: z.string(),
  path: z.string(),
  at: z.string(),
  authenticated: z.boolean(),
  syncsInFlight: z.number().optional(),
  rateLimited: z.boolean().optional(),
});
export type EmbeddedApiRequest = z.infer<typeof embeddedApiRequestSchema>;
const embeddedApiRequestsSchema = z.array(embeddedApiRequestSchema);

export interface EmbeddedApiControl {
  /** Every request the embedded API received since the last reset, oldest first. */
  requests(): Promise<EmbeddedApiRequest[]>;
  /** Changes the scenario mid-test (e.g. make the next sync slow) without clearing state. */
  setScenario(scenario: ScenarioPatch): Promise<void>;
  /** What an admin does in Cloudflare One (Edit › Authenticate server): the server's admin sign-in works again. */
  authenticate(serverId: string): Promise<void>;
  /** Lets the syncs held by `holdSyncs` answer, and stops holding new ones. */
  release(): Promise<void>;
}

interface WorkerFixtures {
  /** This worker's server for its project (`metadata.appServer` in playwright.config.ts), started on first use. */
  appServer: AppServer;
}

function appServerKind(metadata: Record<string, unknown>): AppServerKind {
  const kind = APP_SERVER_KINDS.find((candidate) => candidate === metadata.appServer);
  if (!kind) throw new Error(`Project metadata.appServer must be one of ${APP_SERVER_KINDS.join(', ')}; got ${String(metadata.appServer)}.`);
  return kind;
}

/** Tests that need only their project's server (the static demo has no embedded API of the dashboard's to reset). */
export const testWithServer = base.extend<object, WorkerFixtures>({
  appServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use, workerInfo) => {
      const server = await startAppServer(appServerKind(workerInfo.project.metadata));
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ appServer }, use) => {
    await use(appServer.baseURL);
  },
});

interface Fixtures {
  /** Scenario the embedded API is reset to before each test; override with `test.use({ embeddedApiScenario: … })`. */
  embeddedApiScenario: ScenarioPatch;
  /**
   * Console errors a test expects, e.g. `[/status of 429/]` when it drives a rate-limited scenario (Chromium logs
   * every failed fetch as "Failed to load resource: … status of 429"). Anything else still fails the test.
   */
  allowedConsoleErrors: RegExp[];
  embeddedApi: EmbeddedApiControl;
  resetEmbeddedApi: void;
  failOnConsoleErrors: void;
}

/** Syncs finish at once unless a test asks for latency, so tests never wait on the demo's realistic delays. */
const DEFAULT_SCENARIO = { syncLatencyMs: 0 } as const satisfies ScenarioPatch;

async function expectOk(response: APIResponse, what: string): Promise<void> {
  if (response.ok()) return;
  const body = (await response.text()).slice(0, 500);
  throw new Error(
    `${what} answered ${response.status()} ${response.statusText()}: ${body}\n` +
      'Is the dev server running in demo mode with the embedded API mounted at /__embedded-api/?',
  );
}

async function postJson(request: APIRequestContext, path: string, data: ScenarioPatch | { serverId: string }): Promise<void> {
  await expectOk(await request.post(path, { data }), `POST ${path}`);
}

export const test = testWithServer.extend<Fixtures>({
  embeddedApiScenario: [DEFAULT_SCENARIO, { option: true }],
  allowedConsoleErrors: [[], { option: true }],

  resetEmbeddedApi: [
    async ({ request, embeddedApiScenario }, use) => {
      // Merged so that overriding one knob (say `permission`) keeps syncs instant.
      await postJson(request, '/__embedded-api/reset', { ...DEFAULT_SCENARIO, ...embeddedApiScenario });
      await use();
    },
    { auto: true },
  ],

  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const allowed = (text: string) => allowedConsoleErrors.some((pattern) => pattern.test(text));
      page.on('console', (message) => {
        if (message.type() !== 'error' || allowed(message.text())) return;
        const { url, lineNumber } = message.location();
        problems.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => {
        if (allowed(error.message)) return;
        problems.push(`pageerror: ${error.stack ?? error.message}`);
      });
      await use();
      if (problems.length > 0) {
        throw new Error(
          `The page logged ${problems.length} error(s); fix them, or list expected ones in allowedConsoleErrors:\n` +
            problems.map((problem) => `  - ${problem}`).join('\n'),
        );
      }
    },
    { auto: true },
  ],

  embeddedApi: async ({ request }, use) => {
    await use({
      async requests() {
        const response = await request.get('/__embedded-api/requests');
        await expectOk(response, 'GET /__embedded-api/requests');
        const parsed = embeddedApiRequestsSchema.safeParse(await response.json());
        if (!parsed.success) {
          throw new Error(`GET /__embedded-api/requests returned an unexpected shape:\n${z.prettifyError(parsed.error)}`);
        }
        return parsed.data;
      },
      async setScenario(scenario) {
        await postJson(request, '/__embedded-api/scenario', scenario);
      },
      async authenticate(serverId) {
        await postJson(request, '/__embedded-api/authenticate', { serverId });
      },
      async release() {
        await expectOk(await request.post('/__embedded-api/release'), 'POST /__embedded-api/release');
      },
    });
  },
});

export { expect };

const SCREENSHOT_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Where a spec saves a screenshot meant for people (the README copies from here): e2e/.artifacts/screenshots/<name>.png,
 * gitignored. Absolute, so it does not depend on the directory Playwright was started from.
 */
export function screenshotPath(name: string): string {
  if (!SCREENSHOT_NAME.test(name)) {
    throw new Error(`Screenshot name "${name}" must be kebab-case letters and digits (it becomes a file name).`);
  }
  return fileURLToPath(new URL(`./.artifacts/screenshots/${name}.png`, import.meta.url));
}

/**
 * Where a spec saves a screenshot the README shows (its tour): docs/screenshots/<name>.png, committed, so the
 * README's pictures are always what the last e2e run saw.
 */
export function docsScreenshotPath(name: string): string {
  if (!SCREENSHOT_NAME.test(name)) {
    throw new Error(`Screenshot name "${name}" must be kebab-case letters and digits (it becomes a file name).`);
  }
  return fileURLToPath(new URL(`../docs/screenshots/${name}.png`, import.meta.url));
}

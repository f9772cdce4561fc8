/**
 * `npm run serve`: the production server. Serves `dist/` (from `npm run build`)
 * with the same proxy, configuration and guard as `npm start`.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError, describeConfig, loadDotEnv, parseConfig } from './config.ts';
import { DEMO_ACCOUNT_ID } from './embedded-api/demo-data.ts';
import { openHistoryFor } from './history/open-history.ts';
import { StoreError } from './history/open-history-db.ts';
import { createProductionServer } from './production-server.ts';

const distDir = fileURLToPath(new URL('../dist', import.meta.url));

async function main(): Promise<void> {
  loadDotEnv();
  const config = parseConfig(process.env, DEMO_ACCOUNT_ID);
  const history = await openHistoryFor(config);
  const server = await createProductionServer(config, { distDir, historyStore: history ?? undefined });
  server.listen(config.port, config.host, () => {
    const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
    console.log(`MCP Portal Dashboard on http://${shownHost}:${config.port}`);
    for (const line of describeConfig(config)) console.log(`  ${line}`);
  });
  const stop = () =>
    server.close(() => {
      history?.close();
      process.exit(0);
    });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  // Config errors name the variable, never its value; anything else is reported by type and message only.
  console.error(error instanceof ConfigError || error instanceof StoreError ? error.message : `Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

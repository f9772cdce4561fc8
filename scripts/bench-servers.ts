/**
 * The two servers `npm run bench:proxy` loads, each started in its own process
 * so neither competes with the other (or with the load generator) for a core:
 *   bench-servers.ts upstream            → the embedded API over HTTP
 *   bench-servers.ts proxy <upstreamPort> → the dashboard in live mode, pointed at it
 * Each prints `port <n>` once it listens.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '../server/config.ts';
import { createDashboardServer } from '../server/dashboard-middleware.ts';
import { sendWebResponse, toWebRequest } from '../server/http/node-adapter.ts';
import { createEmbeddedApi, DEMO_ACCOUNT_ID } from '../server/embedded-api/create-embedded-api.ts';
import { BENCH_SESSION, BENCH_TOKEN } from './bench-credentials.ts';


function listen(port: number, handler: (req: IncomingMessage, res: ServerResponse) => void): void {
  const server = createServer(handler);
  server.listen(port, '127.0.0.1', () => console.log(`port ${(server.address() as AddressInfo).port}`));
}

const [role, upstreamPort, proxyPort] = process.argv.slice(2);
if (role === 'upstream') {
  const embeddedApi = createEmbeddedApi({ credentials: { kind: 'token', token: BENCH_TOKEN } });
  listen(0, (req, res) => {
    void toWebRequest(req, res)
      .then((request) => {
        const url = new URL(request.url);
        return embeddedApi.handle(new Request(`http://upstream.invalid/client/v4${url.pathname}${url.search}`, request));
      })
      .then((response) => sendWebResponse(res, response));
  });
} else if (role === 'proxy' && upstreamPort && proxyPort) {
  const config = parseConfig(
    { CLOUDFLARE_API_TOKEN: BENCH_TOKEN, CLOUDFLARE_API_BASE_URL: `http://127.0.0.1:${upstreamPort}`, PORT: proxyPort },
    DEMO_ACCOUNT_ID,
  );
  const dashboard = createDashboardServer(config, { sessionSecret: BENCH_SESSION });
  listen(Number(proxyPort), (req, res) => dashboard.middleware(req, res, () => res.end()));
} else {
  console.error('usage: bench-servers.ts upstream | proxy <upstreamPort> <proxyPort>');
  process.exit(2);
}

import { createServer } from 'node:net';

/**
 * Asks the OS for a port that is free right now on `host`: listen on port 0, read what was assigned, close.
 * Another process could take it before we reuse it; the dev server runs with `--strictPort`, so that rare race
 * fails loudly instead of silently serving on a different port.
 *
 * @param {string} [host]
 * @returns {Promise<number>}
 */
export function getFreePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error(`Could not read the port assigned on ${host}`));
        return;
      }
      server.close((error) => (error ? reject(error) : resolve(address.port)));
    });
  });
}

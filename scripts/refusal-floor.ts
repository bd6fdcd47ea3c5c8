import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BUSY, sendRefusal } from '../src/api/limits/admission';

/**
 * The refusal floor of `npm run soak`'s burst profile: a server that answers every request with
 * the API's own SERVER_BUSY refusal (the same sendRefusal, the same bytes) and does nothing else.
 * The soak loads it with the bursts it sent the API, on the same machine, in the same run: its
 * refusal p99 is what the HTTP stack and the load generator cost on their own, and what the API
 * shows beyond it is what its running requests cost the refusals.
 *
 * Run as its own process (`node dist/scripts/refusal-floor.js`), like the API: it prints its
 * port on the first line of stdout.
 */
export function startRefusalFloor(port = 0): Promise<Server> {
  const server = http.createServer((_req, res) => sendRefusal(res, BUSY));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (require.main === module) {
  void startRefusalFloor().then((server) => {
    process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
  });
}

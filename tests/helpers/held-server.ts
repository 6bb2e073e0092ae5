import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route does with a request; a route that neither ends nor destroys the response holds it. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * A real HTTP server on localhost for the download tests: `routes` by path, every other path held without an
 * answer. Held responses are kept until `close`, so a short time limit under test is reached by the server's
 * silence, never by a race. `/stall` (headers and half a body, then nothing) is there by default.
 */
export async function heldServer(routes: Record<string, Route> = {}): Promise<{ base: string; seen: http.IncomingHttpHeaders[]; close: () => Promise<void> }> {
  const held: http.ServerResponse[] = [];
  const seen: http.IncomingHttpHeaders[] = [];
  const all: Record<string, Route> = {
    '/stall': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': '1000' });
      res.write('<html><head><title>');
    },
    ...routes,
  };
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    const route = all[req.url ?? '/'];
    if (route) route(req, res);
    if (!res.writableEnded && !res.destroyed) held.push(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: async () => {
      for (const res of held) res.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

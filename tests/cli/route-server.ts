import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** Path → [Content-Type, body]; any other path answers 404. */
export type Routes = Record<string, [string, string | Uint8Array]>;

/**
 * A local HTTP server for the CLI's URL tests, started before the file's tests and closed after them;
 * `onHit` sees every request (to measure the pacing between them).
 */
export function useRouteServer(routes: Routes, notFound: [string, string], onHit?: (url: string) => void): { readonly base: string } {
  let server: Server | undefined;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      onHit?.(req.url ?? '');
      const route = routes[req.url ?? ''];
      if (!route) return void res.writeHead(404, { 'content-type': notFound[0] }).end(notFound[1]);
      res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
    });
    await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((ok) => server?.close(ok));
  });
  return {
    get base() {
      return base;
    },
  };
}

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  /** Paths requested so far, in order (query strings included). */
  hits: string[];
  close(): Promise<void>;
}

/**
 * A tiny HTTP server on 127.0.0.1 (random port) for test pages. `routes` maps a path to an HTML
 * body, or to `{ body, type }`; anything else is a 404 with an empty body, except /favicon.ico
 * (an empty 200, so browsers log no failed favicon load).
 */
export async function startLocalServer(routes: Record<string, string | { body: string; type: string }>): Promise<LocalServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const route = routes[path.split('?')[0] ?? '/'] ?? (path === '/favicon.ico' ? { body: '', type: 'image/x-icon' } : undefined);
    const { body, type } =
      typeof route === 'string' ? { body: route, type: 'text/html; charset=utf-8' } : (route ?? { body: '', type: 'text/plain' });
    res.writeHead(route === undefined ? 404 : 200, {
      'content-type': type,
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

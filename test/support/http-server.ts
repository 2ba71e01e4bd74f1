/**
 * A local HTTP server for download tests: 127.0.0.1 on an ephemeral port, serving real files
 * (from ../shared/data or a temp dir) per route, or misbehaving on purpose as a real server
 * can: an error status, no response at all, a body that stops flowing, a body shorter than
 * its Content-Length. It counts requests per route, and closes itself after `lifetimeMs`
 * even if a test forgets to.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

export type Route =
  /** The whole file with a correct Content-Length, and Last-Modified when given (a Date). */
  | { readonly kind: 'file'; readonly path: string; readonly lastModified?: Date }
  /** An error status with a short text body. */
  | { readonly kind: 'status'; readonly status: number }
  /** Accepts the request and never answers. */
  | { readonly kind: 'no-response' }
  /** Headers (full Content-Length) and the first `afterBytes` bytes, then silence. */
  | { readonly kind: 'stall'; readonly path: string; readonly afterBytes: number }
  /** Headers (full Content-Length) and the first `afterBytes` bytes, then the connection is closed. */
  | { readonly kind: 'short'; readonly path: string; readonly afterBytes: number };

export interface TestServer {
  url(routePath: string): string;
  route(routePath: string, route: Route): void;
  requestCount(routePath: string): number;
  close(): Promise<void>;
}

async function respond(route: Route | undefined, response: ServerResponse): Promise<void> {
  if (route === undefined) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  switch (route.kind) {
    case 'status':
      return void response.writeHead(route.status, { 'content-type': 'text/plain' }).end(`status ${route.status}`);
    case 'no-response':
      return;
    case 'file': {
      const body = await readFile(route.path);
      const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream', 'content-length': body.length };
      if (route.lastModified !== undefined) headers['last-modified'] = route.lastModified.toUTCString();
      return void response.writeHead(200, headers).end(body);
    }
    case 'stall':
    case 'short': {
      const body = await readFile(route.path);
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
      response.write(body.subarray(0, route.afterBytes), () => {
        if (route.kind === 'short') response.destroy();
      });
    }
  }
}

export async function startTestServer(options: { lifetimeMs?: number } = {}): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const counts = new Map<string, number>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    respond(routes.get(path), response).catch((error: Error) => response.destroy(error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const lifetime = setTimeout(() => void close(), options.lifetimeMs ?? 120_000);
  lifetime.unref();
  return {
    url: (routePath) => `http://127.0.0.1:${port}${routePath}`,
    route: (routePath, route) => void routes.set(routePath, route),
    requestCount: (routePath) => counts.get(routePath) ?? 0,
    async close() {
      clearTimeout(lifetime);
      if (server.listening) await close();
    },
  };
}

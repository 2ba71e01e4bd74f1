/**
 * Runs the HTTP application on a port: builds the screening index in the background (readyz
 * answers 503 until it is built), then checks the store for newly recorded snapshots every
 * `refreshMs` and swaps in a rebuilt index (see service/live-index.ts). Once an index is
 * built, the FARA principals are linked to the listed parties in the background, so the first
 * /lobbying request or entity page does not wait for it.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import { NotFoundError } from '../model/errors.js';
import { LiveScreeningIndex } from '../service/live-index.js';
import { lobbyingLinks } from '../service/lobbying.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';
import { DEFAULT_LIMITS, type AccessSettings, type ApiLimits } from './types.js';

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly logger: Logger;
  /** How often the store is asked whether a snapshot was recorded. */
  readonly refreshMs: number;
  readonly webRoot?: string;
  readonly limits?: ApiLimits;
  /** API keys and rate limits; default DEFAULT_ACCESS (keys optional). */
  readonly access?: Partial<AccessSettings>;
}

export interface RunningServer {
  readonly url: string;
  readonly index: LiveScreeningIndex;
  close(): Promise<void>;
}

export async function startServer(store: Store, options: ServerOptions): Promise<RunningServer> {
  const { logger } = options;
  const index = new LiveScreeningIndex(store);
  const app = buildApp({ store, index, logger, limits: options.limits ?? DEFAULT_LIMITS, webRoot: options.webRoot, access: options.access });
  const server = await listen(app.fetch, options);
  const address = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${address.port}`;
  logger.info({ url }, 'listening');

  const refresh = async () => {
    const started = performance.now();
    try {
      if (await index.refresh()) {
        logger.info({ snapshots: index.current().snapshots, duration_ms: Math.round(performance.now() - started) }, 'screening index built');
        void prepareLobbyingLinks(store, logger);
      }
    } catch (error) {
      logger.error({ err: error }, 'screening index rebuild failed; the previous index stays in use');
    }
  };
  void refresh();
  const timer = setInterval(() => void refresh(), options.refreshMs);
  timer.unref();
  return {
    url,
    index,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(timer);
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Links every FARA principal once (tens of seconds over a whole FARA file, giving way to requests); later /lobbying requests reuse the matches. */
async function prepareLobbyingLinks(store: Store, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    const links = await lobbyingLinks(store, { sanctionedOnly: true });
    logger.info({ links: links.length, duration_ms: Math.round(performance.now() - started) }, 'lobbying links prepared');
  } catch (error) {
    // No FARA snapshot or no sanctions list: there is nothing to link.
    if (!(error instanceof NotFoundError)) logger.warn({ err: error }, 'lobbying links could not be prepared; /lobbying will link on request');
  }
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], options: ServerOptions): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: options.port, hostname: options.host }, () => resolve(server));
    server.once('error', reject);
  });
}

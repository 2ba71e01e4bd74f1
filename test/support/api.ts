/**
 * The HTTP application over a real store with real snapshots, for API tests. Requests go
 * through `app.request()` (the whole middleware chain, no socket); `serveOverSnapshots` also
 * listens on a loopback port for tests that need a real HTTP client or browser.
 */
import { pino } from 'pino';
import { buildApp } from '../../src/api/app.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { DEFAULT_LIMITS, type ApiApp, type ApiDeps } from '../../src/api/types.js';
import type { LoadRequest } from '../../src/service/ingest.js';
import { LiveScreeningIndex } from '../../src/service/live-index.js';
import type { Store } from '../../src/store/store.js';
import { sharedData } from './paths.js';
import { ofacSnapshot } from './ofac-files.js';
import { BACKENDS, openWithSnapshots, type BackendUnderTest } from './stores.js';

/** OFAC SDN before and after EN+ Group's delisting (2019-01-27), and the UN list of 2026-02-27. */
export const API_SNAPSHOTS: readonly LoadRequest[] = [
  ofacSnapshot('2019-01-04'),
  ofacSnapshot('2021-06-29'),
  { format: 'un-xml', path: sharedData('un', '2026-02-27', 'consolidated.xml'), asOf: '2026-02-27' },
];

/** Logs go nowhere unless TEST_API_LOG is set (then to stderr). */
export const testLogger = () => pino({ level: process.env.TEST_API_LOG ? 'info' : 'silent' });

export interface ApiUnderTest {
  readonly app: ApiApp;
  readonly deps: ApiDeps;
  readonly store: Store;
  /** Parses the JSON body; fails with the status and body text when the status is not `status`. */
  json(path: string, init?: RequestInit, status?: number): Promise<any>;
  close(): Promise<void>;
}

/** The app over a new store with `loads` recorded and the index built. */
export async function apiOverSnapshots(loads: readonly LoadRequest[] = API_SNAPSHOTS, backend: BackendUnderTest = BACKENDS[0]!): Promise<ApiUnderTest> {
  const store = await openWithSnapshots(backend, loads);
  const index = new LiveScreeningIndex(store);
  await index.refresh();
  const deps: ApiDeps = { store, index, logger: testLogger(), limits: DEFAULT_LIMITS };
  const app = buildApp(deps);
  return {
    app,
    deps,
    store,
    async json(path, init, status = 200) {
      const response = await app.request(path, init);
      const text = await response.text();
      if (response.status !== status) throw new Error(`${init?.method ?? 'GET'} ${path}: expected ${status}, got ${response.status}: ${text.slice(0, 500)}`);
      return JSON.parse(text);
    },
    close: () => store.close(),
  };
}

/** A listening server (loopback, free port) over a new store with `loads` recorded, ready to match. */
export async function serveOverSnapshots(loads: readonly LoadRequest[] = API_SNAPSHOTS, webRoot?: string): Promise<{ server: RunningServer; store: Store; close(): Promise<void> }> {
  const store = await openWithSnapshots(BACKENDS[0]!, loads);
  const server = await startServer(store, { port: 0, host: '127.0.0.1', logger: testLogger(), refreshMs: 60_000, webRoot });
  await server.index.refresh();
  return {
    server,
    store,
    async close() {
      await server.close();
      await store.close();
    },
  };
}

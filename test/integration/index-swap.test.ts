/**
 * The shared deployment of DESIGN.md's Scale section, for real: PostgreSQL as the store of
 * record and two API processes (`sanctions serve` children), each holding its own
 * screening index. The servers run apart from this process so that the clients here are
 * never held up by a server's index rebuild. A third process (`sanctions load`) records a new OFAC
 * snapshot while clients keep sending POST /match to both servers; each server learns of the
 * snapshot through the database, rebuilds beside the index in use and swaps it in. Every
 * request must get a 200 throughout, and EN+ GROUP PLC (ofac-24226, delisted by OFAC on
 * 2019-01-27) must stop matching once the 2021-06-29 snapshot is in use.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { loadSnapshot } from '../../src/service/ingest.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { CLI, startCli } from '../support/cli.js';
import { ofacSnapshot } from '../support/ofac-files.js';
import { createTestDatabase, type TestDatabase } from '../support/pg-database.js';

const REFRESH_MS = 200;
const EN_PLUS = 'ofac-24226';
const QUERIES = [
  { schema: 'Company', properties: { name: ['EN+ GROUP PLC'] } },
  { schema: 'Person', properties: { name: ['Sergei Chemezov'], birthDate: ['1952-08-20'] } },
  { schema: 'Company', properties: { name: ['United Company Rusal'] } },
  { schema: 'Person', properties: { name: ['Oleg Deripaska'] } },
];

interface Readiness {
  status: string;
  snapshots: { dataset: string; as_of: string }[];
}

async function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as T };
}

/** The ids /match returns for one query, with the HTTP status. */
async function matchIds(baseUrl: string, query: object): Promise<{ status: number; ids: string[] }> {
  const response = await fetch(`${baseUrl}/match/default`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ queries: { q: query } }),
  });
  if (response.status !== 200) return { status: response.status, ids: [] };
  const body = (await response.json()) as { responses: Record<string, { results: { id: string }[] }> };
  return { status: 200, ids: body.responses.q!.results.map((r) => r.id) };
}

/** Polls /readyz until `accept` holds; fails after `timeoutMs`. */
async function waitForReadiness(baseUrl: string, accept: (r: Readiness) => boolean, timeoutMs: number): Promise<Readiness> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await getJson<Readiness>(`${baseUrl}/readyz`).catch(() => ({ status: 0, body: undefined }));
    if (status === 200 && body !== undefined && accept(body)) return body;
    if (Date.now() > deadline) throw new Error(`${baseUrl}/readyz: not as expected after ${timeoutMs} ms (last: ${status} ${JSON.stringify(body)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts `sanctions serve` on a free loopback port and resolves with its URL, read from its "listening" log line. */
async function serveInChild(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = startCli(['--database-url', databaseUrl, 'serve', '--port', '0', '--refresh-seconds', String(REFRESH_MS / 1000)]);
  const lines = createInterface({ input: child.stdout! });
  const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
  child.stderr!.resume();
  for await (const line of lines) {
    const record = (line.startsWith('{') ? JSON.parse(line) : {}) as { msg?: string; url?: string };
    if (record.msg === 'listening' && record.url !== undefined) {
      clearTimeout(timer);
      child.stdout!.resume();
      return { child, url: record.url };
    }
  }
  throw new Error(`sanctions serve exited before listening: ${child.exitCode}`);
}

/** Clients sending the queries in turn to every server until stopped; each response's status and ids. */
function startClients(urls: readonly string[], clientsPerServer: number) {
  const outcomes: { url: string; query: number; sentAt: number; ms: number; status: number; ids: string[] }[] = [];
  let isRunning = true;
  const loops = urls.flatMap((url) =>
    Array.from({ length: clientsPerServer }, async (_, client) => {
      for (let n = client; isRunning; n++) {
        const query = n % QUERIES.length;
        const sentAt = performance.now();
        const answer = await matchIds(url, QUERIES[query]!).catch((error: Error) => ({ status: -1, ids: [`${error.message}: ${String(error.cause)}`] }));
        outcomes.push({ url, query, sentAt, ms: performance.now() - sentAt, ...answer });
      }
    }),
  );
  return {
    outcomes,
    async stop() {
      isRunning = false;
      await Promise.all(loops);
    },
  };
}

describe('index swap across API processes on PostgreSQL', { timeout: 360_000 }, () => {
  let database: TestDatabase;
  let store: PostgresStore;
  const servers: { child: ChildProcess; url: string }[] = [];

  before(async () => {
    database = await createTestDatabase();
    store = new PostgresStore(database.url);
    await store.migrate();
    await loadSnapshot(store, ofacSnapshot('2019-01-04'));
    servers.push(await serveInChild(database.url), await serveInChild(database.url));
  });

  after(async () => {
    for (const { child } of servers) {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
    await store?.close();
    await database?.drop();
  });

  it('both servers swap to the snapshot another process records, without a failed request', async (t) => {
    const urls = servers.map((s) => s.url);
    const before2019 = (r: Readiness) => r.snapshots.some((s) => s.dataset === 'us_ofac_sdn' && s.as_of === '2019-01-04');
    for (const url of urls) {
      assert.deepEqual((await waitForReadiness(url, before2019, 60_000)).snapshots, [{ dataset: 'us_ofac_sdn', as_of: '2019-01-04' }]);
      assert.ok((await matchIds(url, QUERIES[0]!)).ids.includes(EN_PLUS), `${url}: EN+ GROUP PLC matches on 2019-01-04`);
    }

    const clients = startClients(urls, 2);
    const snapshot = ofacSnapshot('2021-06-29');
    const load = spawn(process.execPath, [CLI, '--database-url', database.url, 'load', snapshot.format, snapshot.path, '--as-of', snapshot.asOf], { stdio: 'pipe' });
    let loadOutput = '';
    load.stdout.on('data', (chunk: Buffer) => (loadOutput += chunk.toString()));
    load.stderr.on('data', (chunk: Buffer) => (loadOutput += chunk.toString()));
    const [loadStatus] = (await once(load, 'exit')) as [number];
    const loadedAt = performance.now();
    assert.equal(loadStatus, 0, loadOutput);
    assert.match(loadOutput, /^us_ofac_sdn 2021-06-29: 8976 listed/);
    const requestsBeforeSwap = clients.outcomes.length;

    const after2021 = (r: Readiness) => r.snapshots.some((s) => s.dataset === 'us_ofac_sdn' && s.as_of === '2021-06-29');
    const swappedAt = new Map<string, number>();
    for (const url of urls) {
      assert.deepEqual((await waitForReadiness(url, after2021, 60_000)).snapshots, [{ dataset: 'us_ofac_sdn', as_of: '2021-06-29' }]);
      swappedAt.set(url, performance.now());
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await clients.stop();

    const swapSeconds = urls.map((url) => ((swappedAt.get(url)! - loadedAt) / 1000).toFixed(1));
    const slowestMs = Math.max(...clients.outcomes.map((o) => o.ms)).toFixed(0);
    t.diagnostic(`${clients.outcomes.length} requests (${requestsBeforeSwap} while the snapshot was loaded), slowest ${slowestMs} ms; index swapped ${swapSeconds.join(' s and ')} s after the load ended`);
    const failures = clients.outcomes.filter((o) => o.status !== 200);
    assert.deepEqual(failures, [], `${failures.length} of ${clients.outcomes.length} requests failed`);
    assert.ok(requestsBeforeSwap >= 20, `only ${requestsBeforeSwap} requests were sent while the snapshot was loaded`);
    const enPlusAnswers = clients.outcomes.filter((o) => o.query === 0);
    assert.ok(enPlusAnswers.slice(0, 2).every((o) => o.ids.includes(EN_PLUS)), 'EN+ GROUP PLC matched before the swap');
    const afterSwap = enPlusAnswers.filter((o) => o.sentAt > swappedAt.get(o.url)!);
    assert.ok(afterSwap.length >= 2, `only ${afterSwap.length} EN+ queries after the swap`);
    for (const outcome of afterSwap) assert.ok(!outcome.ids.includes(EN_PLUS), `${outcome.url} still returns ${EN_PLUS}: ${outcome.ids.join(', ')}`);
    for (const url of urls) assert.ok(!(await matchIds(url, QUERIES[0]!)).ids.includes(EN_PLUS), `${url}: EN+ GROUP PLC no longer matches`);
    assert.ok((await matchIds(urls[1]!, QUERIES[1]!)).ids.includes('ofac-16685'), 'CHEMEZOV, Sergei (ofac-16685) still matches');
  });
});

/**
 * API load benchmark (last step of `npm run bench`; alone: `node dist/bench/api-load.bench.js`):
 * POST /match/default throughput and latency over loopback, with 1 and then 16 concurrent
 * connections, each bounded in time.
 *
 * - Store: a SQLite file with the shipped sample snapshots (sample-data/manifest.json: OFAC
 *   SDN 2019-01-04, 2021-06-29, 2024-07-02, UK 2020-04-27) and the UN list of 2026-02-27 from
 *   ../shared/data, recorded by `sanctions load-manifest` (BENCH_API_DB names a file to keep
 *   between runs: recorded snapshots are skipped; default a new temp file).
 * - Server: `sanctions serve --port 0` in a child process, so the load generator does not
 *   share its event loop; the benchmark waits for /readyz.
 * - Queries: QUERY_COUNT listed names of the served lists, perturbed (typos, other
 *   romanizations, reordering, initials: perturbed-queries.ts), one yente-style query per
 *   request (`{"queries": {"q1": {"schema", "properties": {"name": [...]}}}}`), sent in turn.
 * - Runs: WARMUP_SECONDS unrecorded, then MEASURE_SECONDS recorded, per connection count.
 *   Any socket error, timeout or non-2xx answer fails the benchmark (exit 1).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { readManifest } from '../src/cli/commands/load-manifest.js';
import { loadScreeningCorpus } from '../src/service/screening-corpus.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { perturbedQueries } from './perturbed-queries.js';

const here = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(here, '../..');
const CLI = join(REPO, 'dist/src/main.js');
const SAMPLE_MANIFEST = join(REPO, 'sample-data/manifest.json');
const UN_LIST = resolve(REPO, '../shared/data/un/2026-02-27/consolidated.xml');
const QUERY_COUNT = 500;
const QUERY_SEED = 7;
const CONNECTIONS = [1, 16];
const WARMUP_SECONDS = Number(process.env.BENCH_API_WARMUP_SECONDS ?? 3);
const MEASURE_SECONDS = Number(process.env.BENCH_API_SECONDS ?? 15);
/** A request slower than this counts as a failure (autocannon's timeout). */
const REQUEST_TIMEOUT_SECONDS = 10;
const SERVER_START_TIMEOUT_MS = 300_000;

/** The sample manifest plus the UN list, as one manifest file (absolute paths) in `dir`. */
async function benchManifest(dir: string): Promise<string> {
  const sample = await readManifest(SAMPLE_MANIFEST);
  const entries = sample.map((e) => ({ format: e.request.format, path: e.request.path, as_of: e.request.asOf }));
  entries.push({ format: 'un-xml', path: UN_LIST, as_of: '2026-02-27' });
  const file = join(dir, 'manifest.json');
  writeFileSync(file, JSON.stringify(entries));
  return file;
}

/** Starts `sanctions serve` on a free loopback port; resolves with its URL once /readyz answers 200. */
async function startServer(dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, '--db', dbFile, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let url: string | undefined;
  for await (const line of createInterface({ input: child.stdout! })) {
    const record = (line.startsWith('{') ? JSON.parse(line) : {}) as { msg?: string; url?: string };
    if (record.msg === 'listening') {
      url = record.url;
      break;
    }
  }
  if (url === undefined) throw new Error(`sanctions serve exited before listening (status ${child.exitCode})`);
  // Request log lines are not read; they must still flow or the server would block on stdout.
  child.stdout!.resume();
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while ((await fetch(`${url}/readyz`)).status !== 200) {
    if (Date.now() > deadline) throw new Error(`${url}/readyz: not ready after ${SERVER_START_TIMEOUT_MS} ms`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return { child, url };
}

/** One POST /match/default per perturbed listed name of the served lists. */
async function matchRequests(dbFile: string): Promise<AutocannonRequest[]> {
  const store = new SqliteStore(dbFile);
  try {
    const corpus = await loadScreeningCorpus(store);
    const entities = [...corpus.targets.values()].map((t) => t.entity);
    return perturbedQueries(entities, { count: QUERY_COUNT, seed: QUERY_SEED }).map(({ query }) => ({
      method: 'POST',
      path: '/match/default',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queries: { q1: { schema: query.schema, properties: { name: query.names } } } }),
    }));
  } finally {
    await store.close();
  }
}

/** Fails unless the server answers the first query as yente would. */
async function checkAnswer(url: string, request: AutocannonRequest): Promise<void> {
  const response = await fetch(`${url}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
  const body = (await response.json()) as { responses?: { q1?: { results?: unknown[] } } };
  if (response.status !== 200 || !Array.isArray(body.responses?.q1?.results)) {
    throw new Error(`POST /match/default answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  }
}

function load(url: string, requests: readonly AutocannonRequest[], connections: number, seconds: number): Promise<AutocannonResult> {
  return autocannon({ url, connections, duration: seconds, timeout: REQUEST_TIMEOUT_SECONDS, requests });
}

const failures = (r: AutocannonResult) => r.errors + r.timeouts + r.non2xx;

function tableRow(connections: number, r: AutocannonResult): string {
  const cells = [connections, r.requests.total, (r.requests.total / r.duration).toFixed(0), r.latency.p50, r.latency.p99, r.latency.p99_9, r.latency.max, r.errors + r.timeouts, r.non2xx];
  return `| ${cells.join(' | ')} |`;
}

/** Warm-up then measured run per connection count; the README table rows and the failed request count. */
async function measure(url: string, requests: readonly AutocannonRequest[]): Promise<{ rows: string[]; failed: number }> {
  const rows: string[] = [];
  let failed = 0;
  for (const connections of CONNECTIONS) {
    await load(url, requests, connections, WARMUP_SECONDS);
    const result = await load(url, requests, connections, MEASURE_SECONDS);
    rows.push(tableRow(connections, result));
    failed += failures(result);
    console.log(
      `${connections} connection(s), ${MEASURE_SECONDS} s: ${result.requests.total} requests, ${(result.requests.total / result.duration).toFixed(0)} req/s, ` +
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, p99.9 ${result.latency.p99_9} ms, max ${result.latency.max} ms; ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
    );
  }
  return { rows, failed };
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'api-load-bench-'));
  const dbFile = process.env.BENCH_API_DB ?? join(dir, 'bench.db');
  let server: { child: ChildProcess; url: string } | undefined;
  try {
    execFileSync(process.execPath, [CLI, '--db', dbFile, 'load-manifest', await benchManifest(dir)], { stdio: 'inherit' });
    const requests = await matchRequests(dbFile);
    server = await startServer(dbFile);
    await checkAnswer(server.url, requests[0]!);
    const loadAtStart = loadavg()[0]!.toFixed(1);
    const { rows, failed } = await measure(server.url, requests);
    const machine = `${cpus().length} cores, load average ${loadAtStart} before the runs and ${loadavg()[0]!.toFixed(1)} after`;
    console.log(`\n${new Date().toISOString().slice(0, 10)}, ${machine}; ${requests.length} distinct perturbed queries\n`);
    console.log('| connections | requests | requests/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | non-2xx |\n|---|---|---|---|---|---|---|---|---|');
    console.log(rows.join('\n'));
    if (failed > 0) console.error(`\nFAILED: ${failed} requests failed (errors, timeouts or non-2xx)`);
    return failed > 0 ? 1 : 0;
  } finally {
    if (server !== undefined) {
      server.child.kill('SIGTERM');
      if (server.child.exitCode === null) await once(server.child, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();

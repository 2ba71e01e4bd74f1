/**
 * `update` against a real HTTP server on 127.0.0.1 serving the real list files of
 * ../shared/data, and misbehaving as servers do: error statuses, silence, stalled and
 * truncated bodies. Every failed download must leave the store and the raw archive as they
 * were; the store-facing cases run on both store backends.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConflictError, RefusedError, UnavailableError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { startTestServer, type TestServer } from '../../test/support/http-server.js';
import { sharedData } from '../../test/support/paths.js';
import { dumpStore } from '../../test/support/store-dump.js';
import { BACKENDS } from '../../test/support/stores.js';
import { makeTempDir } from '../../test/support/temp.js';
import type { DownloadOptions } from './download.js';
import type { ManifestEntry } from './raw-archive.js';
import { updateDatasets, type UpdateRequest, type UpdateResult } from './update.js';
import type { DatasetSource } from './update-sources.js';

const FAST: DownloadOptions = { responseTimeoutMs: 300, stallTimeoutMs: 300, retries: 2, backoffMs: 50 };
const SDN_FILES = ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv'];
const CONS_FILES = ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'];
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

let server: TestServer;
before(async () => {
  server = await startTestServer({ lifetimeMs: 180_000 });
});
after(async () => server.close());

/** A source whose files are served under /<prefix>/<file>. */
function source(dataset: string, format: string, prefix: string, files: readonly string[]): DatasetSource {
  return { dataset, format, files: files.map((file) => ({ url: server.url(`/${prefix}/${file}`), file })) };
}

function serveFolder(prefix: string, folder: string, files: readonly string[], lastModified?: Date): void {
  for (const file of files) server.route(`/${prefix}/${file}`, { kind: 'file', path: join(folder, file), lastModified });
}

function update(store: Store, rawDir: string, sources: DatasetSource[], extra: Partial<UpdateRequest> = {}): Promise<UpdateResult[]> {
  return updateDatasets(store, { sources, rawDir, download: FAST, now: () => new Date('2030-05-06T23:59:00Z'), ...extra });
}

function manifest(rawDir: string, dataset: string): ManifestEntry[] {
  const text = readFileSync(join(rawDir, dataset, 'downloads.jsonl'), 'utf8');
  return text.trim().split('\n').map((line) => JSON.parse(line) as ManifestEntry);
}

/** The dataset's raw folder apart from the manifest: kept sources and any leftover download. */
function keptRaw(rawDir: string, dataset: string): string[] {
  return readdirSync(join(rawDir, dataset)).filter((name) => name !== 'downloads.jsonl').sort();
}

/** The first `rows` lines of a real sdn.csv, as OFAC would serve a short file: a correct Content-Length for fewer bytes. */
function shortSdnCsv(date: string, rows: number): string {
  const file = join(makeTempDir(), 'sdn.csv');
  const lines = readFileSync(sharedData('ofac', date, 'sdn.csv'), 'utf8').split('\n');
  writeFileSync(file, `${lines.slice(0, rows).join('\n')}\n`);
  return file;
}

for (const backend of BACKENDS) {
  describe(`update of us_ofac_sdn from a local server (${backend.name})`, () => {
    const rawDir = makeTempDir();
    const prefix = `${backend.name}/ofac`;
    const sdn = () => source('us_ofac_sdn', 'ofac-csv', prefix, SDN_FILES);
    let store: Store;
    // What an update records: snapshots and events. (That a refused load rolls back every
    // statement is proven value by value in ingest.test.ts; here a full dump would double the run time.)
    const recorded = async () => [await store.listDatasets(), await store.listEvents({})];
    before(async () => {
      store = await backend.open();
    });
    after(async () => store.close());

    it('loads the served files as a snapshot dated by Last-Modified and keeps the raw files', async () => {
      serveFolder(prefix, sharedData('ofac', '2019-01-04'), SDN_FILES, noon('2019-01-04'));
      const [result] = await update(store, rawDir, [sdn()]);
      assert.equal(result!.status, 'loaded', result!.message);
      assert.deepEqual([result!.asOf, result!.dateBasis, result!.load!.targetCount], ['2019-01-04', 'last-modified', 7379]);
      assert.deepEqual(readdirSync(result!.rawPath!).sort(), [...SDN_FILES].sort());
      const sdnCsv = readFileSync(join(result!.rawPath!, 'sdn.csv'));
      assert.ok(sdnCsv.equals(readFileSync(sharedData('ofac', '2019-01-04', 'sdn.csv'))), 'the raw copy has the served bytes');
      const [entry] = manifest(rawDir, 'us_ofac_sdn');
      assert.deepEqual([entry!.result, entry!.asOf, entry!.path, entry!.files.length], ['loaded', '2019-01-04', result!.rawPath, 4]);
      assert.deepEqual(entry!.files[0], {
        url: server.url(`/${prefix}/sdn.csv`),
        sha256: result!.files[0]!.sha256,
        bytes: sdnCsv.length,
        lastModified: noon('2019-01-04').toUTCString(),
      });
    });

    it('reports the same files again as unchanged: nothing loaded, no second raw copy', async () => {
      const [storeBefore, rawBefore] = [await recorded(), keptRaw(rawDir, 'us_ofac_sdn')];
      const [result] = await update(store, rawDir, [sdn()]);
      assert.deepEqual([result!.status, result!.asOf, result!.rawPath], ['unchanged', '2019-01-04', undefined]);
      assert.deepEqual(await recorded(), storeBefore);
      assert.deepEqual(keptRaw(rawDir, 'us_ofac_sdn'), rawBefore);
      assert.equal(manifest(rawDir, 'us_ofac_sdn').at(-1)!.result, 'unchanged');
    });

    it('loads changed files with their real delistings', async () => {
      serveFolder(prefix, sharedData('ofac', '2021-06-29'), SDN_FILES, noon('2021-06-29'));
      const [result] = await update(store, rawDir, [sdn()]);
      assert.equal(result!.status, 'loaded', result!.message);
      assert.deepEqual([result!.asOf, result!.load!.targetCount], ['2021-06-29', 8976]);
      const delisted = await store.listEvents({ dataset: 'us_ofac_sdn', types: ['delisted'] });
      assert.equal(delisted.length, result!.load!.events.delisted);
      const enPlus = delisted.find((e) => e.entityId === 'ofac-24226');
      assert.deepEqual([enPlus?.date, enPlus?.caption], ['2021-06-29', 'EN+ GROUP PLC']);
      assert.equal(keptRaw(rawDir, 'us_ofac_sdn').length, 2);
    });

    it('refuses a short sdn.csv served whole (the 20% rule), keeps it, and loads it with force', async () => {
      const short = shortSdnCsv('2021-06-29', 100);
      server.route(`/${prefix}/short/sdn.csv`, { kind: 'file', path: short, lastModified: noon('2021-08-01') });
      const shortSource = source('us_ofac_sdn', 'ofac-csv', `${prefix}/short`, ['sdn.csv']);
      const storeBefore = await recorded();
      const [refused] = await update(store, rawDir, [shortSource]);
      assert.equal(refused!.status, 'failed');
      assert.ok(refused!.error instanceof RefusedError, refused!.message);
      assert.match(refused!.message!, /would delist 8876 of 8976 targets of us_ofac_sdn .*--force/);
      assert.deepEqual(await recorded(), storeBefore);
      assert.ok(existsSync(join(refused!.rawPath!, 'sdn.csv')), 'a refused file is kept for inspection');
      assert.equal(manifest(rawDir, 'us_ofac_sdn').at(-1)!.result, 'refused');
      const [forced] = await update(store, rawDir, [shortSource], { force: true });
      assert.equal(forced!.status, 'loaded', forced!.message);
      assert.deepEqual([forced!.asOf, forced!.load!.targetCount, forced!.rawPath], ['2021-08-01', 100, refused!.rawPath]);
    });
  });
}

describe('update dates and datasets', () => {
  let store: Store;
  before(async () => {
    store = await BACKENDS[0]!.open();
  });
  after(async () => store.close());

  it('dates a UN list by its dateGenerated, and one failing dataset does not stop the next', async () => {
    const rawDir = makeTempDir();
    server.route('/un/consolidated.xml', { kind: 'file', path: sharedData('un', '2024-09-26', 'consolidated.xml'), lastModified: noon('2024-10-01') });
    const closed = await startTestServer();
    const unreachable = { dataset: 'us_ofac_sdn', format: 'ofac-csv', files: [{ url: closed.url('/sdn.csv'), file: 'sdn.csv' }] };
    await closed.close();
    const results = await update(store, rawDir, [unreachable, source('un_sc_sanctions', 'un-xml', 'un', ['consolidated.xml'])]);
    assert.deepEqual(results.map((r) => r.status), ['failed', 'loaded'], results[1]!.message);
    assert.match(results[0]!.message!, /download of http:\/\/127\.0\.0\.1:\d+\/sdn\.csv failed: .*ECONNREFUSED.* \(3 attempts\)/);
    assert.deepEqual([results[1]!.asOf, results[1]!.dateBasis], ['2024-09-26', 'publication']);
    assert.match(results[1]!.rawPath!, /un_sc_sanctions\/[0-9a-f]{16}-consolidated\.xml$/);
    assert.deepEqual((await store.listSnapshots('un_sc_sanctions')).map((s) => s.asOf), ['2024-09-26']);
  });

  it('dates a source with no date of its own and no Last-Modified by the clock (UTC day)', async () => {
    serveFolder('cons', sharedData('ofac-cons', '2025-12-19'), CONS_FILES);
    const [result] = await update(store, makeTempDir(), [source('us_ofac_cons', 'ofac-csv', 'cons', CONS_FILES)]);
    assert.equal(result!.status, 'loaded', result!.message);
    assert.deepEqual([result!.asOf, result!.dateBasis, result!.load!.targetCount], ['2030-05-06', 'download', 442]);
  });

  it('reports a second, different file for the same date as a conflict and keeps it', async () => {
    const rawDir = makeTempDir();
    serveFolder('cons-2018', sharedData('ofac-cons', '2018-04-06'), CONS_FILES);
    const recorded = await store.listSnapshots('us_ofac_cons');
    const [result] = await update(store, rawDir, [source('us_ofac_cons', 'ofac-csv', 'cons-2018', CONS_FILES)]);
    assert.equal(result!.status, 'failed');
    assert.ok(result!.error instanceof ConflictError, result!.message);
    assert.match(result!.message!, /already has a snapshot dated 2030-05-06 from a different file/);
    assert.deepEqual(readdirSync(result!.rawPath!).sort(), [...CONS_FILES].sort());
    assert.equal(manifest(rawDir, 'us_ofac_cons')[0]!.result, 'conflict');
    assert.deepEqual(await store.listSnapshots('us_ofac_cons'), recorded);
  });
});

describe('update when the server misbehaves', () => {
  let store: Store;
  let storeBefore: unknown;
  before(async () => {
    store = await BACKENDS[0]!.open();
    storeBefore = await dumpStore(store);
  });
  after(async () => store.close());

  /** Updates us_ofac_sdn from /<prefix>/sdn.csv; asserts it failed and left nothing behind. */
  async function failedUpdate(prefix: string, download: DownloadOptions = FAST): Promise<UpdateResult> {
    const rawDir = makeTempDir();
    const [result] = await update(store, rawDir, [source('us_ofac_sdn', 'ofac-csv', prefix, ['sdn.csv'])], { download });
    assert.equal(result!.status, 'failed');
    assert.ok(result!.error instanceof UnavailableError, result!.message);
    assert.ok(result!.message!.includes(server.url(`/${prefix}/sdn.csv`)), `names the URL: ${result!.message}`);
    assert.deepEqual(await dumpStore(store), storeBefore);
    assert.deepEqual(keptRaw(rawDir, 'us_ofac_sdn'), [], 'no raw copy and no leftover download');
    assert.equal(manifest(rawDir, 'us_ofac_sdn')[0]!.result, 'failed');
    return result!;
  }

  it('retries a 500 twice, then fails with the status', async () => {
    server.route('/500/sdn.csv', { kind: 'status', status: 500 });
    const result = await failedUpdate('500');
    assert.match(result.message!, /HTTP status 500 Internal Server Error \(3 attempts\)/);
    assert.equal(server.requestCount('/500/sdn.csv'), 3);
  });

  it('does not retry a 404', async () => {
    server.route('/404/sdn.csv', { kind: 'status', status: 404 });
    const result = await failedUpdate('404');
    assert.match(result.message!, /HTTP status 404 Not Found$/);
    assert.equal(server.requestCount('/404/sdn.csv'), 1);
  });

  it('gives up on a body that stops flowing after the stall timeout', async () => {
    server.route('/stall/sdn.csv', { kind: 'stall', path: sharedData('ofac', '2019-01-04', 'sdn.csv'), afterBytes: 5000 });
    const started = Date.now();
    const result = await failedUpdate('stall', { ...FAST, retries: 0 });
    assert.ok(Date.now() - started >= FAST.stallTimeoutMs);
    assert.match(result.message!, /stalled: no data for 300 ms after 5000 bytes$/);
  });

  it('gives up on a server that never answers after the response timeout', async () => {
    server.route('/silent/sdn.csv', { kind: 'no-response' });
    const result = await failedUpdate('silent', { ...FAST, retries: 0 });
    assert.match(result.message!, /no response within 300 ms$/);
  });

  it('detects a body shorter than its Content-Length as truncated', async () => {
    const path = sharedData('ofac', '2019-01-04', 'sdn.csv');
    server.route('/short/sdn.csv', { kind: 'short', path, afterBytes: 100_000 });
    const result = await failedUpdate('short');
    assert.match(result.message!, new RegExp(`truncated: got 100000 of ${readFileSync(path).length} bytes \\(3 attempts\\)`));
    assert.equal(server.requestCount('/short/sdn.csv'), 3);
  });
});

/**
 * The audit log through the whole app over a real SQLite file holding OFAC SDN 2019-01-04 and
 * 2021-06-29 and the UN list of 2026-02-27: an entry per match and screen request with its key,
 * request id, body hash, the snapshots of the index in use and the top results (or the job
 * id), reconciliation queries by GET or POST; nothing for other routes; and a 503, logged with the reason, when the entry cannot be
 * written (the table renamed away underneath the running server).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { API_SNAPSHOTS } from '../../test/support/api.js';
import { sqliteFileWithSnapshots } from '../../test/support/store-templates.js';
import { createApiKey } from '../service/api-keys.js';
import { LiveScreeningIndex } from '../service/live-index.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { ApiKeyRecord } from '../store/store.js';
import { buildApp } from './app.js';
import { DEFAULT_LIMITS, type ApiApp } from './types.js';

const SNAPSHOTS = [
  { dataset: 'un_sc_sanctions', asOf: '2026-02-27' },
  { dataset: 'us_ofac_sdn', asOf: '2021-06-29' },
];
const MATCH_BODY = JSON.stringify({
  queries: {
    chemezov: { schema: 'Person', properties: { name: ['Sergei Chemezov'] } },
    enplus: { schema: 'Company', properties: { name: ['EN+ Group'] } },
  },
});
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('audit log of match and screen requests', () => {
  let file: string;
  const logLines: Record<string, unknown>[] = [];
  let store: SqliteStore;
  let app: ApiApp;
  let key: { key: string; record: ApiKeyRecord };

  before(async () => {
    // A copy of the run's store template with these snapshots, shared with the other API tests.
    file = await sqliteFileWithSnapshots(API_SNAPSHOTS);
    store = new SqliteStore(file);
    await store.migrate();
    const index = new LiveScreeningIndex(store);
    await index.refresh();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    app = buildApp({ store, index, logger: pino({ level: 'info' }, sink), limits: DEFAULT_LIMITS });
    key = await createApiKey(store, { name: 'bank screening' });
  });
  after(() => store.close());

  const match = (headers: Record<string, string>, body = MATCH_BODY) =>
    app.request('/match/default?limit=8', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('records a match with its key, request id, body hash, snapshots and the top 5 results per query', async () => {
    const response = await match({ 'X-Api-Key': key.key, 'X-Request-Id': 'audit-match-1' });
    assert.equal(response.status, 200);
    const answer = (await response.json()) as { responses: Record<string, { results: { id: string; score: number }[] }> };
    assert.equal(answer.responses.chemezov!.results[0]!.id, 'ofac-16685');
    assert.equal(answer.responses.enplus!.results.length, 8, 'more results than the audit keeps');

    const [entry] = await store.access.listAuditEntries({ limit: 1 });
    assert.equal(entry!.requestId, 'audit-match-1');
    assert.equal(entry!.apiKeyId, key.record.id);
    assert.equal(entry!.route, '/match/default');
    assert.equal(entry!.status, 200);
    assert.equal(entry!.queryHash, sha256(MATCH_BODY));
    assert.deepEqual(entry!.snapshots, SNAPSHOTS);
    assert.equal(entry!.jobId, null);
    const expected = Object.entries(answer.responses).flatMap(([query, { results }]) =>
      results.slice(0, 5).map((r) => ({ query, entityId: r.id, score: r.score })),
    );
    assert.deepEqual(entry!.results, expected);
    assert.deepEqual(entry!.results[0], { query: 'chemezov', entityId: 'ofac-16685', score: 1 });
    assert.equal(entry!.results.filter((r) => r.query === 'enplus').length, 5);
  });

  it('records refused input too, anonymously, with the status answered and no results', async () => {
    const body = JSON.stringify({ queries: { q: { schema: 'Person', properties: { birthDate: ['not a date'] } } } });
    const response = await match({ 'X-Request-Id': 'audit-bad-1' }, body);
    assert.equal(response.status, 400);
    const [entry] = await store.access.listAuditEntries({ limit: 1 });
    assert.deepEqual(
      { requestId: entry!.requestId, apiKeyId: entry!.apiKeyId, status: entry!.status, results: entry!.results, queryHash: entry!.queryHash },
      { requestId: 'audit-bad-1', apiKeyId: null, status: 400, results: [], queryHash: sha256(body) },
    );
  });

  it('records a screening job by its id; other routes are not audited', async () => {
    const csv = 'name,schema\nSergei Chemezov,Person\n';
    const response = await app.request('/screen', { method: 'POST', headers: { 'content-type': 'text/csv', 'X-Request-Id': 'audit-screen-1' }, body: csv });
    assert.equal(response.status, 202);
    const { job_id: jobId } = (await response.json()) as { job_id: string };
    assert.equal((await app.request(`/jobs/${jobId}`)).status, 200);
    assert.equal((await app.request('/catalog')).status, 200);

    const entries = await store.access.listAuditEntries({ limit: 3 });
    assert.deepEqual(entries.map((e) => e.requestId), ['audit-screen-1', 'audit-bad-1', 'audit-match-1']);
    assert.deepEqual(
      { route: entries[0]!.route, jobId: entries[0]!.jobId, status: entries[0]!.status, results: entries[0]!.results, queryHash: entries[0]!.queryHash },
      { route: '/screen', jobId, status: 202, results: [], queryHash: sha256(csv) },
    );
    assert.deepEqual(entries[0]!.snapshots, SNAPSHOTS);
  });

  it('records reconciliation queries sent by GET or form POST, not the service manifest', async () => {
    const queries = JSON.stringify({ q0: { query: 'Sergei Chemezov', type: 'Person' } });
    const search = `?queries=${encodeURIComponent(queries)}`;
    const byGet = await app.request(`/reconcile/default${search}`, { headers: { 'X-Request-Id': 'audit-reconcile-get' } });
    assert.equal(byGet.status, 200);
    const answer = (await byGet.json()) as { q0: { result: { id: string; score: number }[] } };
    const form = new URLSearchParams({ queries }).toString();
    const byPost = await app.request('/reconcile/default', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-Request-Id': 'audit-reconcile-post' },
      body: form,
    });
    assert.equal(byPost.status, 200);
    assert.equal((await app.request('/reconcile/default')).status, 200);

    const [post, get] = await store.access.listAuditEntries({ route: '/reconcile', limit: 10 });
    assert.deepEqual([post!.requestId, get!.requestId], ['audit-reconcile-post', 'audit-reconcile-get'], 'the manifest request is not audited');
    assert.equal(get!.queryHash, sha256(search));
    assert.equal(post!.queryHash, sha256(form));
    const expected = answer.q0.result.slice(0, 5).map((r) => ({ query: 'q0', entityId: r.id, score: r.score }));
    assert.equal(expected[0]!.entityId, 'ofac-16685');
    assert.deepEqual(get!.results, expected);
    assert.deepEqual(post!.results, expected);
  });

  it('withholds the answer with a 503 and logs why when the entry cannot be written', async () => {
    const other = new Database(file);
    other.exec('ALTER TABLE audit_log RENAME TO audit_log_moved');
    other.close();
    const response = await match({ 'X-Request-Id': 'audit-fail-1' });
    assert.equal(response.status, 503);
    const body = (await response.json()) as { code: string; detail: string };
    assert.equal(body.code, 'audit_unavailable');
    assert.equal(body.detail, 'the request could not be recorded in the audit log, so its answer is withheld; try again later');
    const logged = logLines.find((line) => line.request_id === 'audit-fail-1' && line.level === 50);
    assert.equal(logged?.msg, 'audit log write failed; the answer is withheld');
    assert.match((logged?.err as { message: string }).message, /no such table: audit_log/);
    const requestLine = logLines.find((line) => line.request_id === 'audit-fail-1' && line.msg === 'request');
    assert.equal(requestLine?.status, 503);
  });
});

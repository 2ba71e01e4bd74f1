/**
 * The store contract for API keys and the audit log, on each backend of
 * test/support/stores.ts: keys found by hash and revoked once, audit entries appended and
 * listed newest first by time, key and route, and the log refusing UPDATE and DELETE at the
 * SQL level, whoever issues them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import Database from 'better-sqlite3';
import { BACKENDS, TEST_DATABASE_URL } from '../../test/support/stores.js';
import { makeTempDir } from '../../test/support/temp.js';
import { join } from 'node:path';
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { AuditEntry, AuditFilter, Store } from './store.js';

const SNAPSHOTS = [
  { dataset: 'us_ofac_sdn', asOf: '2021-06-29' },
  { dataset: 'un_sc_sanctions', asOf: '2026-02-27' },
];

function entry(at: string, route: string, apiKeyId: number | null, requestId: string): AuditEntry {
  return {
    at,
    apiKeyId,
    requestId,
    route,
    queryHash: 'a'.repeat(64),
    snapshots: SNAPSHOTS,
    results: route.startsWith('/screen') ? [] : [{ query: 'q1', entityId: 'ofac-16685', score: 0.93 }],
    jobId: route.startsWith('/screen') ? 'job-1' : null,
    status: 200,
  };
}

const KEY = { name: 'ci pipeline', prefix: 'sr_AbCdEfGh', hash: 'f'.repeat(64), createdAt: '2026-11-30T10:00:00.000Z', rateLimit: 120 };

for (const backend of BACKENDS) {
  describe(`access store contract (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(() => store.close());

    test('a key is stored without its secret, found by hash, used and revoked once', async () => {
      const created = await store.access.insertApiKey(KEY);
      const second = await store.access.insertApiKey({ ...KEY, name: 'ui', prefix: 'sr_Zz0-9_xy', hash: 'e'.repeat(64), rateLimit: null });
      assert.deepEqual(created, { id: created.id, name: 'ci pipeline', prefix: 'sr_AbCdEfGh', createdAt: KEY.createdAt, revokedAt: null, rateLimit: 120, lastUsedAt: null });
      assert.equal(second.id > created.id, true);
      assert.deepEqual(await store.access.apiKeyByHash('f'.repeat(64)), created);
      assert.equal(await store.access.apiKeyByHash('0'.repeat(64)), undefined);

      await store.access.recordApiKeyUse(created.id, '2026-11-30T10:05:00.000Z');
      assert.equal(await store.access.revokeApiKey(created.id, '2026-11-30T11:00:00.000Z'), true);
      assert.equal(await store.access.revokeApiKey(created.id, '2026-11-30T12:00:00.000Z'), false, 'a second revocation changes nothing');
      assert.equal(await store.access.revokeApiKey(9999, '2026-11-30T12:00:00.000Z'), false);
      const listed = await store.access.listApiKeys();
      assert.deepEqual(listed.map((k) => [k.name, k.revokedAt, k.lastUsedAt, k.rateLimit]), [
        ['ci pipeline', '2026-11-30T11:00:00.000Z', '2026-11-30T10:05:00.000Z', 120],
        ['ui', null, null, null],
      ]);
    });

    test('two keys cannot share a hash', async () => {
      await assert.rejects(store.access.insertApiKey({ ...KEY, name: 'copy' }), /UNIQUE|unique/);
    });

    test('audit entries are listed newest first, filtered by time, key and route', async () => {
      const [key] = await store.access.listApiKeys();
      await store.access.appendAuditEntry(entry('2026-11-29T23:59:59.999Z', '/match/default', key!.id, 'r1'));
      await store.access.appendAuditEntry(entry('2026-11-30T08:00:00.000Z', '/screen', null, 'r2'));
      await store.access.appendAuditEntry(entry('2026-11-30T09:00:00.000Z', '/match/sanctions', null, 'r3'));
      await store.access.appendAuditEntry(entry('2026-11-30T10:00:00.000Z', '/matches', key!.id, 'r4'));
      const ids = async (filter: AuditFilter) => (await store.access.listAuditEntries(filter)).map((e) => e.requestId);

      assert.deepEqual(await ids({ limit: 10 }), ['r4', 'r3', 'r2', 'r1']);
      assert.deepEqual(await ids({ limit: 2 }), ['r4', 'r3']);
      assert.deepEqual(await ids({ from: '2026-11-30T00:00:00.000Z', before: '2026-11-30T10:00:00.000Z', limit: 10 }), ['r3', 'r2']);
      assert.deepEqual(await ids({ apiKeyId: key!.id, limit: 10 }), ['r4', 'r1']);
      assert.deepEqual(await ids({ route: '/match', limit: 10 }), ['r3', 'r1'], '/matches is not under /match');
      assert.deepEqual(await ids({ route: '/screen', limit: 10 }), ['r2']);

      const [screen] = await store.access.listAuditEntries({ route: '/screen', limit: 1 });
      assert.deepEqual(screen, { id: screen!.id, ...entry('2026-11-30T08:00:00.000Z', '/screen', null, 'r2') });
      const [match] = await store.access.listAuditEntries({ route: '/match/default', limit: 1 });
      assert.deepEqual(match!.results, [{ query: 'q1', entityId: 'ofac-16685', score: 0.93 }]);
      assert.deepEqual(match!.snapshots, SNAPSHOTS);
      assert.equal(match!.apiKeyId, key!.id);
    });
  });
}

describe('the audit log refuses UPDATE and DELETE from any client', () => {
  test('SQLite', async () => {
    const file = join(makeTempDir(), 'audit.db');
    const store = new SqliteStore(file);
    await store.migrate();
    await store.access.appendAuditEntry(entry('2026-11-30T08:00:00.000Z', '/screen', null, 'r1'));
    await store.close();
    const db = new Database(file);
    try {
      assert.throws(() => db.prepare('UPDATE audit_log SET status = 500').run(), /audit_log is append-only: entries cannot be updated/);
      assert.throws(() => db.prepare('DELETE FROM audit_log').run(), /audit_log is append-only: entries cannot be deleted/);
      assert.deepEqual(db.prepare('SELECT request_id, status FROM audit_log').all(), [{ request_id: 'r1', status: 200 }]);
    } finally {
      db.close();
    }
  });

  test('PostgreSQL', async () => {
    const schema = `test_audit_${process.pid}_${Date.now()}`;
    const store = new PostgresStore(TEST_DATABASE_URL, { schema, dropSchemaOnClose: true });
    await store.migrate();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await store.access.appendAuditEntry(entry('2026-11-30T08:00:00.000Z', '/screen', null, 'r1'));
      await assert.rejects(client.query('UPDATE audit_log SET status = 500'), /audit_log is append-only: entries cannot be updated/);
      await assert.rejects(client.query('DELETE FROM audit_log'), /audit_log is append-only: entries cannot be deleted/);
      await assert.rejects(client.query('TRUNCATE audit_log'), /audit_log is append-only: entries cannot be truncated/);
      assert.deepEqual((await client.query('SELECT request_id, status FROM audit_log')).rows, [{ request_id: 'r1', status: 200 }]);
    } finally {
      await client.end();
      await store.close();
    }
  });
});

/**
 * The store contract: every method of Store and DatasetTransaction, run on each backend of
 * test/support/stores.ts (SQLite in a temp file, PostgreSQL in a fresh schema dropped on
 * close), with small hand-made records. PostgreSQL-only behaviour (schemas, several
 * processes sharing one database, lost connections) is checked at the end.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, afterEach, beforeEach, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { BACKENDS, TEST_DATABASE_URL } from '../../test/support/stores.js';
import type { EventType, SanctionEvent } from '../history/events.js';
import { UnavailableError } from '../model/errors.js';
import { POSTGRES_MIGRATIONS } from './postgres/migrations.js';
import { PostgresStore } from './postgres/postgres-store.js';
import type { DatasetTransaction, SnapshotRecord, StatementRecord, Store } from './store.js';

/** schema_migrations of a fully migrated schema. */
const ALL_VERSIONS = POSTGRES_MIGRATIONS.map((_, i) => ({ version: i + 1 }));

const [D1, D2, D3, D4] = ['2024-01-05', '2024-02-05', '2024-03-05', '2024-04-05'] as const;
type SpanPairs = readonly (readonly [string, string | null])[];

function snapshot(dataset: string, asOf: string): SnapshotRecord {
  return {
    dataset,
    asOf,
    format: 'test-format',
    checksum: `sha-${dataset}-${asOf}`,
    source: `/data/${dataset}/${asOf}.csv`,
    loadedAt: `${asOf}T10:00:00.000Z`,
    entityCount: 3,
    targetCount: 2,
    statementCount: 17,
  };
}

function statement(entityId: string, prop: string, value: string, spans: SpanPairs, dataset = 'ds'): StatementRecord {
  return { dataset, entityId, prop, value, spans: spans.map(([firstSeen, lastSeen]) => ({ firstSeen, lastSeen })) };
}

function event(entityId: string, type: EventType, at: { date: string; snapshotDate: string; dataset?: string }): SanctionEvent {
  const changed = type === 'amended' ? ['alias', 'Sanction:program'] : [];
  return { dataset: at.dataset ?? 'ds', entityId, type, date: at.date, snapshotDate: at.snapshotDate, schema: 'Person', caption: `Caption ${entityId}`, changed };
}

function byKey(statements: readonly StatementRecord[]): StatementRecord[] {
  const key = (s: StatementRecord) => `${s.dataset}\u001f${s.entityId}\u001f${s.prop}\u001f${s.value}`;
  return [...statements].sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

async function save(store: Store, dataset: string, statements: readonly StatementRecord[]): Promise<void> {
  await store.writeDataset(dataset, (tx) => tx.saveStatements(statements));
}

/** Runs `work` in a write transaction of 'ds' and returns what it returns. */
function inTx<T>(store: Store, work: (tx: DatasetTransaction) => Promise<T>): Promise<T> {
  return store.writeDataset('ds', work);
}

// A value seen in D1, absent in D2, back from D3 on; one seen only in D1-D2; one still open from D2.
const GAPPED = statement('p1', 'name', 'Ivan Petrov', [[D1, D1], [D3, null]]);
const CLOSED = statement('p1', 'alias', 'Vanya', [[D1, D2]]);
const OPEN = statement('p2', 'name', 'Olga', [[D2, null]]);

for (const backend of BACKENDS) {
  describe(`store contract (${backend.name})`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await backend.open();
    });
    afterEach(async () => {
      await store.close();
    });

    test('reports its backend', () => assert.equal(store.backend, backend.name));

    test('snapshots are listed in as-of order, inside and outside the transaction', async () => {
      const inside = await inTx(store, async (tx) => {
        for (const date of [D3, D1, D2]) await tx.insertSnapshot(snapshot('ds', date));
        return tx.snapshots();
      });
      const expected = [D1, D2, D3].map((date) => snapshot('ds', date));
      assert.deepEqual(inside, expected);
      assert.deepEqual(await store.listSnapshots('ds'), expected);
      assert.deepEqual(await store.listSnapshots('other'), []);
    });

    test('a second snapshot of the same dataset and date is rejected; another dataset may use the date', async () => {
      await inTx(store, (tx) => tx.insertSnapshot(snapshot('ds', D1)));
      await assert.rejects(inTx(store, (tx) => tx.insertSnapshot(snapshot('ds', D1))));
      await store.writeDataset('other', (tx) => tx.insertSnapshot(snapshot('other', D1)));
      assert.equal((await store.listSnapshots('ds')).length, 1);
    });

    test('listDatasets groups snapshots by dataset, both sorted', async () => {
      assert.deepEqual(await store.listDatasets(), []);
      await store.writeDataset('zz', (tx) => tx.insertSnapshot(snapshot('zz', D1)));
      await inTx(store, async (tx) => {
        await tx.insertSnapshot(snapshot('ds', D2));
        await tx.insertSnapshot(snapshot('ds', D1));
      });
      assert.deepEqual(await store.listDatasets(), [
        { name: 'ds', snapshots: [snapshot('ds', D1), snapshot('ds', D2)] },
        { name: 'zz', snapshots: [snapshot('zz', D1)] },
      ]);
    });

    test('statements round-trip with open, closed and gapped spans', async () => {
      await save(store, 'ds', [GAPPED, CLOSED, OPEN]);
      assert.deepEqual(await store.statementsOfEntity('p1'), [CLOSED, GAPPED]);
      assert.deepEqual(await store.statementsOfEntity('p2'), [OPEN]);
      assert.deepEqual(await store.statementsOfEntity('nobody'), []);
    });

    test('statementsReferencing finds the entities that name an entity in an entity-typed property', async () => {
      const sanction = [statement('s1', 'entity', 'p1', [[D1, null]]), statement('s1', 'program', 'UKRAINE-EO13662', [[D1, null]])];
      // A name that happens to equal an id is not a reference.
      await save(store, 'ds', [...sanction, OPEN, statement('x1', 'name', 'p1', [[D1, null]])]);
      assert.deepEqual(await store.statementsReferencing('p1'), sanction);
      assert.deepEqual(await store.statementsReferencing('s1'), []);
    });

    test('statementsAt returns the statements whose spans cover the date, skipping gaps', async () => {
      await save(store, 'ds', [GAPPED, CLOSED, OPEN]);
      await save(store, 'other', [statement('p1', 'name', 'Ivan Petrov', [[D1, null]], 'other')]);
      const expected: Record<string, StatementRecord[]> = {
        '2023-12-31': [],
        [D1]: [CLOSED, GAPPED],
        [D2]: [CLOSED, OPEN],
        [D3]: [GAPPED, OPEN],
        [D4]: [GAPPED, OPEN],
      };
      for (const [date, statements] of Object.entries(expected)) {
        assert.deepEqual(byKey(await store.statementsAt('ds', date)), byKey(statements), `store, ${date}`);
        assert.deepEqual(byKey(await inTx(store, (tx) => tx.statementsAt(date))), byKey(statements), `transaction, ${date}`);
      }
    });

    test('statementsOfDataset returns every statement of the dataset with all its spans, whatever the date', async () => {
      await save(store, 'ds', [GAPPED, CLOSED, OPEN]);
      await save(store, 'other', [statement('p1', 'name', 'Ivan Petrov', [[D1, null]], 'other')]);
      assert.deepEqual(byKey(await store.statementsOfDataset('ds')), byKey([CLOSED, GAPPED, OPEN]));
      assert.deepEqual(await store.statementsOfDataset('nothing'), []);
    });

    test('statementsAt in a transaction can keep only some properties', async () => {
      await save(store, 'ds', [GAPPED, CLOSED, OPEN]);
      const props = [...new Set([GAPPED, CLOSED, OPEN].map((s) => s.prop))];
      for (const prop of props) {
        const expected = [CLOSED, GAPPED, OPEN].filter((s) => s.prop === prop && s.spans.some((span) => span.firstSeen <= D3 && (span.lastSeen ?? D4) >= D3));
        assert.deepEqual(byKey(await inTx(store, (tx) => tx.statementsAt(D3, [prop]))), byKey(expected), prop);
      }
      assert.deepEqual(byKey(await inTx(store, (tx) => tx.statementsAt(D3, props))), byKey([GAPPED, OPEN]));
      assert.deepEqual(await inTx(store, (tx) => tx.statementsAt(D3, ['nothing'])), []);
    });

    test('statementsOfEntity spans datasets, ordered by dataset, property and value in byte order', async () => {
      const values = ['Zed', 'alpha', 'Émile', 'Bob', '_under', 'Ωmega'];
      await save(store, 'ds_b', values.map((v) => statement('p1', 'name', v, [[D1, null]], 'ds_b')));
      await save(store, 'ds_a', [statement('p1', 'name', 'x', [[D1, null]], 'ds_a'), statement('p1', 'alias', 'y', [[D1, null]], 'ds_a')]);
      const found = await store.statementsOfEntity('p1');
      assert.deepEqual(
        found.map((s) => `${s.dataset}/${s.prop}/${s.value}`),
        ['ds_a/alias/y', 'ds_a/name/x', ...['Bob', 'Zed', '_under', 'alpha', 'Émile', 'Ωmega'].map((v) => `ds_b/name/${v}`)],
      );
    });

    test('statementsOfEntities returns every statement of those entities in this dataset only', async () => {
      // More entities than one IN/ANY batch holds on either backend.
      const many = Array.from({ length: 1_200 }, (_, i) => statement(`e${i}`, '$schema', 'Person', [[D1, null]]));
      await save(store, 'ds', [...many, GAPPED, CLOSED, OPEN]);
      await save(store, 'other', [statement('p1', 'name', 'Elsewhere', [[D1, null]], 'other')]);
      const ids = ['p1', 'missing', ...many.map((s) => s.entityId)];
      const found = await inTx(store, (tx) => tx.statementsOfEntities(ids));
      assert.deepEqual(byKey(found), byKey([...many, GAPPED, CLOSED]));
      assert.deepEqual(await inTx(store, (tx) => tx.statementsOfEntities([])), []);
    });

    test('entitiesSeenBefore counts $schema statements first seen strictly before the date', async () => {
      await save(store, 'ds', [
        statement('early', '$schema', 'Person', [[D1, D1]]),
        statement('same-day', '$schema', 'Person', [[D2, null]]),
        statement('name-only', 'name', 'Ghost', [[D1, null]]),
        statement('gapped', '$schema', 'Company', [[D1, D1], [D3, null]]),
      ]);
      await save(store, 'other', [statement('elsewhere', '$schema', 'Person', [[D1, null]], 'other')]);
      const ids = ['early', 'same-day', 'name-only', 'gapped', 'elsewhere', 'missing'];
      assert.deepEqual(await inTx(store, (tx) => tx.entitiesSeenBefore(ids, D2)), new Set(['early', 'gapped']));
      assert.deepEqual(await inTx(store, (tx) => tx.entitiesSeenBefore(ids, D1)), new Set());
      assert.deepEqual(await inTx(store, (tx) => tx.entitiesSeenBefore([], D4)), new Set());
    });

    test('saveStatements updates the spans of an existing statement in place', async () => {
      await save(store, 'ds', [statement('p1', 'name', 'Ivan Petrov', [[D1, null]]), OPEN]);
      await save(store, 'ds', [GAPPED]);
      await save(store, 'ds', []);
      assert.deepEqual(await store.statementsOfEntity('p1'), [GAPPED]);
      assert.deepEqual(await store.statementsOfEntity('p2'), [OPEN]);
      // The same statement twice in one call: the last one wins, as with row-by-row upserts.
      await save(store, 'ds', [statement('p2', 'name', 'Olga', [[D1, D1]]), statement('p2', 'name', 'Olga', [[D1, D2]])]);
      assert.deepEqual(await store.statementsOfEntity('p2'), [statement('p2', 'name', 'Olga', [[D1, D2]])]);
    });

    test('bulk writes larger than one batch are stored completely', async () => {
      const statements = Array.from({ length: 12_000 }, (_, i) => statement(`e${i % 1_000}`, 'name', `Name ${i}`, [[D1, null]]));
      const events = Array.from({ length: 6_000 }, (_, i) => event(`e${i}`, 'designated', { date: D1, snapshotDate: D1 }));
      await inTx(store, async (tx) => {
        await tx.saveStatements(statements);
        await tx.replaceEvents(D1, events);
      });
      assert.equal((await store.statementsAt('ds', D1)).length, 12_000);
      assert.equal((await store.listEvents({ dataset: 'ds' })).length, 6_000);
    });

    test('replaceEvents replaces only the events of that snapshot and dataset', async () => {
      const first = [event('p1', 'designated', { date: '2023-11-01', snapshotDate: D1 }), event('p2', 'designated', { date: D1, snapshotDate: D1 })];
      const second = [event('p1', 'amended', { date: D2, snapshotDate: D2 })];
      const otherDataset = event('p1', 'designated', { date: D1, snapshotDate: D1, dataset: 'other' });
      await inTx(store, async (tx) => {
        await tx.replaceEvents(D1, first);
        await tx.replaceEvents(D2, second);
      });
      await store.writeDataset('other', (tx) => tx.replaceEvents(D1, [otherDataset]));
      const replacement = [event('p3', 'designated', { date: D1, snapshotDate: D1 })];
      await inTx(store, (tx) => tx.replaceEvents(D1, replacement));
      assert.deepEqual(await store.listEvents({ dataset: 'ds' }), [...replacement, ...second]);
      await inTx(store, (tx) => tx.replaceEvents(D1, []));
      assert.deepEqual(await store.listEvents({}), [otherDataset, ...second]);
    });

    test('listEvents filters by dataset, entity, date range and types, ordered by date, dataset, entity, type', async () => {
      const ds = [
        event('p2', 'amended', { date: D2, snapshotDate: D2 }),
        event('p1', 'delisted', { date: D2, snapshotDate: D2 }),
        event('p1', 'amended', { date: D2, snapshotDate: D2 }),
        event('p1', 'designated', { date: D1, snapshotDate: D1 }),
        event('p1', 'relisted', { date: D3, snapshotDate: D3 }),
      ];
      const other = event('p1', 'designated', { date: D2, snapshotDate: D2, dataset: 'other' });
      await inTx(store, async (tx) => {
        for (const date of [D1, D2, D3]) await tx.replaceEvents(date, ds.filter((e) => e.snapshotDate === date));
      });
      await store.writeDataset('other', (tx) => tx.replaceEvents(D2, [other]));
      const [p2Amended, p1Delisted, p1Amended, p1Designated, p1Relisted] = ds as [SanctionEvent, ...SanctionEvent[]];
      assert.deepEqual(await store.listEvents({}), [p1Designated, p1Amended, p1Delisted, p2Amended, other, p1Relisted]);
      assert.deepEqual(await store.listEvents({ dataset: 'other' }), [other]);
      assert.deepEqual(await store.listEvents({ entityId: 'p2' }), [p2Amended]);
      assert.deepEqual(await store.listEvents({ from: D2, to: D2, dataset: 'ds' }), [p1Amended, p1Delisted, p2Amended]);
      assert.deepEqual(await store.listEvents({ from: D3 }), [p1Relisted]);
      assert.deepEqual(await store.listEvents({ to: D1 }), [p1Designated]);
      assert.deepEqual(await store.listEvents({ types: ['designated', 'relisted'] }), [p1Designated, other, p1Relisted]);
      assert.deepEqual((await store.listEvents({ types: [] })).length, 6);
      assert.deepEqual(await store.listEvents({ entityId: 'p1', types: ['amended'], from: D1, to: D4 }), [p1Amended]);
    });

    test('long values (FtM text up to 65,000 characters) are stored, keyed and updated exactly', async () => {
      const long = 'Лорем ипсум '.repeat(1_700).slice(0, 20_000);
      const longest = 'x'.repeat(65_000);
      const similar = `${long.slice(0, -1)}!`;
      await save(store, 'ds', [statement('p1', 'notes', long, [[D1, null]]), statement('p1', 'notes', similar, [[D1, null]]), statement('p1', 'summary', longest, [[D1, null]])]);
      await save(store, 'ds', [statement('p1', 'notes', long, [[D1, D1], [D3, null]])]);
      const found = await store.statementsOfEntity('p1');
      assert.equal(found.length, 3);
      assert.deepEqual(found.find((s) => s.value === long), statement('p1', 'notes', long, [[D1, D1], [D3, null]]));
      assert.deepEqual(found.find((s) => s.value === similar)?.spans, [{ firstSeen: D1, lastSeen: null }]);
      assert.equal(found.find((s) => s.prop === 'summary')?.value, longest);
    });

    test('unicode values round-trip exactly and are never normalised', async () => {
      const names = ['Владимир Путин', 'محمد بن سلمان', '金正恩', '김정은', 'Ñoño 😀', 'e\u0301', '\u00e9'];
      await save(store, 'ds', names.map((name) => statement('p1', 'name', name, [[D1, null]])));
      await inTx(store, (tx) => tx.replaceEvents(D1, [{ ...event('p1', 'designated', { date: D1, snapshotDate: D1 }), caption: '金正恩' }]));
      assert.deepEqual(new Set((await store.statementsOfEntity('p1')).map((s) => s.value)), new Set(names));
      assert.equal((await store.listEvents({}))[0]?.caption, '金正恩');
    });

    test('a throw inside writeDataset rolls every write back and reaches the caller', async () => {
      const failure = new Error('parser exploded');
      const attempt = inTx(store, async (tx) => {
        await tx.insertSnapshot(snapshot('ds', D1));
        await tx.saveStatements([GAPPED, CLOSED]);
        await tx.replaceEvents(D1, [event('p1', 'designated', { date: D1, snapshotDate: D1 })]);
        throw failure;
      });
      await assert.rejects(attempt, (error) => error === failure);
      assert.deepEqual(await store.listDatasets(), []);
      assert.deepEqual(await store.statementsOfEntity('p1'), []);
      assert.deepEqual(await store.statementsAt('ds', D1), []);
      assert.deepEqual(await store.listEvents({}), []);
      await inTx(store, (tx) => tx.insertSnapshot(snapshot('ds', D1)));
      assert.equal((await store.listSnapshots('ds')).length, 1);
    });

    test('a transaction writes only its own dataset and snapshot', async () => {
      const elsewhere = statement('p1', 'name', 'X', [[D1, null]], 'other');
      await assert.rejects(inTx(store, (tx) => tx.saveStatements([elsewhere])), /dataset other/);
      await assert.rejects(inTx(store, (tx) => tx.insertSnapshot(snapshot('other', D1))), /dataset other/);
      await assert.rejects(inTx(store, (tx) => tx.replaceEvents(D2, [event('p1', 'designated', { date: D1, snapshotDate: D1 })])), /snapshot 2024-01-05/);
      assert.deepEqual(await store.listDatasets(), []);
      assert.deepEqual(await store.statementsOfEntity('p1'), []);
    });

    test('concurrent writeDataset calls on one dataset take turns', async () => {
      const { log, first, second } = await raceTwoLoads(store, store, 'ds');
      assert.deepEqual(log, ['first:start', 'first:end', 'second:start', 'second:end']);
      assert.deepEqual(await second, [D1]);
      await first;
    });

    test('migrate() again is harmless', async () => {
      await save(store, 'ds', [GAPPED]);
      await store.migrate();
      await store.migrate();
      assert.deepEqual(await store.statementsOfEntity('p1'), [GAPPED]);
      await inTx(store, (tx) => tx.insertSnapshot(snapshot('ds', D1)));
    });
  });
}

/**
 * Starts a load of `dataset` on `a` that inserts snapshot D1 and holds its transaction open
 * for a while, then a load on `b` that reports which snapshots it sees: the log shows
 * whether the second started before the first ended.
 */
async function raceTwoLoads(a: Store, b: Store, dataset: string, otherDataset = dataset) {
  const log: string[] = [];
  let signalStarted!: () => void;
  const started = new Promise<void>((resolve) => (signalStarted = resolve));
  const first = a.writeDataset(dataset, async (tx) => {
    log.push('first:start');
    signalStarted();
    await tx.insertSnapshot(snapshot(dataset, D1));
    await sleep(150);
    log.push('first:end');
  });
  await started;
  const second = b.writeDataset(otherDataset, async (tx) => {
    log.push('second:start');
    const seen = (await tx.snapshots()).map((s) => s.asOf);
    await tx.insertSnapshot(snapshot(otherDataset, D2));
    log.push('second:end');
    return seen;
  });
  await Promise.all([first, second]);
  return { log, first, second };
}

describe('postgres store', () => {
  const opened: PostgresStore[] = [];
  const admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2 });
  function open(schema: string, dropSchemaOnClose = true): PostgresStore {
    const store = new PostgresStore(TEST_DATABASE_URL, { schema, dropSchemaOnClose });
    opened.push(store);
    return store;
  }
  const freshSchema = () => `test_${randomBytes(6).toString('hex')}`;
  async function schemaExists(schema: string): Promise<boolean> {
    const { rows } = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    return rows.length === 1;
  }
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  after(() => admin.end());

  test('migrate() creates the schema, close() drops it', async () => {
    const schema = freshSchema();
    const store = open(schema);
    await store.migrate();
    assert.equal(await schemaExists(schema), true);
    const { rows } = await admin.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
    assert.deepEqual(rows, ALL_VERSIONS);
    await store.close();
    assert.equal(await schemaExists(schema), false);
  });

  test('two processes migrating one new schema at once both succeed', async () => {
    const schema = freshSchema();
    const [a, b] = [open(schema, false), open(schema)];
    await Promise.all([a.migrate(), b.migrate()]);
    const { rows } = await admin.query(`SELECT version FROM ${schema}.schema_migrations`);
    assert.deepEqual(rows, ALL_VERSIONS);
  });

  test('two processes loading one dataset take turns; other datasets do not wait', async () => {
    const schema = freshSchema();
    const [a, b] = [open(schema, false), open(schema)];
    await b.migrate();
    const same = await raceTwoLoads(a, b, 'ds');
    assert.deepEqual(same.log, ['first:start', 'first:end', 'second:start', 'second:end']);
    assert.deepEqual(await same.second, [D1]);
    const parallel = await raceTwoLoads(a, b, 'ds_x', 'ds_y');
    assert.deepEqual(parallel.log, ['first:start', 'second:start', 'second:end', 'first:end']);
  });

  test('a connection lost in the middle of a load rolls back and the pool recovers', async () => {
    const schema = freshSchema();
    const store = open(schema);
    await store.migrate();
    const attempt = store.writeDataset('ds', async (tx) => {
      await tx.insertSnapshot(snapshot('ds', D1));
      await tx.saveStatements([GAPPED]);
      // The backend holding this dataset's advisory lock is this transaction's connection.
      const { rows } = await admin.query(
        `SELECT pg_terminate_backend(pid) AS terminated FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND objid = (hashtext($1)::bigint & 4294967295)::oid`,
        [`${schema}/ds`],
      );
      assert.deepEqual(rows, [{ terminated: true }]);
      await sleep(50);
      await tx.snapshots();
    });
    await assert.rejects(attempt, /terminat|connection/i);
    assert.deepEqual(await store.listDatasets(), []);
    assert.deepEqual(await store.statementsOfEntity('p1'), []);
    await store.writeDataset('ds', (tx) => tx.insertSnapshot(snapshot('ds', D1)));
  });

  test('an unreachable server is reported as unavailable', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.port = '1';
    const store = new PostgresStore(url.href);
    opened.push(store);
    await assert.rejects(store.migrate(), (error) => error instanceof UnavailableError && /cannot connect to PostgreSQL/.test(error.message));
    await assert.rejects(store.listDatasets(), UnavailableError);
  });

  test('schema names are restricted to plain identifiers; dropping needs an explicit schema', () => {
    assert.throws(() => new PostgresStore(TEST_DATABASE_URL, { schema: 'x"; DROP TABLE y; --' }), /schema/);
    assert.throws(() => new PostgresStore(TEST_DATABASE_URL, { dropSchemaOnClose: true }), /explicit schema/);
  });

  test('a connection string that overrides search_path is refused before anything is created', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', '-c search_path=public');
    const schema = freshSchema();
    const store = new PostgresStore(url.href, { schema });
    opened.push(store);
    await assert.rejects(store.migrate(), new RegExp(`expected ${schema}`));
    assert.equal(await schemaExists(schema), false);
  });
});

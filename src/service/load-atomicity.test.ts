/**
 * A load killed at any moment (SIGKILL: no cleanup code runs) leaves the store exactly as it
 * was before, on both backends, and the next load then succeeds.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import type { Store } from '../store/store.js';
import { runCli, startCli } from '../../test/support/cli.js';
import { sharedData } from '../../test/support/paths.js';
import { makeTempDir } from '../../test/support/temp.js';
import { dumpStore } from '../../test/support/store-dump.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/pg-database.js';

// Two snapshots with full files (aliases and addresses) two and a half years apart: the second
// load writes thousands of changes, and the store stays small enough to compare after each kill.
const FIRST = ['load', 'ofac-csv', sharedData('ofac', '2019-01-04'), '--as-of', '2019-01-04'];
const SECOND = ['load', 'ofac-csv', sharedData('ofac', '2021-06-29'), '--as-of', '2021-06-29'];
// Kills come at growing delays until a load outlives them, so they land in every phase
// (start-up, parsing, the write transaction). The step is an eighth of the first load's time,
// which keeps the number of attempts near constant whatever the speed of the machine.
const KILL_STEPS_PER_LOAD = 8;
const MAX_ATTEMPTS = 40;

async function exitCodeWhenKilledAfter(args: string[], delayMs: number): Promise<number | null> {
  const child = startCli(args);
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return code;
}

/** The second snapshot is recorded whole: its row, all its statements and its events. */
async function assertSecondLoadComplete(store: Store): Promise<void> {
  const snapshots = await store.listSnapshots('us_ofac_sdn');
  assert.deepEqual(snapshots.map((s) => [s.asOf, s.targetCount]), [['2019-01-04', 7379], ['2021-06-29', 8976]]);
  assert.equal((await store.statementsAt('us_ofac_sdn', '2021-06-29')).length, snapshots[1]!.statementCount);
  const events = await store.listEvents({ dataset: 'us_ofac_sdn' });
  assert.ok(events.filter((e) => e.snapshotDate === '2021-06-29' && e.type === 'designated').length > 1000);
}

async function assertKilledLoadsChangeNothing(storeArgs: string[], openStore: () => Store): Promise<void> {
  const started = Date.now();
  assert.equal(runCli([...storeArgs, ...FIRST]).status, 0);
  const stepMs = Math.max(100, Math.round((Date.now() - started) / KILL_STEPS_PER_LOAD));
  const withStore = async <T>(work: (store: Store) => Promise<T>): Promise<T> => {
    const store = openStore();
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  };
  const before = await withStore(dumpStore);
  let killedBeforeCommit = 0;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const code = await exitCodeWhenKilledAfter([...storeArgs, ...SECOND], attempt * stepMs);
    if (code !== null) {
      assert.equal(code, 0, 'the load that outlived its kill succeeded');
      break;
    }
    const now = await withStore(dumpStore);
    // A kill after the commit (while the process closes) may find the load done: then it is whole.
    if (isDeepStrictEqual(now, before)) killedBeforeCommit++;
    else break;
  }
  assert.ok(killedBeforeCommit >= 3, `at least three loads were killed before their commit, got ${killedBeforeCommit}`);
  await withStore(assertSecondLoadComplete);
}

describe('a killed load changes nothing', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => database.drop());

  it('on SQLite', async () => {
    const db = join(makeTempDir(), 'kill.db');
    await assertKilledLoadsChangeNothing(['--db', db], () => new SqliteStore(db));
  });

  it('on PostgreSQL', async () => {
    await assertKilledLoadsChangeNothing(['--database-url', database.url], () => new PostgresStore(database.url));
  });
});

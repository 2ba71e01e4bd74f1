/**
 * A load killed at any moment (SIGKILL: no cleanup code runs) leaves the store exactly as it
 * was before, on both backends, and the next load then succeeds.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import type { Store } from '../store/store.js';
import { runCli, startCli } from '../../test/support/cli.js';
import { sharedData } from '../../test/support/paths.js';
import { makeTempDir } from '../../test/support/temp.js';
import { dumpStore } from '../../test/support/store-dump.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/pg-database.js';

const FIRST = ['load', 'ofac-csv', sharedData('ofac', '2023-12-28'), '--as-of', '2023-12-28'];
const SECOND = ['load', 'ofac-csv', sharedData('ofac', '2024-07-02'), '--as-of', '2024-07-02'];
// Kill points as shares of a full load; the later ones fall inside the write transaction.
const KILL_SHARES = [0.3, 0.6, 0.75, 0.85, 0.92];

async function exitCodeWhenKilledAfter(args: string[], delayMs: number): Promise<number | null> {
  const child = startCli(args);
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return code;
}

async function assertKilledLoadsChangeNothing(storeArgs: string[], openStore: () => Store): Promise<void> {
  const started = Date.now();
  assert.equal(runCli([...storeArgs, ...FIRST]).status, 0);
  // The first snapshot is nearly as large as the second: its load time predicts the second's.
  const loadMs = Date.now() - started;
  const dump = async () => {
    const store = openStore();
    try {
      return await dumpStore(store);
    } finally {
      await store.close();
    }
  };
  const before = await dump();
  let killed = 0;
  for (const share of KILL_SHARES) {
    const code = await exitCodeWhenKilledAfter([...storeArgs, ...SECOND], Math.round(loadMs * share));
    if (code !== null) break; // the load finished before the kill; later kills would too
    killed++;
    assert.deepEqual(await dump(), before, `store after a kill at ${Math.round(share * 100)}% of a load`);
  }
  assert.ok(killed >= 3, `at least three loads were killed mid-way, got ${killed}`);
  const completed = runCli([...storeArgs, ...SECOND, '--json']);
  assert.equal(completed.status, 0, completed.stderr);
  assert.equal((JSON.parse(completed.stdout) as { target_count: number }).target_count, 15443);
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

/**
 * Both store backends for tests. Every store test runs once per backend against real
 * servers: SQLite in a temp file, PostgreSQL (127.0.0.1:5432, database `test`, override with
 * TEST_DATABASE_URL) in a fresh schema per store, dropped when the store is closed.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { loadSnapshot, type LoadRequest } from '../../src/service/ingest.js';
import type { Store } from '../../src/store/store.js';
import { makeTempDir } from './temp.js';
import { sqliteFileWithSnapshots } from './store-templates.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BackendUnderTest {
  readonly name: 'sqlite' | 'postgres';
  /** A new, empty, migrated store. */
  open(): Promise<Store>;
}

export const BACKENDS: readonly BackendUnderTest[] = [
  {
    name: 'sqlite',
    async open() {
      const store = new SqliteStore(join(makeTempDir(), 'test.db'));
      await store.migrate();
      return store;
    },
  },
  {
    name: 'postgres',
    async open() {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const store = new PostgresStore(TEST_DATABASE_URL, { schema, dropSchemaOnClose: true });
      await store.migrate();
      return store;
    },
  },
];

/** A new store of `backend` with these snapshots recorded, in this order (SQLite: a copy of the run's template). */
export async function openWithSnapshots(backend: BackendUnderTest, loads: readonly LoadRequest[]): Promise<Store> {
  if (backend.name === 'sqlite') {
    const store = new SqliteStore(await sqliteFileWithSnapshots(loads));
    await store.migrate();
    return store;
  }
  const store = await backend.open();
  for (const load of loads) await loadSnapshot(store, load);
  return store;
}

/** Opens the configured store: PostgreSQL when a URL is given, else the SQLite file. */
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export interface StoreLocation {
  /** SQLite file, used unless databaseUrl is set. */
  readonly dbFile: string;
  readonly databaseUrl?: string;
}

export async function openStore(location: StoreLocation): Promise<Store> {
  const store = location.databaseUrl !== undefined ? new PostgresStore(location.databaseUrl) : new SqliteStore(location.dbFile);
  await store.migrate();
  return store;
}

/**
 * The shared store of record: PostgreSQL through a `pg` pool. Writes of a dataset run in one
 * transaction holding a transaction-scoped advisory lock on the dataset, so two processes
 * loading the same dataset take turns while other datasets load in parallel. A failed load
 * rolls back; a killed process drops its connection, and the server rolls back for it.
 * With `schema`, every table lives in that schema (tests use a fresh one each).
 * Unlike SQLite, a failed SQL statement aborts the whole transaction: `work` must let such
 * errors propagate rather than catch them and carry on.
 */
import pg from 'pg';
import type { SanctionEvent } from '../../history/events.js';
import { InvalidInputError, UnavailableError } from '../../model/errors.js';
import { datasetsFromRows, eventFromRow, eventsQuery, statementFromRow, type EventRow, type SnapshotRow, type StatementRow } from '../rows.js';
import type {
  DatasetSummary,
  DatasetTransaction,
  EventFilter,
  SnapshotRecord,
  StatementRecord,
  Store,
} from '../store.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { REFERENCE_PROPS_SQL } from '../reference-props.js';
import { PostgresAccess } from './postgres-access.js';
import { PostgresDatasetTransaction, selectSnapshots, selectStatementsAt, STATEMENT_COLUMNS } from './postgres-transaction.js';

export interface PostgresStoreOptions {
  /** Schema holding the tables, created by migrate(); default: the connection's search_path (public). */
  readonly schema?: string;
  /** Drop the schema (and all data in it) on close(); for tests. Requires `schema`. */
  readonly dropSchemaOnClose?: boolean;
}

// Unquoted identifiers only, so the name can go into search_path and DDL without escaping.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
// Advisory lock keys are (class, key) pairs of hashtext() values; the class keeps ours apart
// from other applications' locks on the same server.
const MIGRATE_LOCK = 'sanctions-radar.migrate';
const DATASET_LOCK = 'sanctions-radar.dataset';

export class PostgresStore implements Store {
  readonly backend = 'postgres' as const;
  private readonly pool: pg.Pool;
  private readonly schema: string | undefined;
  private readonly dropSchemaOnClose: boolean;
  readonly access = new PostgresAccess((sql, params) => this.query(sql, params));
  private closing: Promise<void> | undefined;

  constructor(connectionString: string, options: PostgresStoreOptions = {}) {
    const { schema, dropSchemaOnClose = false } = options;
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
      throw new InvalidInputError(`PostgreSQL schema "${schema}" must be lower-case letters, digits and '_'`);
    }
    if (dropSchemaOnClose && schema === undefined) throw new InvalidInputError('dropSchemaOnClose needs an explicit schema');
    this.schema = schema;
    this.dropSchemaOnClose = dropSchemaOnClose;
    // search_path as a startup parameter applies to every pooled connection before its first query.
    this.pool = new pg.Pool({ connectionString, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) });
    // An idle pooled connection that the server closes (restart, idle timeout) is removed
    // from the pool by pg; without a listener the event would crash the process.
    this.pool.on('error', () => undefined);
  }

  async migrate(): Promise<void> {
    await this.transaction(MIGRATE_LOCK, this.schema ?? '', async (client) => {
      if (this.schema !== undefined) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
        await this.checkSearchPath(client, this.schema);
      }
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const { rows } = await client.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
      for (let version = rows[0]!.version + 1; version <= POSTGRES_MIGRATIONS.length; version++) {
        await client.query(POSTGRES_MIGRATIONS[version - 1]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      }
    });
  }

  async close(): Promise<void> {
    this.closing ??= this.dropSchemaThenEnd();
    return this.closing;
  }

  async writeDataset<T>(dataset: string, work: (tx: DatasetTransaction) => Promise<T>): Promise<T> {
    return this.transaction(DATASET_LOCK, `${this.schema ?? ''}/${dataset}`, (client) =>
      work(new PostgresDatasetTransaction(client, dataset)),
    );
  }

  async listDatasets(): Promise<DatasetSummary[]> {
    return datasetsFromRows(await this.query<SnapshotRow>('SELECT * FROM snapshots ORDER BY dataset, as_of'));
  }

  async listSnapshots(dataset: string): Promise<SnapshotRecord[]> {
    return this.withClient((client) => selectSnapshots(client, dataset));
  }

  async listEvents(filter: EventFilter): Promise<SanctionEvent[]> {
    // A list binds as one array parameter: IN (SELECT unnest($n::text[])).
    const { sql, params } = eventsQuery(filter, (n, value) => (Array.isArray(value) ? `(SELECT unnest($${n}::text[]))` : `$${n}`));
    return (await this.query<EventRow>(sql, params)).map(eventFromRow);
  }

  async statementsOfEntity(entityId: string): Promise<StatementRecord[]> {
    const rows = await this.query<StatementRow>(
      `SELECT ${STATEMENT_COLUMNS} FROM statements WHERE entity_id = $1 ORDER BY dataset, prop, value`,
      [entityId],
    );
    return rows.map(statementFromRow);
  }

  async statementsReferencing(entityId: string): Promise<StatementRecord[]> {
    const referring = `SELECT entity_id FROM statements WHERE value = $1 AND ${REFERENCE_PROPS_SQL}`;
    const rows = await this.query<StatementRow>(
      `SELECT ${STATEMENT_COLUMNS} FROM statements WHERE entity_id IN (${referring}) ORDER BY dataset, entity_id, prop, value`,
      [entityId],
    );
    return rows.map(statementFromRow);
  }

  async statementsAt(dataset: string, date: string): Promise<StatementRecord[]> {
    return this.withClient((client) => selectStatementsAt(client, dataset, date));
  }

  async statementsOfDataset(dataset: string): Promise<StatementRecord[]> {
    const rows = await this.query<StatementRow>(`SELECT ${STATEMENT_COLUMNS} FROM statements WHERE dataset = $1`, [dataset]);
    return rows.map(statementFromRow);
  }

  /** Runs `work` in a transaction holding the advisory lock (lockClass, key); a throw rolls back. */
  private async transaction<T>(lockClass: string, key: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.withClient(async (client, connection) => {
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [lockClass, key]);
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is discarded rather than returned to the pool.
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          connection.lost ??= rollbackError;
        });
        throw error;
      }
    });
  }

  /** Checks a connection out for `work`; one lost meanwhile is discarded instead of pooled again. */
  private async withClient<T>(work: (client: pg.PoolClient, connection: { lost?: Error }) => Promise<T>): Promise<T> {
    const client = await this.connect();
    const connection: { lost?: Error } = {};
    // A connection lost between two queries surfaces as an 'error' event, which pg-pool does
    // not listen to while the client is checked out; unheard, it would crash the process.
    const onError = (error: Error) => {
      connection.lost ??= error;
    };
    client.on('error', onError);
    try {
      return await work(client, connection);
    } finally {
      client.off('error', onError);
      client.release(connection.lost);
    }
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    return this.withClient(async (client) => (await client.query<R>(sql, params)).rows);
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw new UnavailableError(`cannot connect to PostgreSQL: ${(error as Error).message}`, { cause: error });
    }
  }

  /** A connection string's own `options` would override the search_path set here; refuse to run in the wrong schema. */
  private async checkSearchPath(client: pg.PoolClient, schema: string): Promise<void> {
    const { rows } = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
    if (rows[0]!.schema !== schema) {
      throw new InvalidInputError(`PostgreSQL connection uses schema ${rows[0]!.schema ?? '(none)'}, expected ${schema}: remove search_path from the connection options`);
    }
  }

  private async dropSchemaThenEnd(): Promise<void> {
    try {
      if (this.dropSchemaOnClose) await this.withClient((client) => client.query(`DROP SCHEMA IF EXISTS ${this.schema!} CASCADE`));
    } finally {
      await this.pool.end();
    }
  }
}

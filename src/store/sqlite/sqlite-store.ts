/**
 * The embedded default store: one SQLite file via better-sqlite3. Writes of a dataset run in
 * one `BEGIN IMMEDIATE` transaction, so a failed, crashed or killed load leaves the file as
 * it was (SQLite's journal rolls back an unfinished transaction on the next open).
 */
import Database from 'better-sqlite3';
import { UnavailableError } from '../../model/errors.js';
import type { SanctionEvent } from '../../history/events.js';
import type {
  DatasetSummary,
  DatasetTransaction,
  EventFilter,
  SnapshotRecord,
  StatementRecord,
  Store,
} from '../store.js';
import {
  batches,
  datasetsFromRows,
  eventsQuery,
  checkDataset,
  checkEventsBelong,
  eventFromRow,
  eventToRow,
  seenAt,
  snapshotFromRow,
  snapshotToRow,
  statementFromRow,
  statementToRow,
  type EventRow,
  type SnapshotRow,
  type StatementRow,
} from '../rows.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { REFERENCE_PROPS_SQL } from '../reference-props.js';
import { SqliteAccess } from './sqlite-access.js';

// SQLite allows 32766 bound parameters per statement; stay well below.
const IN_BATCH = 500;
const STATEMENT_COLUMNS = 'dataset, entity_id, prop, value, first_seen, last_seen, spans';
// How long a writer waits for another process's load to finish before giving up.
const BUSY_TIMEOUT_MS = 30_000;

export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  readonly access: SqliteAccess;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {
    try {
      this.db = new Database(file);
    } catch (cause) {
      throw new UnavailableError(`cannot open the SQLite database ${file}: ${(cause as Error).message}`, { cause });
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.access = new SqliteAccess(this.db);
  }

  async migrate(): Promise<void> {
    const applied = this.db.pragma('user_version', { simple: true }) as number;
    this.db.transaction(() => {
      for (let i = applied; i < SQLITE_MIGRATIONS.length; i++) this.db.exec(SQLITE_MIGRATIONS[i]!);
      this.db.pragma(`user_version = ${SQLITE_MIGRATIONS.length}`);
    }).immediate();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async writeDataset<T>(dataset: string, work: (tx: DatasetTransaction) => Promise<T>): Promise<T> {
    // `work` is asynchronous and this process has one connection: a second writeDataset
    // started meanwhile would BEGIN inside the open transaction, so calls wait their turn.
    const turn = this.writes.then(() => this.runTransaction(dataset, work));
    // The queue only orders calls; each caller gets its own outcome from `turn`.
    this.writes = turn.catch(() => undefined);
    return turn;
  }

  private async runTransaction<T>(dataset: string, work: (tx: DatasetTransaction) => Promise<T>): Promise<T> {
    // BEGIN IMMEDIATE takes SQLite's single write lock, which covers every dataset.
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (cause) {
      if ((cause as { code?: string }).code !== 'SQLITE_BUSY') throw cause;
      throw new UnavailableError(`${this.file} is being written by another process (waited ${BUSY_TIMEOUT_MS / 1000} s); try again when it is done`, { cause });
    }
    try {
      const result = await work(new SqliteDatasetTransaction(this.db, dataset));
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      // Some errors (SQLITE_FULL, SQLITE_IOERR) have already rolled the transaction back.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async listDatasets(): Promise<DatasetSummary[]> {
    return datasetsFromRows(this.db.prepare('SELECT * FROM snapshots ORDER BY dataset, as_of').all() as SnapshotRow[]);
  }

  async listSnapshots(dataset: string): Promise<SnapshotRecord[]> {
    return selectSnapshots(this.db, dataset);
  }

  async listEvents(filter: EventFilter): Promise<SanctionEvent[]> {
    // A list binds as one placeholder per element: IN (?, ?, ...).
    const { sql, params } = eventsQuery(filter, (_n, value) => (Array.isArray(value) ? `(${value.map(() => '?').join(', ')})` : '?'));
    return (this.db.prepare(sql).all(...params.flat()) as EventRow[]).map(eventFromRow);
  }

  async statementsOfEntity(entityId: string): Promise<StatementRecord[]> {
    const rows = this.db
      .prepare(`SELECT ${STATEMENT_COLUMNS} FROM statements WHERE entity_id = ? ORDER BY dataset, prop, value`)
      .all(entityId) as StatementRow[];
    return rows.map(statementFromRow);
  }

  async statementsReferencing(entityId: string): Promise<StatementRecord[]> {
    const referring = `SELECT entity_id FROM statements WHERE value = ? AND ${REFERENCE_PROPS_SQL}`;
    const rows = this.db
      .prepare(`SELECT ${STATEMENT_COLUMNS} FROM statements WHERE entity_id IN (${referring}) ORDER BY dataset, entity_id, prop, value`)
      .all(entityId) as StatementRow[];
    return rows.map(statementFromRow);
  }

  async statementsAt(dataset: string, date: string): Promise<StatementRecord[]> {
    return selectStatementsAt(this.db, dataset, date);
  }

  async statementsOfDataset(dataset: string): Promise<StatementRecord[]> {
    const rows = this.db
      .prepare('SELECT entity_id, prop, value, first_seen, last_seen, spans FROM statements WHERE dataset = ?')
      .raw(true)
      .all(dataset) as RawStatementRow[];
    return statementsFromRaw(dataset, rows);
  }
}

function selectSnapshots(db: Database.Database, dataset: string): SnapshotRecord[] {
  const rows = db.prepare('SELECT * FROM snapshots WHERE dataset = ? ORDER BY as_of').all(dataset) as SnapshotRow[];
  return rows.map(snapshotFromRow);
}

function selectStatementsAt(db: Database.Database, dataset: string, date: string, props?: readonly string[]): StatementRecord[] {
  const propFilter = props === undefined ? '' : ` AND prop IN (${props.map(() => '?').join(', ')})`;
  // A whole list is read here (~370,000 rows for OFAC SDN): raw arrays are a third faster than row objects.
  const rows = db
    .prepare(
      `SELECT entity_id, prop, value, first_seen, last_seen, spans FROM statements
       WHERE dataset = ? AND first_seen <= ? AND (last_seen IS NULL OR last_seen >= ?)${propFilter}`,
    )
    .raw(true)
    .all(dataset, date, date, ...(props ?? [])) as RawStatementRow[];
  return seenAt(statementsFromRaw(dataset, rows), date);
}

/** entity_id, prop, value, first_seen, last_seen, spans: a statement row read as an array. */
type RawStatementRow = [string, string, string, string, string | null, string | null];

function statementsFromRaw(dataset: string, rows: readonly RawStatementRow[]): StatementRecord[] {
  return rows.map(([entity_id, prop, value, first_seen, last_seen, spans]) => statementFromRow({ dataset, entity_id, prop, value, first_seen, last_seen, spans }));
}

class SqliteDatasetTransaction implements DatasetTransaction {
  constructor(
    private readonly db: Database.Database,
    private readonly dataset: string,
  ) {}

  async snapshots(): Promise<SnapshotRecord[]> {
    return selectSnapshots(this.db, this.dataset);
  }

  async statementsAt(date: string, props?: readonly string[]): Promise<StatementRecord[]> {
    return selectStatementsAt(this.db, this.dataset, date, props);
  }

  async statementsOfEntities(entityIds: readonly string[]): Promise<StatementRecord[]> {
    const records: StatementRecord[] = [];
    for (const batch of batches(entityIds, IN_BATCH)) {
      const sql = `SELECT ${STATEMENT_COLUMNS} FROM statements
        WHERE dataset = ? AND entity_id IN (${batch.map(() => '?').join(', ')})`;
      for (const row of this.db.prepare(sql).all(this.dataset, ...batch) as StatementRow[]) records.push(statementFromRow(row));
    }
    return records;
  }

  async entitiesSeenBefore(entityIds: readonly string[], date: string): Promise<Set<string>> {
    const seen = new Set<string>();
    for (const batch of batches(entityIds, IN_BATCH)) {
      const sql = `SELECT DISTINCT entity_id FROM statements
        WHERE dataset = ? AND prop = '$schema' AND first_seen < ? AND entity_id IN (${batch.map(() => '?').join(', ')})`;
      for (const row of this.db.prepare(sql).all(this.dataset, date, ...batch) as { entity_id: string }[]) seen.add(row.entity_id);
    }
    return seen;
  }

  async insertSnapshot(snapshot: SnapshotRecord): Promise<void> {
    checkDataset(this.dataset, [snapshot], 'snapshot');
    this.db
      .prepare(
        `INSERT INTO snapshots (dataset, as_of, format, checksum, source, loaded_at, entity_count, target_count, statement_count)
         VALUES (@dataset, @as_of, @format, @checksum, @source, @loaded_at, @entity_count, @target_count, @statement_count)`,
      )
      .run(snapshotToRow(snapshot));
  }

  async saveStatements(statements: readonly StatementRecord[]): Promise<void> {
    checkDataset(this.dataset, statements, 'statement');
    const upsert = this.db.prepare(
      `INSERT INTO statements (${STATEMENT_COLUMNS})
       VALUES (@dataset, @entity_id, @prop, @value, @first_seen, @last_seen, @spans)
       ON CONFLICT (dataset, entity_id, prop, value)
       DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen, spans = excluded.spans`,
    );
    for (const statement of statements) upsert.run(statementToRow(statement));
  }

  async replaceEvents(snapshotDate: string, events: readonly SanctionEvent[]): Promise<void> {
    checkEventsBelong(this.dataset, snapshotDate, events);
    this.db.prepare('DELETE FROM events WHERE dataset = ? AND snapshot_date = ?').run(this.dataset, snapshotDate);
    const insert = this.db.prepare(
      `INSERT INTO events (dataset, snapshot_date, entity_id, type, date, schema, caption, changed)
       VALUES (@dataset, @snapshot_date, @entity_id, @type, @date, @schema, @caption, @changed)`,
    );
    for (const event of events) insert.run(eventToRow(event));
  }
}

/**
 * The PostgreSQL side of a dataset transaction, plus the selects the store shares with it.
 * Bulk writes send whole columns as arrays and expand them with unnest(): one statement and
 * seven parameters per batch instead of one round trip per row, and no 65,535-parameter limit.
 */
import type pg from 'pg';
import type { SanctionEvent } from '../../history/events.js';
import type { DatasetTransaction, SnapshotRecord, StatementRecord } from '../store.js';
import {
  batches,
  checkDataset,
  checkEventsBelong,
  eventToRow,
  seenAt,
  snapshotFromRow,
  snapshotToRow,
  statementFromRow,
  statementToRow,
  type SnapshotRow,
  type StatementRow,
} from '../rows.js';

// Entity ids per `= ANY($n)` query: bounds the size of one result set, not a server limit.
const ANY_BATCH = 10_000;
// Rows per bulk insert, and characters of values per bulk insert (FtM text values reach
// 65,000 characters, so a row count alone does not bound the size of one message).
const INSERT_BATCH_ROWS = 5_000;
const INSERT_BATCH_CHARS = 8_000_000;

export const STATEMENT_COLUMNS = 'dataset, entity_id, prop, value, first_seen, last_seen, spans';

export async function selectSnapshots(client: pg.PoolClient, dataset: string): Promise<SnapshotRecord[]> {
  const { rows } = await client.query<SnapshotRow>('SELECT * FROM snapshots WHERE dataset = $1 ORDER BY as_of', [dataset]);
  return rows.map(snapshotFromRow);
}

export async function selectStatementsAt(client: pg.PoolClient, dataset: string, date: string, props?: readonly string[]): Promise<StatementRecord[]> {
  const { rows } = await client.query<StatementRow>(
    `SELECT ${STATEMENT_COLUMNS} FROM statements
     WHERE dataset = $1 AND first_seen <= $2 AND (last_seen IS NULL OR last_seen >= $2)${props === undefined ? '' : ' AND prop = ANY($3::text[])'}`,
    props === undefined ? [dataset, date] : [dataset, date, props],
  );
  return seenAt(rows.map(statementFromRow), date);
}

/** One array per column, in the given order: the parameters of an `unnest(...)` insert. */
function columnArrays<T>(rows: readonly T[], columns: readonly (keyof T)[]): unknown[][] {
  return columns.map((column) => rows.map((row) => row[column]));
}

/** Splits rows into insert batches bounded by row count and by the characters of `size(row)`. */
function* insertBatches<T>(rows: readonly T[], size: (row: T) => number): Generator<T[]> {
  let batch: T[] = [];
  let chars = 0;
  for (const row of rows) {
    batch.push(row);
    chars += size(row);
    if (batch.length >= INSERT_BATCH_ROWS || chars >= INSERT_BATCH_CHARS) {
      yield batch;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/** Keeps the last of statements that share (entity, property, value): one upsert may touch a row only once. */
function lastPerKey(statements: readonly StatementRecord[]): StatementRecord[] {
  const byKey = new Map<string, StatementRecord>();
  for (const s of statements) byKey.set(`${s.entityId}\u001f${s.prop}\u001f${s.value}`, s);
  return byKey.size === statements.length ? [...statements] : [...byKey.values()];
}

export class PostgresDatasetTransaction implements DatasetTransaction {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly dataset: string,
  ) {}

  async snapshots(): Promise<SnapshotRecord[]> {
    return selectSnapshots(this.client, this.dataset);
  }

  async statementsAt(date: string, props?: readonly string[]): Promise<StatementRecord[]> {
    return selectStatementsAt(this.client, this.dataset, date, props);
  }

  async statementsOfEntities(entityIds: readonly string[]): Promise<StatementRecord[]> {
    const records: StatementRecord[] = [];
    for (const batch of batches(entityIds, ANY_BATCH)) {
      const { rows } = await this.client.query<StatementRow>(
        `SELECT ${STATEMENT_COLUMNS} FROM statements WHERE dataset = $1 AND entity_id = ANY($2::text[])`,
        [this.dataset, batch],
      );
      for (const row of rows) records.push(statementFromRow(row));
    }
    return records;
  }

  async entitiesSeenBefore(entityIds: readonly string[], date: string): Promise<Set<string>> {
    const seen = new Set<string>();
    for (const batch of batches(entityIds, ANY_BATCH)) {
      const { rows } = await this.client.query<{ entity_id: string }>(
        `SELECT DISTINCT entity_id FROM statements
         WHERE dataset = $1 AND prop = '$schema' AND first_seen < $2 AND entity_id = ANY($3::text[])`,
        [this.dataset, date, batch],
      );
      for (const row of rows) seen.add(row.entity_id);
    }
    return seen;
  }

  async insertSnapshot(snapshot: SnapshotRecord): Promise<void> {
    checkDataset(this.dataset, [snapshot], 'snapshot');
    const row = snapshotToRow(snapshot);
    await this.client.query(
      `INSERT INTO snapshots (dataset, as_of, format, checksum, source, loaded_at, entity_count, target_count, statement_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [row.dataset, row.as_of, row.format, row.checksum, row.source, row.loaded_at, row.entity_count, row.target_count, row.statement_count],
    );
  }

  async saveStatements(statements: readonly StatementRecord[]): Promise<void> {
    checkDataset(this.dataset, statements, 'statement');
    const rows = lastPerKey(statements).map(statementToRow);
    for (const batch of insertBatches(rows, (row) => row.value.length + (row.spans?.length ?? 0))) {
      await this.client.query(
        `INSERT INTO statements (${STATEMENT_COLUMNS})
         SELECT $1::text, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         ON CONFLICT (dataset, entity_id, prop, md5(value))
         DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen, spans = excluded.spans`,
        [this.dataset, ...columnArrays(batch, ['entity_id', 'prop', 'value', 'first_seen', 'last_seen', 'spans'])],
      );
    }
  }

  async replaceEvents(snapshotDate: string, events: readonly SanctionEvent[]): Promise<void> {
    checkEventsBelong(this.dataset, snapshotDate, events);
    await this.client.query('DELETE FROM events WHERE dataset = $1 AND snapshot_date = $2', [this.dataset, snapshotDate]);
    const rows = events.map(eventToRow);
    for (const batch of insertBatches(rows, (row) => row.caption.length + row.changed.length)) {
      await this.client.query(
        `INSERT INTO events (dataset, snapshot_date, entity_id, type, date, schema, caption, changed)
         SELECT $1::text, $2::text, * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
        [this.dataset, snapshotDate, ...columnArrays(batch, ['entity_id', 'type', 'date', 'schema', 'caption', 'changed'])],
      );
    }
  }
}

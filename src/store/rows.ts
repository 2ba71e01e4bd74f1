/**
 * Conversions between store rows and store records shared by both backends: the compact
 * span encoding (one run in first_seen/last_seen, several runs also as JSON) and event rows.
 */
import type { SanctionEvent, EventType } from '../history/events.js';
import { spanCovers, type Span } from '../history/spans.js';
import type { DatasetSummary, EventFilter, SnapshotRecord, StatementRecord } from './store.js';

export interface StatementRow {
  dataset: string;
  entity_id: string;
  prop: string;
  value: string;
  first_seen: string;
  last_seen: string | null;
  spans: string | null;
}

export interface EventRow {
  dataset: string;
  snapshot_date: string;
  entity_id: string;
  type: string;
  date: string;
  schema: string;
  caption: string;
  changed: string;
}

export interface SnapshotRow {
  dataset: string;
  as_of: string;
  format: string;
  checksum: string;
  source: string;
  loaded_at: string;
  entity_count: number;
  target_count: number;
  statement_count: number;
}

export function statementFromRow(row: StatementRow): StatementRecord {
  const spans: Span[] =
    row.spans === null
      ? [{ firstSeen: row.first_seen, lastSeen: row.last_seen }]
      : (JSON.parse(row.spans) as [string, string | null][]).map(([firstSeen, lastSeen]) => ({ firstSeen, lastSeen }));
  return { dataset: row.dataset, entityId: row.entity_id, prop: row.prop, value: row.value, spans };
}

export function statementToRow(statement: StatementRecord): StatementRow {
  const { spans } = statement;
  return {
    dataset: statement.dataset,
    entity_id: statement.entityId,
    prop: statement.prop,
    value: statement.value,
    first_seen: spans[0]!.firstSeen,
    last_seen: spans.at(-1)!.lastSeen,
    spans: spans.length === 1 ? null : JSON.stringify(spans.map((s) => [s.firstSeen, s.lastSeen])),
  };
}

/** Rows selected by first/last seen may still have a gap at `date`; this drops those. */
export function seenAt(statements: StatementRecord[], date: string): StatementRecord[] {
  return statements.filter((s) => s.spans.some((span) => spanCovers(span, date)));
}

export function eventToRow(event: SanctionEvent): EventRow {
  return {
    dataset: event.dataset,
    snapshot_date: event.snapshotDate,
    entity_id: event.entityId,
    type: event.type,
    date: event.date,
    schema: event.schema,
    caption: event.caption,
    changed: JSON.stringify(event.changed),
  };
}

export function eventFromRow(row: EventRow): SanctionEvent {
  return {
    dataset: row.dataset,
    snapshotDate: row.snapshot_date,
    entityId: row.entity_id,
    type: row.type as EventType,
    date: row.date,
    schema: row.schema,
    caption: row.caption,
    changed: JSON.parse(row.changed) as string[],
  };
}

export function snapshotToRow(s: SnapshotRecord): SnapshotRow {
  return {
    dataset: s.dataset,
    as_of: s.asOf,
    format: s.format,
    checksum: s.checksum,
    source: s.source,
    loaded_at: s.loadedAt,
    entity_count: s.entityCount,
    target_count: s.targetCount,
    statement_count: s.statementCount,
  };
}

export function snapshotFromRow(row: SnapshotRow): SnapshotRecord {
  return {
    dataset: row.dataset,
    asOf: row.as_of,
    format: row.format,
    checksum: row.checksum,
    source: row.source,
    loadedAt: row.loaded_at,
    entityCount: Number(row.entity_count),
    targetCount: Number(row.target_count),
    statementCount: Number(row.statement_count),
  };
}

/** Snapshot rows ordered by dataset and date, grouped into datasets. */
export function datasetsFromRows(rows: readonly SnapshotRow[]): DatasetSummary[] {
  const byName = new Map<string, SnapshotRecord[]>();
  for (const row of rows) {
    const list = byName.get(row.dataset) ?? [];
    list.push(snapshotFromRow(row));
    byName.set(row.dataset, list);
  }
  return [...byName].map(([name, snapshots]) => ({ name, snapshots }));
}

/**
 * The events query for a filter, with placeholders written by `placeholder(n, value)` (n is
 * 1-based): `?` for SQLite, `$n` for PostgreSQL, which also picks how a list is bound.
 */
export function eventsQuery(filter: EventFilter, placeholder: (n: number, value: unknown) => string): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (column: string, operator: string, value: unknown): void => {
    params.push(value);
    where.push(`${column} ${operator} ${placeholder(params.length, value)}`);
  };
  if (filter.dataset !== undefined) add('dataset', '=', filter.dataset);
  if (filter.entityId !== undefined) add('entity_id', '=', filter.entityId);
  if (filter.from !== undefined) add('date', '>=', filter.from);
  if (filter.to !== undefined) add('date', '<=', filter.to);
  if (filter.types !== undefined && filter.types.length > 0) add('type', 'IN', filter.types);
  const sql = `SELECT * FROM events ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date, dataset, entity_id, type`;
  return { sql, params };
}

/** Splits a list into batches for IN (...) queries and multi-row inserts. */
export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * A dataset transaction holds the write lock of its dataset only: a record of another
 * dataset written through it would bypass that dataset's lock, so it is refused.
 */
export function checkDataset(dataset: string, records: Iterable<{ readonly dataset: string }>, kind: string): void {
  for (const record of records) {
    if (record.dataset !== dataset) throw new Error(`${kind} of dataset ${record.dataset} written in a transaction of dataset ${dataset}`);
  }
}

/** Events replaced for one snapshot must belong to it, or they would outlive the next replacement. */
export function checkEventsBelong(dataset: string, snapshotDate: string, events: readonly SanctionEvent[]): void {
  checkDataset(dataset, events, 'event');
  for (const event of events) {
    if (event.snapshotDate !== snapshotDate) {
      throw new Error(`event of snapshot ${event.snapshotDate} given to replace the events of snapshot ${snapshotDate}`);
    }
  }
}

/**
 * Read use cases over the store: an entity as it stood on a date, an entity's history, the
 * changes (events) of a dataset, and the dataset catalogue.
 */
import { entityCaption } from '../model/entity.js';
import { InvalidInputError, NotFoundError } from '../model/errors.js';
import { DIGEST_PROP, entitiesFromStatements, SCHEMA_PROP } from '../model/statement.js';
import type { EventType, SanctionEvent } from '../history/events.js';
import { spanCovers } from '../history/spans.js';
import { isCalendarDate } from '../sources/lib/dates.js';
import type { SnapshotRecord, StatementRecord, Store } from '../store/store.js';

export interface EntityView {
  readonly id: string;
  readonly schema: string;
  readonly caption: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
  readonly datasets: readonly string[];
  readonly target: boolean;
  readonly first_seen: string;
  readonly last_seen: string;
  /** The latest snapshot (up to the date shown) in which a value appeared or one was gone (yente's last_change). */
  readonly last_change: string;
  /** Whether the entity is in the latest snapshot of any of its datasets. */
  readonly listed: boolean;
}

function checkDate(name: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) throw new InvalidInputError(`${name} must be a date YYYY-MM-DD, got "${value}"`);
}

/** The snapshot of each dataset in force on `asOf` (the latest one on or before it). */
async function snapshotsInForce(store: Store, datasets: Iterable<string>, asOf?: string): Promise<Map<string, SnapshotRecord[]>> {
  const result = new Map<string, SnapshotRecord[]>();
  for (const dataset of datasets) {
    const all = await store.listSnapshots(dataset);
    result.set(dataset, asOf === undefined ? all : all.filter((s) => s.asOf <= asOf));
  }
  return result;
}

/** The entity as it stood on `asOf` (default: now). A delisted entity is shown as last seen, marked not listed. */
export async function entityAsOf(store: Store, entityId: string, asOf?: string): Promise<EntityView> {
  checkDate('--as-of', asOf);
  const statements = await store.statementsOfEntity(entityId);
  if (statements.length === 0) throw new NotFoundError(`no entity ${entityId} in any loaded dataset`);
  const snapshots = await snapshotsInForce(store, new Set(statements.map((s) => s.dataset)), asOf);
  const inForce = pickStatements(statements, snapshots, 'in-force');
  const listed = inForce.length > 0;
  if (!listed && asOf !== undefined) {
    throw new NotFoundError(`${entityId} was not on any loaded list on ${asOf}${describeSeen(statements, snapshots)}`);
  }
  const shown = listed ? inForce : pickStatements(statements, snapshots, 'last-seen');
  const entity = entitiesFromStatements(shown).get(entityId)!;
  const presence = statements.filter((s) => s.prop === SCHEMA_PROP);
  return {
    id: entity.id,
    schema: entity.schema,
    caption: entityCaption(entity),
    properties: entity.properties,
    datasets: [...new Set(shown.map((s) => s.dataset))].sort(),
    target: entity.target,
    first_seen: presence.map((s) => s.spans[0]!.firstSeen).sort()[0]!,
    last_seen: lastSeen(presence, snapshots),
    last_change: lastChange(statements, snapshots),
    listed,
  };
}

/**
 * Statements of the snapshot in force per dataset ('in-force'), or, for datasets where the
 * entity is no longer present, of the last snapshot that had it ('last-seen').
 */
function pickStatements(statements: StatementRecord[], snapshots: Map<string, SnapshotRecord[]>, mode: 'in-force' | 'last-seen'): StatementRecord[] {
  const picked: StatementRecord[] = [];
  for (const [dataset, list] of snapshots) {
    const own = statements.filter((s) => s.dataset === dataset);
    const date = mode === 'in-force' ? list.at(-1)?.asOf : lastDateSeen(own, list);
    if (date === undefined) continue;
    picked.push(...own.filter((s) => s.spans.some((span) => spanCovers(span, date))));
  }
  return picked.some((s) => s.prop === SCHEMA_PROP) ? picked : [];
}

/**
 * The latest change among the snapshots in force up to the date shown: a value first seen, or
 * the first snapshot without a value seen before (a removed alias is a change too).
 */
function lastChange(statements: readonly StatementRecord[], snapshots: Map<string, SnapshotRecord[]>): string {
  let latest = '';
  const note = (date: string | undefined) => {
    if (date !== undefined && date > latest) latest = date;
  };
  for (const s of statements) {
    const list = snapshots.get(s.dataset) ?? [];
    const shownUntil = list.at(-1)?.asOf;
    if (s.prop === DIGEST_PROP || shownUntil === undefined) continue;
    for (const span of s.spans) {
      if (span.firstSeen <= shownUntil) note(span.firstSeen);
      if (span.lastSeen !== null) note(list.find((snap) => snap.asOf > span.lastSeen!)?.asOf);
    }
  }
  return latest;
}

function lastDateSeen(statements: StatementRecord[], snapshots: SnapshotRecord[]): string | undefined {
  const presence = statements.filter((s) => s.prop === SCHEMA_PROP);
  return [...snapshots].reverse().find((snap) => presence.some((s) => s.spans.some((span) => spanCovers(span, snap.asOf))))?.asOf;
}

function lastSeen(presence: StatementRecord[], snapshots: Map<string, SnapshotRecord[]>): string {
  let latest = '';
  for (const s of presence) {
    const list = snapshots.get(s.dataset) ?? [];
    const date = lastDateSeen([s], list) ?? s.spans.at(-1)!.lastSeen ?? '';
    if (date > latest) latest = date;
  }
  return latest;
}

function describeSeen(statements: StatementRecord[], snapshots: Map<string, SnapshotRecord[]>): string {
  const presence = statements.filter((s) => s.prop === SCHEMA_PROP);
  const first = presence.map((s) => s.spans[0]!.firstSeen).sort()[0];
  return first === undefined ? '' : ` (first seen ${first}, last seen ${lastSeen(presence, snapshots) || 'before that date'})`;
}

export interface ValueHistory {
  readonly dataset: string;
  readonly prop: string;
  readonly value: string;
  readonly first_seen: string;
  /** Last snapshot in which the value was seen (resolved from open spans). */
  readonly last_seen: string;
  readonly spans: readonly { first_seen: string; last_seen: string }[];
}

export async function entityHistory(store: Store, entityId: string): Promise<{ id: string; events: SanctionEvent[]; values: ValueHistory[] }> {
  const statements = await store.statementsOfEntity(entityId);
  if (statements.length === 0) throw new NotFoundError(`no entity ${entityId} in any loaded dataset`);
  const latest = new Map<string, string>();
  for (const dataset of new Set(statements.map((s) => s.dataset))) {
    latest.set(dataset, (await store.listSnapshots(dataset)).at(-1)!.asOf);
  }
  // The digest is bookkeeping for loads, not a fact about the entity.
  const values = statements.filter((s) => s.prop !== DIGEST_PROP).map((s) => {
    const spans = s.spans.map((span) => ({ first_seen: span.firstSeen, last_seen: span.lastSeen ?? latest.get(s.dataset)! }));
    return { dataset: s.dataset, prop: s.prop, value: s.value, first_seen: spans[0]!.first_seen, last_seen: spans.at(-1)!.last_seen, spans };
  });
  return { id: entityId, events: await store.listEvents({ entityId }), values };
}

export interface ChangesQuery {
  dataset: string;
  from?: string;
  to?: string;
  types?: readonly EventType[];
}

export async function listChanges(store: Store, query: ChangesQuery): Promise<SanctionEvent[]> {
  checkDate('--from', query.from);
  checkDate('--to', query.to);
  if ((await store.listSnapshots(query.dataset)).length === 0) throw new NotFoundError(`no dataset ${query.dataset} has been loaded`);
  return store.listEvents(query);
}

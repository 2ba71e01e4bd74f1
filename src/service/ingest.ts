/**
 * Loading a source file as a dated snapshot of a dataset: parse, place the snapshot among
 * the dataset's others by as-of date, update every statement's seen-spans, derive events for
 * this snapshot and for the next one (whose predecessor changed), all in one transaction.
 * Safety rules: the same file twice is a no-op; a different file for a recorded date is a
 * conflict; a snapshot delisting more than MAX_DELISTED_SHARE of targets is refused unless
 * forced (a truncated download looks exactly like that).
 */
import { sameEntity, type Entity } from '../model/entity.js';
import { ConflictError, InvalidInputError, RefusedError } from '../model/errors.js';
import { DATASET_NAME_PATTERN } from '../model/ids.js';
import { countStatements, DIGEST_PROP, entitiesFromStatements, entityDigest, entityStatements, statementKey } from '../model/statement.js';
import { deriveEvents, type EventType, type SanctionEvent } from '../history/events.js';
import { recordPresence, sameSpans, spanCovers, type SnapshotPlacement } from '../history/spans.js';
import { isCalendarDate } from '../sources/lib/dates.js';
import { findSource } from '../sources/registry.js';
import type { DatasetTransaction, SnapshotRecord, StatementRecord, Store } from '../store/store.js';
import { sourceChecksum } from './checksum.js';
import { keepUnstatedValues } from './carry-over.js';
import { collectItems, resolveSnapshotEntities, type ParsedSnapshot } from './snapshot-state.js';

export const MAX_DELISTED_SHARE = 0.2;

export interface LoadRequest {
  format: string;
  path: string;
  asOf: string;
  dataset?: string;
  force?: boolean;
}

export interface LoadResult {
  readonly dataset: string;
  readonly asOf: string;
  readonly status: 'loaded' | 'unchanged';
  readonly entityCount: number;
  readonly targetCount: number;
  readonly statementCount: number;
  /** Statements inserted or whose spans changed. */
  readonly statementsWritten: number;
  readonly events: Readonly<Record<EventType, number>>;
}

export async function loadSnapshot(store: Store, request: LoadRequest, now: () => Date = () => new Date()): Promise<LoadResult> {
  if (!isCalendarDate(request.asOf)) throw new InvalidInputError(`--as-of must be a date YYYY-MM-DD, got "${request.asOf}"`);
  const source = findSource(request.format);
  const files = await source.inputFiles(request.path);
  const dataset = request.dataset ?? (await source.defaultDataset(request.path));
  if (!DATASET_NAME_PATTERN.test(dataset)) {
    throw new InvalidInputError(`dataset name "${dataset}" must be lower-case letters, digits, '_', '.' or '-'`);
  }
  const checksum = await sourceChecksum(files);
  const unstated = await source.unstatedProperties(request.path);
  const parsed = await collectItems(source.parse(request.path));
  return store.writeDataset(dataset, async (tx) => {
    const snapshots = await tx.snapshots();
    const sameDate = snapshots.find((s) => s.asOf === request.asOf);
    if (sameDate !== undefined) return unchangedOrConflict(sameDate, checksum);
    const placement = placeSnapshot(snapshots, request.asOf);
    const completed =
      unstated.length > 0 && placement.previous !== undefined && !parsed.isDelta
        ? { ...parsed, entities: await keepUnstatedValues(tx, placement.previous, parsed.entities, unstated) }
        : parsed;
    const { previous, neighbourStatements, nextStatements } = await readNeighbours(tx, placement, completed);
    const entities = resolveSnapshotEntities(completed, previous, dataset);
    if (entities.size === 0) throw new RefusedError(`${request.path} holds no entities; an empty list is not recorded`);
    if (!request.force) refuseMassDelisting(previous, entities, dataset);
    const written = await saveSpans(tx, { dataset, placement, entities, previous, neighbourStatements });
    const snapshot = snapshotRecord({ dataset, request, checksum, entities, loadedAt: now().toISOString(), format: source.format });
    await tx.insertSnapshot(snapshot);
    const events = await recordEvents(tx, { dataset, placement, previous, entities, nextStatements });
    return {
      dataset,
      asOf: request.asOf,
      status: 'loaded',
      entityCount: snapshot.entityCount,
      targetCount: snapshot.targetCount,
      statementCount: snapshot.statementCount,
      statementsWritten: written,
      events: countByType(events),
    };
  });
}

function unchangedOrConflict(existing: SnapshotRecord, checksum: string): LoadResult {
  if (existing.checksum !== checksum) {
    throw new ConflictError(
      `dataset ${existing.dataset} already has a snapshot dated ${existing.asOf} from a different file ` +
        `(${existing.source}, sha256 ${existing.checksum.slice(0, 12)}…); a date holds one snapshot`,
    );
  }
  return {
    dataset: existing.dataset,
    asOf: existing.asOf,
    status: 'unchanged',
    entityCount: existing.entityCount,
    targetCount: existing.targetCount,
    statementCount: existing.statementCount,
    statementsWritten: 0,
    events: countByType([]),
  };
}

function placeSnapshot(snapshots: readonly SnapshotRecord[], date: string): SnapshotPlacement {
  const earlier = snapshots.filter((s) => s.asOf < date);
  const later = snapshots.filter((s) => s.asOf > date);
  return { date, previous: earlier.at(-1)?.asOf, next: later[0]?.asOf };
}

interface Neighbours {
  /** Entities of the previous snapshot, if there is one. */
  readonly previous?: ReadonlyMap<string, Entity>;
  /** Statements whose spans the new snapshot may change. */
  readonly neighbourStatements: readonly StatementRecord[];
  /** Statements of the next snapshot, when the new one is inserted before it. */
  readonly nextStatements: readonly StatementRecord[];
}

/** What the new snapshot is compared with: its neighbours by date. */
async function readNeighbours(tx: DatasetTransaction, placement: SnapshotPlacement, parsed: ParsedSnapshot): Promise<Neighbours> {
  if (placement.previous !== undefined && placement.next === undefined && !parsed.isDelta) {
    const changedOnly = await readChangedSincePrevious(tx, placement.previous, parsed.entities);
    if (changedOnly !== undefined) return changedOnly;
  }
  const previousStatements = placement.previous === undefined ? [] : await tx.statementsAt(placement.previous);
  const nextStatements = placement.next === undefined ? [] : await tx.statementsAt(placement.next);
  return {
    previous: placement.previous === undefined ? undefined : entitiesFromStatements(previousStatements),
    neighbourStatements: [...previousStatements, ...nextStatements],
    nextStatements,
  };
}

/**
 * The usual load — a full list newer than every recorded snapshot — reads back only the
 * previous snapshot's entity digests and the statements of entities whose digest differs;
 * unchanged entities of the previous snapshot are the new snapshot's own. Undefined when the
 * previous snapshot has no digests to compare (then everything is read).
 */
async function readChangedSincePrevious(
  tx: DatasetTransaction,
  previousDate: string,
  entities: ReadonlyMap<string, Entity>,
): Promise<Neighbours | undefined> {
  const digests = new Map((await tx.statementsAt(previousDate, [DIGEST_PROP])).map((s) => [s.entityId, s.value]));
  if (digests.size === 0) return undefined;
  const changed = new Set<string>();
  for (const entity of entities.values()) if (digests.get(entity.id) !== entityDigest(entity)) changed.add(entity.id);
  for (const id of digests.keys()) if (!entities.has(id)) changed.add(id);
  const history = await tx.statementsOfEntities([...changed]);
  const changedBefore = entitiesFromStatements(history.filter((s) => s.spans.some((span) => spanCovers(span, previousDate))));
  const previous = new Map<string, Entity>();
  for (const id of digests.keys()) previous.set(id, changedBefore.get(id) ?? entities.get(id)!);
  return { previous, neighbourStatements: history, nextStatements: [] };
}

/**
 * A dataset without targets (FARA's registrations) is guarded on all its entities instead:
 * a truncated file would end half its records just the same.
 */
function refuseMassDelisting(previous: ReadonlyMap<string, Entity> | undefined, entities: ReadonlyMap<string, Entity>, dataset: string): void {
  if (previous === undefined) return;
  const hasTargets = [...previous.values()].some((entity) => entity.target);
  const counts = (entity: Entity | undefined) => entity !== undefined && (!hasTargets || entity.target);
  let counted = 0;
  let removed = 0;
  for (const entity of previous.values()) {
    if (!counts(entity)) continue;
    counted++;
    if (!counts(entities.get(entity.id))) removed++;
  }
  if (counted > 0 && removed / counted > MAX_DELISTED_SHARE) {
    const what = hasTargets ? `delist ${removed} of ${counted} targets` : `remove ${removed} of ${counted} entities`;
    throw new RefusedError(
      `this snapshot would ${what} of ${dataset} ` +
        `(${Math.round((100 * removed) / counted)}%, more than ${MAX_DELISTED_SHARE * 100}%); ` +
        'a truncated or wrong file looks like this. Check the file, or load it with --force',
    );
  }
}

/**
 * Updates the spans of every statement the new snapshot touches; returns how many changed.
 * When the snapshot is the newest, an entity identical to its previous state keeps all its
 * spans open and is skipped: the usual load touches only what changed.
 */
async function saveSpans(
  tx: DatasetTransaction,
  args: {
    dataset: string;
    placement: SnapshotPlacement;
    entities: ReadonlyMap<string, Entity>;
    previous: ReadonlyMap<string, Entity> | undefined;
    neighbourStatements: readonly StatementRecord[];
  },
): Promise<number> {
  const { dataset, placement, entities, previous } = args;
  const isUnchanged = (id: string): boolean => {
    if (placement.next !== undefined || previous === undefined) return false;
    const [before, now] = [previous.get(id), entities.get(id)];
    return before !== undefined && now !== undefined && sameEntity(before, now);
  };
  const known = new Map<string, StatementRecord>();
  for (const s of args.neighbourStatements) if (!isUnchanged(s.entityId)) known.set(statementKey(s), s);
  const present = new Map<string, { entityId: string; prop: string; value: string }>();
  for (const entity of entities.values()) {
    if (isUnchanged(entity.id)) continue;
    for (const s of entityStatements(entity)) present.set(statementKey(s), s);
  }
  const unknownEntities = new Set<string>();
  for (const [key, s] of present) if (!known.has(key)) unknownEntities.add(s.entityId);
  // Values absent from both neighbours may still have older spans (a relisted party).
  for (const s of await tx.statementsOfEntities([...unknownEntities])) if (!known.has(statementKey(s))) known.set(statementKey(s), s);
  const changed: StatementRecord[] = [];
  for (const [key, s] of present) {
    const spans = known.get(key)?.spans ?? [];
    const updated = recordPresence(spans, placement, true);
    if (!sameSpans(spans, updated)) changed.push({ dataset, entityId: s.entityId, prop: s.prop, value: s.value, spans: updated });
  }
  for (const [key, record] of known) {
    if (present.has(key)) continue;
    const updated = recordPresence(record.spans, placement, false);
    if (!sameSpans(record.spans, updated)) changed.push({ ...record, spans: updated });
  }
  await tx.saveStatements(changed);
  return changed.length;
}

function snapshotRecord(args: {
  dataset: string;
  request: LoadRequest;
  checksum: string;
  entities: ReadonlyMap<string, Entity>;
  loadedAt: string;
  format: string;
}): SnapshotRecord {
  let targetCount = 0;
  let statementCount = 0;
  for (const entity of args.entities.values()) {
    if (entity.target) targetCount++;
    statementCount += countStatements(entity);
  }
  return {
    dataset: args.dataset,
    asOf: args.request.asOf,
    format: args.format,
    checksum: args.checksum,
    source: args.request.path,
    loadedAt: args.loadedAt,
    entityCount: args.entities.size,
    targetCount,
    statementCount,
  };
}

/** Events of the new snapshot, and of the next one, whose predecessor is now the new snapshot. */
async function recordEvents(
  tx: DatasetTransaction,
  args: {
    dataset: string;
    placement: SnapshotPlacement;
    previous: ReadonlyMap<string, Entity> | undefined;
    entities: ReadonlyMap<string, Entity>;
    nextStatements: readonly StatementRecord[];
  },
): Promise<SanctionEvent[]> {
  const { dataset, placement, previous, entities } = args;
  const seenEarlier = await reappearingTargets(tx, previous, entities, placement.previous);
  const events = deriveEvents({ dataset, date: placement.date, previous, current: entities, seenEarlier });
  await tx.replaceEvents(placement.date, events);
  if (placement.next !== undefined) {
    const next = entitiesFromStatements(args.nextStatements);
    const nextSeenEarlier = await reappearingTargets(tx, entities, next, placement.date);
    await tx.replaceEvents(placement.next, deriveEvents({ dataset, date: placement.next, previous: entities, current: next, seenEarlier: nextSeenEarlier }));
  }
  return events;
}

/** Targets of `current` missing from `previous` that some snapshot before `previousDate` had. */
async function reappearingTargets(
  tx: DatasetTransaction,
  previous: ReadonlyMap<string, Entity> | undefined,
  current: ReadonlyMap<string, Entity>,
  previousDate: string | undefined,
): Promise<Set<string>> {
  if (previous === undefined || previousDate === undefined) return new Set();
  const newcomers = [...current.values()].filter((e) => e.target && !previous.has(e.id)).map((e) => e.id);
  return tx.entitiesSeenBefore(newcomers, previousDate);
}

function countByType(events: readonly SanctionEvent[]): Record<EventType, number> {
  const counts: Record<EventType, number> = { designated: 0, delisted: 0, relisted: 0, amended: 0 };
  for (const event of events) counts[event.type]++;
  return counts;
}

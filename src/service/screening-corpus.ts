/**
 * The listed parties screening compares against. Per dataset, the snapshot in force (the
 * latest, or the one in force on an as-of date) is read back from the store's statements,
 * rebuilt into entities, reduced to matchable targets, and merged by id across datasets (one
 * party listed in two datasets is one candidate naming both). Each target also knows whether
 * it is still listed in the latest snapshot of any of its datasets and, if not, the first
 * snapshot date that no longer had it.
 */
import { NotFoundError } from '../model/errors.js';
import { entitiesFromStatements, SCHEMA_PROP } from '../model/statement.js';
import { spanCovers, type Span } from '../history/spans.js';
import { matchableEntity, mergeMatchable } from '../match/matchable.js';
import type { MatchableEntity } from '../match/types.js';
import type { SnapshotRecord, StatementRecord, Store } from '../store/store.js';

export interface ScreeningTarget {
  readonly entity: MatchableEntity;
  /** In the latest snapshot of at least one of the datasets it was read from. */
  readonly listedNow: boolean;
  /** When not listed now: the first snapshot date without it (the latest such date across its datasets). */
  readonly delistedOn?: string;
}

/** A dataset's snapshots (date order) and the one in force on the date asked for, if any. */
export interface DatasetInForce {
  readonly dataset: string;
  readonly snapshots: readonly SnapshotRecord[];
  readonly inForce?: SnapshotRecord;
}

export interface ScreeningCorpus {
  /** The snapshot read per dataset. */
  readonly snapshots: readonly { dataset: string; asOf: string }[];
  readonly targets: ReadonlyMap<string, ScreeningTarget>;
}

export interface CorpusOptions {
  /** Default: each dataset's latest snapshot. */
  readonly asOf?: string;
  /** Default: every loaded dataset. */
  readonly datasets?: readonly string[];
}

/** The datasets asked for (default: all loaded) with the snapshot of each in force on `asOf` (default: latest). */
export async function datasetsInForce(store: Store, options: CorpusOptions): Promise<DatasetInForce[]> {
  const loaded = (await store.listDatasets()).filter((d) => d.snapshots.length > 0);
  if (loaded.length === 0) throw new NotFoundError('no dataset has been loaded; record a snapshot with `sanctions load` first');
  const names = options.datasets ?? loaded.map((d) => d.name);
  return names.map((name) => {
    const found = loaded.find((d) => d.name === name);
    if (found === undefined) throw new NotFoundError(`no dataset ${name} has been loaded (loaded: ${loaded.map((d) => d.name).join(', ')})`);
    const { asOf } = options;
    const inForce = asOf === undefined ? found.snapshots.at(-1) : found.snapshots.filter((s) => s.asOf <= asOf).at(-1);
    return { dataset: name, snapshots: found.snapshots, inForce };
  });
}

/** Reads the snapshot in force of every dataset asked for, one dataset at a time, and merges their targets. */
export async function loadScreeningCorpus(store: Store, options: CorpusOptions = {}): Promise<ScreeningCorpus> {
  const sources = (await datasetsInForce(store, options)).filter((s) => s.inForce !== undefined);
  if (sources.length === 0) throw new NotFoundError(`no loaded dataset has a snapshot on or before ${options.asOf}`);
  const targets = new Map<string, ScreeningTarget>();
  for (const source of sources) {
    const statements = await store.statementsAt(source.dataset, source.inForce!.asOf);
    addTargets(targets, targetsOfSnapshot(statements, source));
  }
  return { snapshots: sources.map((s) => ({ dataset: s.dataset, asOf: s.inForce!.asOf })), targets };
}

/**
 * The matchable targets among a snapshot's statements (all read at `source.inForce`), of the
 * entities in `onlyIds` when given.
 */
export function targetsOfSnapshot(statements: readonly StatementRecord[], source: DatasetInForce, onlyIds?: ReadonlySet<string>): ScreeningTarget[] {
  const kept = onlyIds === undefined ? statements : statements.filter((s) => onlyIds.has(s.entityId));
  const presence = new Map<string, readonly Span[]>();
  for (const s of kept) if (s.prop === SCHEMA_PROP) presence.set(s.entityId, s.spans);
  const targets: ScreeningTarget[] = [];
  for (const entity of entitiesFromStatements(kept).values()) {
    if (!entity.target) continue;
    const matchable = matchableEntity(entity, [source.dataset]);
    if (matchable === null) continue;
    targets.push({ entity: matchable, ...listingNow(presence.get(entity.id) ?? [], source) });
  }
  return targets;
}

/** Whether the entity (present at `source.inForce`, with these presence spans) is in the latest snapshot, else when it left. */
function listingNow(spans: readonly Span[], source: DatasetInForce): { listedNow: boolean; delistedOn?: string } {
  const latest = source.snapshots.at(-1)!.asOf;
  if (spans.some((span) => spanCovers(span, latest))) return { listedNow: true };
  const current = spans.find((span) => spanCovers(span, source.inForce!.asOf));
  const lastSeen = current?.lastSeen ?? source.inForce!.asOf;
  return { listedNow: false, delistedOn: source.snapshots.find((s) => s.asOf > lastSeen)?.asOf };
}

/** Adds targets to `into`, merging one id seen in several datasets into one target. */
export function addTargets(into: Map<string, ScreeningTarget>, targets: Iterable<ScreeningTarget>): void {
  for (const target of targets) {
    const known = into.get(target.entity.id);
    into.set(target.entity.id, known === undefined ? target : mergeTargets(known, target));
  }
}

function mergeTargets(a: ScreeningTarget, b: ScreeningTarget): ScreeningTarget {
  const entity = mergeMatchable(a.entity, b.entity);
  if (a.listedNow || b.listedNow) return { entity, listedNow: true };
  const dates = [a.delistedOn, b.delistedOn].filter((d): d is string => d !== undefined).sort();
  return { entity, listedNow: false, delistedOn: dates.at(-1) };
}

/**
 * What re-screening since a snapshot compares: per dataset, the snapshot in force on the
 * `since` date against the latest one. An entity changed if it was added, removed, or its
 * $digest (a hash of the whole entity, stored with every snapshot) differs. Only changed
 * entities can make a customer's hits differ, so both sides are reduced to them: the targets
 * as they stood then (`before`) and as they stand now (`after`).
 */
import { NotFoundError } from '../model/errors.js';
import { DIGEST_PROP } from '../model/statement.js';
import type { StatementRecord, Store } from '../store/store.js';
import { addTargets, datasetsInForce, targetsOfSnapshot, type DatasetInForce, type ScreeningTarget } from './screening-corpus.js';

export interface SnapshotPair {
  readonly dataset: string;
  /** The snapshot in force on the `since` date; null when the dataset was first recorded later. */
  readonly from: string | null;
  readonly to: string;
}

export interface ChangedTargets {
  readonly snapshots: readonly SnapshotPair[];
  /** Ids of the entities added, removed or changed in any dataset. */
  readonly changedIds: ReadonlySet<string>;
  readonly before: ReadonlyMap<string, ScreeningTarget>;
  readonly after: ReadonlyMap<string, ScreeningTarget>;
  /** Every target of the latest snapshots, changed or not: the corpus that says how rare a name is. */
  readonly current: ReadonlyMap<string, ScreeningTarget>;
}

interface DatasetReading {
  readonly since: DatasetInForce;
  readonly latest: DatasetInForce;
  readonly old: readonly StatementRecord[];
  readonly current: readonly StatementRecord[];
}

export async function loadChangedTargets(store: Store, options: { since: string; datasets?: readonly string[] }): Promise<ChangedTargets> {
  const sinceSources = await datasetsInForce(store, { asOf: options.since, datasets: options.datasets });
  if (sinceSources.every((s) => s.inForce === undefined)) throw new NotFoundError(`no loaded dataset has a snapshot on or before ${options.since}`);
  const readings: DatasetReading[] = [];
  const changedIds = new Set<string>();
  for (const since of sinceSources) {
    const latest: DatasetInForce = { ...since, inForce: since.snapshots.at(-1)! };
    const current = await store.statementsAt(since.dataset, latest.inForce!.asOf);
    const old = since.inForce === undefined ? [] : since.inForce.asOf === latest.inForce!.asOf ? current : await store.statementsAt(since.dataset, since.inForce.asOf);
    for (const id of changedEntities(old, current)) changedIds.add(id);
    readings.push({ since, latest, old, current });
  }
  // Built after every dataset is compared: an id changed in one dataset takes its values in all of them.
  const before = new Map<string, ScreeningTarget>();
  const current = new Map<string, ScreeningTarget>();
  for (const reading of readings) {
    if (reading.since.inForce !== undefined) addTargets(before, targetsOfSnapshot(reading.old, reading.since, changedIds));
    addTargets(current, targetsOfSnapshot(reading.current, reading.latest));
  }
  const after = new Map([...current].filter(([id]) => changedIds.has(id)));
  const snapshots = readings.map((r) => ({ dataset: r.since.dataset, from: r.since.inForce?.asOf ?? null, to: r.latest.inForce!.asOf }));
  return { snapshots, changedIds, before, after, current };
}

function digests(statements: readonly StatementRecord[]): Map<string, string> {
  const result = new Map<string, string>();
  for (const s of statements) if (s.prop === DIGEST_PROP) result.set(s.entityId, s.value);
  return result;
}

/** Ids present on one side only or with different digests. */
export function changedEntities(old: readonly StatementRecord[], current: readonly StatementRecord[]): Set<string> {
  if (old === current) return new Set();
  const [then, now] = [digests(old), digests(current)];
  const changed = new Set<string>();
  for (const [id, digest] of now) if (then.get(id) !== digest) changed.add(id);
  for (const id of then.keys()) if (!now.has(id)) changed.add(id);
  return changed;
}

/**
 * Matching several keyed queries at once against the live screening index (yente's
 * `POST /match/{dataset}`; the reconciliation API goes through here too). Every query is
 * cleaned and checked before any is scored, so one bad query fails the request without work.
 *
 * Scope and filters, as yente applies them: the datasets searched are the scope (`default`:
 * every loaded dataset) intersected with `includeDatasets`, less `excludeDatasets`; an entity
 * is a candidate when it is in one of them. `excludeEntityIds` drops entities by id;
 * `changedSince` keeps entities that changed on or after that date (see changedSince()).
 */
import type { EventType } from '../history/events.js';
import { InvalidInputError, NotFoundError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import type { IndexGeneration } from './live-index.js';
import { checkAsOf, checkThreshold, MAX_MATCH_LIMIT, matchTargets, type MatchView } from './match.js';
import { cleanExample, exampleMatchQuery, type CleanExample, type RawExample } from './query-cleaning.js';

/** The scope that searches every loaded dataset. */
export const DEFAULT_SCOPE = 'default';
export const MAX_BATCH_QUERIES = 100;
/** An entity with such an event on or after `changedSince` has changed since then. */
const CHANGE_EVENTS: readonly EventType[] = ['designated', 'amended', 'relisted'];

export interface BatchFilters {
  readonly includeDatasets?: readonly string[];
  readonly excludeDatasets?: readonly string[];
  readonly excludeEntityIds?: readonly string[];
  /** YYYY-MM-DD. */
  readonly changedSince?: string;
}

export interface BatchRequest extends BatchFilters {
  /** `default` or a loaded dataset's name. */
  readonly scope: string;
  readonly queries: Readonly<Record<string, RawExample>>;
  /** Results per query; a query may ask for fewer or more (`limits`). */
  readonly limit: number;
  readonly limits?: Readonly<Record<string, number>>;
  readonly threshold?: number;
  readonly cutoff?: number;
}

export interface BatchAnswer {
  readonly query: CleanExample;
  readonly results: readonly MatchView[];
  /** Candidates at or above the cutoff that passed the filters, before the limit. */
  readonly total: number;
}

export interface BatchResult {
  readonly threshold: number;
  readonly cutoff: number;
  readonly answers: Readonly<Record<string, BatchAnswer>>;
}

function checkLimit(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_MATCH_LIMIT) {
    throw new InvalidInputError(`${name}: must be a whole number from 1 to ${MAX_MATCH_LIMIT}, got ${value}`);
  }
  return value;
}

function checkDatasetNames(name: string, values: readonly string[] | undefined, loaded: readonly string[]): readonly string[] {
  const unknown = (values ?? []).filter((dataset) => !loaded.includes(dataset));
  if (unknown.length > 0) throw new InvalidInputError(`${name}: no dataset ${unknown.join(', ')} is loaded (loaded: ${loaded.join(', ')})`);
  return values ?? [];
}

/** The datasets of a scope (`default` or a dataset name); NotFoundError for a dataset not loaded. */
export function scopeDatasets(generation: IndexGeneration, scope: string): string[] {
  const loaded = generation.snapshots.map((s) => s.dataset);
  if (scope === DEFAULT_SCOPE) return loaded;
  if (!loaded.includes(scope)) throw new NotFoundError(`no dataset ${scope} is loaded; use ${DEFAULT_SCOPE} or one of ${loaded.join(', ')}`);
  return [scope];
}

/** The datasets searched: the scope, narrowed by include and exclude. */
function datasetsSearched(generation: IndexGeneration, request: BatchRequest): string[] {
  const scope = scopeDatasets(generation, request.scope);
  const loaded = generation.snapshots.map((s) => s.dataset);
  const include = checkDatasetNames('include_dataset', request.includeDatasets, loaded);
  const exclude = checkDatasetNames('exclude_dataset', request.excludeDatasets, loaded);
  return scope.filter((dataset) => (include.length === 0 || include.includes(dataset)) && !exclude.includes(dataset));
}

function checkQueryCount(count: number): void {
  if (count === 0) throw new InvalidInputError('queries: at least one query is required');
  if (count > MAX_BATCH_QUERIES) throw new InvalidInputError(`queries: at most ${MAX_BATCH_QUERIES} queries per request, got ${count}`);
}

/** Whether a result passes the entity filters, or null when none applies. */
async function entityFilter(store: Store, filters: BatchFilters): Promise<((view: MatchView) => boolean) | null> {
  const excluded = new Set(filters.excludeEntityIds ?? []);
  const changed = filters.changedSince === undefined ? null : await changedSince(store, filters.changedSince);
  if (excluded.size === 0 && changed === null) return null;
  return (view) => !excluded.has(view.id) && (changed === null || changed(view));
}

/**
 * Changed on or after `since`: a designated, amended or relisted event on or after it, or
 * read from a dataset whose first snapshot is on or after it — what a party looked like
 * before a dataset's history begins is unknown, so it may have changed (yente's last_change
 * is never earlier than first_seen either).
 */
async function changedSince(store: Store, since: string): Promise<(view: MatchView) => boolean> {
  const events = await store.listEvents({ from: since, types: CHANGE_EVENTS });
  const ids = new Set(events.map((event) => event.entityId));
  const datasets = await store.listDatasets();
  const startedSince = new Set(datasets.filter((d) => d.snapshots.length > 0 && d.snapshots[0]!.asOf >= since).map((d) => d.name));
  return (view) => ids.has(view.id) || view.datasets.some((dataset) => startedSince.has(dataset));
}

/**
 * Matches every query against `generation` (take it once per request). The index is asked
 * for up to MAX_MATCH_LIMIT results so that filtering still leaves `limit` of them.
 */
export async function matchBatch(store: Store, generation: IndexGeneration, request: BatchRequest): Promise<BatchResult> {
  const datasets = datasetsSearched(generation, request);
  const keys = Object.keys(request.queries);
  checkQueryCount(keys.length);
  checkAsOf('changed_since', request.changedSince);
  const threshold = checkThreshold(request.threshold, 'threshold');
  const cutoff = request.cutoff === undefined ? 0 : checkThreshold(request.cutoff, 'cutoff');
  const limitOf = (key: string) => checkLimit(request.limits?.[key] === undefined ? 'limit' : `queries.${key}.limit`, request.limits?.[key] ?? request.limit);
  const prepared = keys.map((key) => {
    const query = cleanExample(key, request.queries[key]!);
    return { key, query, match: exampleMatchQuery(key, query), limit: limitOf(key) };
  });
  const keep = await entityFilter(store, request);
  const answers: Record<string, BatchAnswer> = {};
  for (const { key, query, match, limit } of prepared) {
    const found = datasets.length === 0 ? [] : matchTargets(generation, match, { limit: MAX_MATCH_LIMIT, threshold, cutoff, datasets });
    const kept = keep === null ? found : found.filter(keep);
    answers[key] = { query, results: kept.slice(0, limit), total: kept.length };
  }
  return { threshold, cutoff, answers };
}

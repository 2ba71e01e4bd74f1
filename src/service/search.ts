/**
 * The search use case (yente's /search): the listed parties of the latest snapshots — the
 * targets of the screening index in use — looked up by text or listed by caption, filtered,
 * paginated; the page shown is read back from the store as full entities (a page of `limit`
 * results costs about `limit` entity reads, whatever the total).
 */
import { InvalidInputError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import type { EntityView } from './entities.js';
import type { EntityViewCache } from './entity-view-cache.js';
import type { ScreeningIndex } from './match.js';
import { constraintTest, datasetScope, entitiesChangedSince, type SearchConstraint, type TargetTest } from './search-filters.js';
import { listByCaption, rankByText } from './search-ranking.js';

export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_SEARCH_LIMIT = 500;
export const MAX_SEARCH_OFFSET = 10_000;

export interface SearchRequest {
  /** `default` (every dataset in the index) or one dataset's name. */
  readonly scope: string;
  /** Free-text terms and phrases; none: list every target. */
  readonly terms: readonly string[];
  readonly constraints: readonly SearchConstraint[];
  /** YYYY-MM-DD: only entities designated, amended or relisted on or after it. */
  readonly changedSince?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface SearchPage {
  readonly results: readonly EntityView[];
  /** Every result the search found, of which `results` is the page asked for. */
  readonly total: number;
}

/** The index a search runs on, the datasets (with their snapshots) it was built from, and their entity views. */
export interface SearchIndex extends ScreeningIndex {
  readonly snapshots: readonly { dataset: string; asOf: string }[];
  readonly entityViews: EntityViewCache;
}

function checkPage(limit: number, offset: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    throw new InvalidInputError(`limit: must be a whole number from 1 to ${MAX_SEARCH_LIMIT}, got ${limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_SEARCH_OFFSET) {
    throw new InvalidInputError(`offset: must be a whole number from 0 to ${MAX_SEARCH_OFFSET}, got ${offset}`);
  }
}

/** The test every result passes: in scope, every constraint, changed since the date. */
async function searchTest(store: Store, request: SearchRequest, scope: readonly string[], indexed: readonly string[]): Promise<TargetTest> {
  const constraints = constraintTest(request.constraints, indexed);
  const changed = request.changedSince === undefined ? undefined : await entitiesChangedSince(store, request.changedSince);
  const inScope = new Set(scope);
  return (entity) => entity.datasets.some((d) => inScope.has(d)) && constraints(entity) && (changed === undefined || changed.has(entity.id));
}

/** The positive schema constraints' values, when there is exactly one such constraint. */
function restrictedSchemata(constraints: readonly SearchConstraint[]): readonly string[] | undefined {
  const positive = constraints.filter((c) => c.field === 'schema' && !c.exclude);
  return positive.length === 1 ? positive[0]!.values : undefined;
}

export async function searchEntities(store: Store, index: SearchIndex, request: SearchRequest): Promise<SearchPage> {
  checkPage(request.limit, request.offset);
  const indexed = index.snapshots.map((s) => s.dataset);
  const scope = datasetScope(request.scope, indexed);
  const accepts = await searchTest(store, request, scope, indexed);
  const ids =
    request.terms.length > 0
      ? rankByText(index, { terms: request.terms, schemata: restrictedSchemata(request.constraints), datasets: scope }, accepts)
      : listByCaption(index, accepts);
  const results: EntityView[] = [];
  for (const id of ids.slice(request.offset, request.offset + request.limit)) results.push(await index.entityViews.get(id));
  return { results, total: ids.length };
}

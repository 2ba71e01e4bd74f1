/**
 * The match use case: one query (what a user knows of a person or company) scored against
 * every listed target of the snapshots in force, best first, each result with the features
 * that explain its score and whether the party is still listed. Also the result shape shared
 * with screening.
 */
import { InvalidInputError } from '../model/errors.js';
import { isCalendarDate } from '../sources/lib/dates.js';
import { MatchIndex } from '../match/index/match-index.js';
import { validateMatchQuery, validateThreshold } from '../match/query.js';
import { DEFAULT_THRESHOLD } from '../match/score.js';
import type { FeatureResult, MatchOptions, MatchQuery, MatchResult } from '../match/types.js';
import type { Store } from '../store/store.js';
import { loadScreeningCorpus, type ScreeningTarget } from './screening-corpus.js';

export const DEFAULT_MATCH_LIMIT = 10;
export const MAX_MATCH_LIMIT = 500;

export interface MatchRequest {
  readonly schema?: string;
  readonly names?: readonly string[];
  readonly birthDates?: readonly string[];
  readonly countries?: readonly string[];
  readonly datasets?: readonly string[];
  readonly limit?: number;
  readonly threshold?: number;
  /** Results below it are left out (default: none, the best `limit` candidates). */
  readonly cutoff?: number;
  readonly asOf?: string;
}

/** One candidate as users and other programs read it. */
export interface MatchView {
  readonly id: string;
  readonly caption: string;
  readonly schema: string;
  readonly score: number;
  readonly match: boolean;
  readonly datasets: readonly string[];
  readonly explanation: readonly FeatureResult[];
  /** False when the party has left every dataset it was read from since the date screened. */
  readonly listed_now: boolean;
  /** The first snapshot date without it, when not listed now. */
  readonly delisted_on: string | null;
}

export function matchView(result: MatchResult, target: ScreeningTarget | undefined): MatchView {
  const { entity } = result;
  return {
    id: entity.id,
    caption: entity.caption,
    schema: entity.schema,
    score: result.score,
    match: result.match,
    datasets: entity.datasets,
    explanation: result.explanation,
    listed_now: target?.listedNow ?? true,
    delisted_on: target?.delistedOn ?? null,
  };
}

export function checkAsOf(name: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) throw new InvalidInputError(`${name}: must be a date YYYY-MM-DD, got "${value.slice(0, 40)}"`);
}

/** A score option (`flag` names it in the message), default DEFAULT_THRESHOLD. */
export function checkThreshold(value: number | undefined, flag = '--threshold'): number {
  if (value === undefined) return DEFAULT_THRESHOLD;
  try {
    return validateThreshold(value);
  } catch (error) {
    throw new InvalidInputError(`${flag}: ${(error as Error).message}`, { cause: error });
  }
}

function checkLimit(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MATCH_LIMIT;
  if (!Number.isInteger(value) || value < 1 || value > MAX_MATCH_LIMIT) {
    throw new InvalidInputError(`--limit: must be a whole number from 1 to ${MAX_MATCH_LIMIT}, got ${value}`);
  }
  return value;
}

/** A corpus with its index, built once per command. */
export interface ScreeningIndex {
  readonly index: MatchIndex;
  readonly targets: ReadonlyMap<string, ScreeningTarget>;
}

/** `rarityFrom`: the index of the whole lists, when `targets` are only some of them (see MatchIndex.build). */
export function buildScreeningIndex(targets: ReadonlyMap<string, ScreeningTarget>, rarityFrom?: MatchIndex): ScreeningIndex {
  return { index: MatchIndex.build([...targets.values()].map((t) => t.entity), { rarityFrom }), targets };
}

export function matchTargets(screening: ScreeningIndex, query: MatchQuery, options: MatchOptions): MatchView[] {
  return screening.index.match(query, options).map((result) => matchView(result, screening.targets.get(result.entity.id)));
}

export interface ValidMatchRequest {
  readonly query: MatchQuery;
  readonly limit: number;
  readonly threshold: number;
  readonly cutoff?: number;
  readonly asOf?: string;
  readonly datasets?: readonly string[];
}

/** Checks the whole request; done before the store is opened, so a bad request touches nothing. */
export function validateMatchRequest(request: MatchRequest): ValidMatchRequest {
  const query = validateMatchQuery(request);
  checkAsOf('--as-of', request.asOf);
  const cutoff = request.cutoff === undefined ? undefined : checkThreshold(request.cutoff, '--cutoff');
  return { query, limit: checkLimit(request.limit), threshold: checkThreshold(request.threshold), cutoff, asOf: request.asOf, datasets: request.datasets };
}

export async function matchEntities(store: Store, request: ValidMatchRequest): Promise<{ results: MatchView[] }> {
  const corpus = await loadScreeningCorpus(store, { asOf: request.asOf, datasets: request.datasets });
  return { results: matchTargets(buildScreeningIndex(corpus.targets), request.query, request) };
}

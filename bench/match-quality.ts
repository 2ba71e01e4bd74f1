/**
 * Matching quality on the benchmark's queries. For perturbed listed names: how often the
 * source entity is the first result (strictly, and allowing a tie at the top score, which
 * the same party on another list or an identical listed name can hold) and how often it is
 * reported as a match at the threshold in force. For clean customer names: how many rows
 * draw at least one match (a false alert) and how many matches they draw.
 */
import type { MatchResult } from '../src/match/types.js';
import type { PerturbedQuery } from './perturbed-queries.js';

export interface Recall {
  readonly queries: number;
  readonly first: number;
  readonly firstOrTied: number;
  readonly matched: number;
}

function recallOf(outcomes: readonly { query: PerturbedQuery; results: readonly MatchResult[] }[]): Recall {
  let [first, firstOrTied, matched] = [0, 0, 0];
  for (const { query, results } of outcomes) {
    const source = results.find((r) => r.entity.id === query.sourceId);
    if (results[0]?.entity.id === query.sourceId) first += 1;
    if (source !== undefined && source.score === results[0]!.score) firstOrTied += 1;
    if (source?.match === true) matched += 1;
  }
  return { queries: outcomes.length, first, firstOrTied, matched };
}

/** Recall over all queries (key "all") and per kind of perturbation. */
export function recallByKind(queries: readonly PerturbedQuery[], results: readonly (readonly MatchResult[])[]): Map<string, Recall> {
  const outcomes = queries.map((query, i) => ({ query, results: results[i]! }));
  const kinds = [...new Set(queries.map((q) => q.kind))];
  return new Map([['all', recallOf(outcomes)], ...kinds.map((kind) => [kind, recallOf(outcomes.filter((o) => o.query.kind === kind))] as const)]);
}

export interface FalseAlerts {
  readonly rows: number;
  readonly alertedRows: number;
  readonly matches: number;
}

export function falseAlerts(results: readonly (readonly MatchResult[])[]): FalseAlerts {
  const matchCounts = results.map((r) => r.filter((result) => result.match).length);
  return { rows: results.length, alertedRows: matchCounts.filter((n) => n > 0).length, matches: matchCounts.reduce((a, b) => a + b, 0) };
}

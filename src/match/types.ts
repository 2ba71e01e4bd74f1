/**
 * What the matcher compares: a query (what a user knows of a person or company) against a
 * listed entity reduced to the facts that matter for matching. Built from FtM entities at the
 * edge (matchable.ts); everything in match/ is pure.
 */

/** A listed party as the matcher sees it: every name it is known by plus secondary facts. */
export interface MatchableEntity {
  readonly id: string;
  readonly schema: string;
  readonly caption: string;
  /** name, alias, previousName, weakAlias ... in any script, as published. */
  readonly names: readonly string[];
  /** ISO dates or prefixes (1952, 1952-08, 1952-08-20). */
  readonly birthDates: readonly string[];
  /** ISO 3166 alpha-2 codes, lower case, from nationality, citizenship, country, jurisdiction. */
  readonly countries: readonly string[];
  /** Identifier values (passport, tax, registration, IMO, crypto ...), as published. */
  readonly identifiers: readonly string[];
  readonly datasets: readonly string[];
}

/** What a user asks about. */
export interface MatchQuery {
  readonly schema: string;
  readonly names: readonly string[];
  readonly birthDates?: readonly string[];
  readonly countries?: readonly string[];
  readonly identifiers?: readonly string[];
}

/** One named feature's contribution to a score (yente's `features`). */
export interface FeatureResult {
  readonly name: string;
  /** The feature's own score in [0, 1] (for penalties: how strongly it applies). */
  readonly score: number;
  /** Its weight in the final score; negative for penalties. */
  readonly weight: number;
  readonly detail?: string;
}

export interface MatchScore {
  /** In [0, 1]. */
  readonly score: number;
  /** score >= the threshold in force. */
  readonly match: boolean;
  readonly explanation: readonly FeatureResult[];
}

export interface MatchResult extends MatchScore {
  readonly entity: MatchableEntity;
}

export interface MatchOptions {
  readonly limit: number;
  /** Decides each result's `match` flag; default DEFAULT_THRESHOLD. */
  readonly threshold?: number;
  /** Results scoring below it are left out; default 0 (the best `limit` candidates, as yente). */
  readonly cutoff?: number;
  /** Only entities in one of these datasets. */
  readonly datasets?: readonly string[];
}

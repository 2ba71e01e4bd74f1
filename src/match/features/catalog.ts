/**
 * Every feature a score is made of, as data: its name (as it appears in explanations), its
 * weight in the sum, and a one-line description. A score is the sum of score x weight over the
 * features that apply, clamped to [0, 1]; penalties have negative weights.
 */
import type { FeatureResult } from '../types.js';

export interface FeatureDefinition {
  readonly name: string;
  readonly weight: number;
  readonly description: string;
}

const feature = (name: string, weight: number, description: string): FeatureDefinition => ({ name, weight, description });

export const FEATURES = {
  nameSimilarity: feature('name_similarity', 1, 'best token alignment of a query name with a listed name (coverage of both names)'),
  singleNamePart: feature('single_name_part', -0.15, 'the names agree on one part while one of them has more'),
  conflictingNameParts: feature('conflicting_name_parts', -0.15, 'both names have parts the other lacks (scored by the smaller weight)'),
  differentNamePart: feature('different_name_part', -0.3, "each person's name has one part the other lacks, and the two are not alike (relatives sharing the rest)"),
  legalFormMismatch: feature('legal_form_mismatch', -0.05, 'both organisation names state legal forms and none agree'),
  notAPerson: feature('not_a_person', -0.2, 'a Person query scored against a listed company or organisation'),
  schemaMismatch: feature('schema_mismatch', 1, 'the query and the entity are of schemata that cannot be the same party (scores 0)'),
  birthDateMatch: feature('birth_date_match', 0.05, 'a birth date agrees at the precision both give'),
  birthDayMismatch: feature('birth_day_mismatch', -0.08, 'same birth year, different day'),
  birthYearMismatch: feature('birth_year_mismatch', -0.25, 'different birth years (half when one year apart)'),
  countryMatch: feature('country_match', 0.03, 'a country (nationality, citizenship, registration) is shared'),
  countryMismatch: feature('country_mismatch', -0.07, 'both give countries and none is shared'),
  identifierMatch: feature('identifier_match', 0.3, 'an identifier (passport, tax, registration, IMO ...) is equal'),
} as const;

/** The feature's result in an explanation. */
export function featureResult(definition: FeatureDefinition, score: number, detail?: string): FeatureResult {
  return { name: definition.name, score, weight: definition.weight, detail };
}

/**
 * A feature that applies to a pair, its detail written only when the score is reported: most
 * candidates of a screening fall below the threshold and are never explained.
 */
export interface FeatureTerm {
  readonly definition: FeatureDefinition;
  readonly score: number;
  readonly describe?: () => string;
}

export const featureTerm = (definition: FeatureDefinition, score: number, describe?: () => string): FeatureTerm => ({ definition, score, describe });

export const termResult = (term: FeatureTerm): FeatureResult => featureResult(term.definition, term.score, term.describe?.());

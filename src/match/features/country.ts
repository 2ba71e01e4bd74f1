/**
 * Countries (nationality, citizenship, registration, residence) as evidence: a shared country
 * supports a match slightly; no overlap at all weighs against it, mildly, because lists record
 * only some of a person's countries.
 */
import { FEATURES, featureTerm, type FeatureTerm } from './catalog.js';

export function compareCountries(query: readonly string[], listed: readonly string[]): FeatureTerm | null {
  if (query.length === 0 || listed.length === 0) return null;
  const shared = query.filter((country) => listed.includes(country));
  if (shared.length > 0) return featureTerm(FEATURES.countryMatch, 1, () => shared.join(', '));
  return featureTerm(FEATURES.countryMismatch, 1, () => `${query.join(', ')} vs listed ${listed.join(', ')}`);
}

/**
 * Countries (nationality, citizenship, registration, residence) as evidence: a shared country
 * supports a match slightly; no overlap at all weighs against it, mildly, because lists record
 * only some of a person's countries.
 */
import type { FeatureResult } from '../types.js';
import { FEATURES, featureResult } from './catalog.js';

export function compareCountries(query: readonly string[], listed: readonly string[]): FeatureResult | null {
  if (query.length === 0 || listed.length === 0) return null;
  const shared = query.filter((country) => listed.includes(country));
  if (shared.length > 0) return featureResult(FEATURES.countryMatch, 1, shared.join(', '));
  return featureResult(FEATURES.countryMismatch, 1, `${query.join(', ')} vs listed ${listed.join(', ')}`);
}

/**
 * Countries (nationality, citizenship, registration, residence) as evidence: a shared country
 * supports a match slightly; no overlap at all weighs against it, mildly, because lists record
 * only some of a person's countries.
 */
import type { FeatureResult } from '../types.js';

export function compareCountries(query: readonly string[], listed: readonly string[]): FeatureResult | null {
  if (query.length === 0 || listed.length === 0) return null;
  const shared = query.filter((country) => listed.includes(country));
  if (shared.length > 0) return { name: 'country_match', score: 1, weight: 0.03, detail: shared.join(', ') };
  return { name: 'country_mismatch', score: 1, weight: -0.07, detail: `${query.join(', ')} vs listed ${listed.join(', ')}` };
}

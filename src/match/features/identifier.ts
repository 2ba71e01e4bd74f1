/**
 * Identifiers (passport, tax, registration, IMO, crypto address ...) as evidence. Equal after
 * dropping spaces, dashes and case is near-proof of the same party; different identifiers prove
 * little, since a list and a customer file rarely hold the same kind of number.
 */
import { FEATURES, featureTerm, type FeatureTerm } from './catalog.js';

/** Shorter numbers (a "1", a year) agree by chance too often to count. */
const MIN_IDENTIFIER_LENGTH = 5;

export function normaliseIdentifier(value: string): string {
  return value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

export function compareIdentifiers(query: readonly string[], listed: readonly string[]): FeatureTerm | null {
  if (query.length === 0 || listed.length === 0) return null;
  const listedSet = new Set(listed.map(normaliseIdentifier));
  const shared = query.map(normaliseIdentifier).find((id) => id.length >= MIN_IDENTIFIER_LENGTH && listedSet.has(id));
  return shared === undefined ? null : featureTerm(FEATURES.identifierMatch, 1, () => shared);
}

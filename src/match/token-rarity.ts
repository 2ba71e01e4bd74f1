/**
 * How much agreeing on a name token proves, from how many entities carry it: inverse document
 * frequency scaled to [MIN_RARITY, 1]. A key on one entity in a million is worth 1, a key on a
 * fifth of the corpus ("mohammad", "company") little. The index counts its own corpus;
 * `compareNames`, with no corpus at hand, uses the counts of the real lists in
 * token-frequencies.data.ts.
 */
import type { NameToken } from './name-analysis.js';
import { TOKEN_FREQUENCIES, TOKEN_FREQUENCY_CORPUS_SIZE } from './token-frequencies.data.js';

export const MIN_RARITY = 0.2;

export function rarity(frequency: number, corpusSize: number): number {
  if (corpusSize <= 1) return 1;
  const idf = Math.log((corpusSize + 1) / (frequency + 0.5)) / Math.log(corpusSize + 1);
  return Math.min(1, Math.max(MIN_RARITY, idf));
}

/** A token's weight by its role and its rarity on the real lists. */
export function listTokenWeight(token: NameToken): number {
  return token.weight * rarity(TOKEN_FREQUENCIES[token.key] ?? 0, TOKEN_FREQUENCY_CORPUS_SIZE);
}

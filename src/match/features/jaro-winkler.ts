/**
 * Jaro-Winkler similarity (prefix scale 0.1 over at most 4 letters, boost from a Jaro score of
 * 0.7), computed as talisman's metrics/jaro-winkler does, to the last bit, but without
 * allocating: the scorer calls it for every token pair of every candidate, and talisman builds
 * four arrays per call. The scratch arrays below are reused (the scorer is synchronous).
 */

const BOOST_THRESHOLD = 0.7;
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

/** Per position of the shorter string, the position of its match in the longer, or -1. */
let matchOf = new Int32Array(64);
/** Per position of the longer string, whether it was matched. */
let matched = new Uint8Array(64);

function ensureScratch(length: number): void {
  if (matchOf.length >= length) return;
  matchOf = new Int32Array(length * 2);
  matched = new Uint8Array(length * 2);
}

/** Jaro similarity, by code units. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = a.length > b.length ? b : a;
  const longer = a.length > b.length ? a : b;
  const range = Math.max(((longer.length / 2) | 0) - 1, 0);
  ensureScratch(longer.length);
  matched.fill(0, 0, longer.length);
  let matches = 0;
  for (let i = 0; i < shorter.length; i++) {
    matchOf[i] = -1;
    const code = shorter.charCodeAt(i);
    const end = Math.min(i + range + 1, longer.length);
    for (let j = Math.max(i - range, 0); j < end; j++) {
      if (matched[j] === 0 && code === longer.charCodeAt(j)) {
        matchOf[i] = j;
        matched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  // Matched letters in the order of each string; a transposition is a position where they differ.
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < shorter.length; i++) {
    if (matchOf[i] === -1) continue;
    while (matched[j] === 0) j++;
    if (shorter.charCodeAt(i) !== longer.charCodeAt(j)) transpositions++;
    j++;
  }
  const t = (transpositions / 2) | 0;
  return (matches / a.length + matches / b.length + (matches - t) / matches) / 3;
}

/**
 * Whether Jaro-Winkler is surely below the boost threshold, told in one pass over each string:
 * Jaro counts only letters both strings have, so with at most `shared` of them
 * Jaro <= (shared/|a| + shared/|b| + 1) / 3, and below the threshold no boost applies.
 * Most token pairs of two different names are ruled out so, without the quadratic search.
 */
export function surelyBelowBoost(a: string, b: string): boolean {
  let letters = 0;
  for (let i = 0; i < b.length; i++) letters |= 1 << (b.charCodeAt(i) & 31);
  let shared = 0;
  for (let i = 0; i < a.length; i++) if ((letters & (1 << (a.charCodeAt(i) & 31))) !== 0) shared++;
  shared = Math.min(shared, b.length);
  // A hair under the threshold, so rounding can never rule out a pair at it.
  return (shared / a.length + shared / b.length + 1) / 3 < BOOST_THRESHOLD - 1e-9;
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const similarity = jaro(a, b);
  if (similarity < BOOST_THRESHOLD) return similarity;
  const limit = Math.min(a.length, b.length, MAX_PREFIX);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return similarity + prefix * PREFIX_SCALE * (1 - similarity);
}

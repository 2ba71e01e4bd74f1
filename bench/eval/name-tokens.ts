/**
 * Name folding and the cheap likeness measures the pair builder uses to choose pairs (hard
 * negatives that look alike; positives that are spellings of one name rather than a
 * different name of the same party). Deliberately simple and independent of src/match, so
 * the set does not lean towards the matcher it evaluates.
 */
import anyAscii from 'any-ascii';
import { LEGAL_FORM_TOKENS, STOP_TOKENS } from './name-tokens.data.js';

/** Lower case, accents dropped, punctuation as spaces, whitespace folded. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function nameTokens(name: string): string[] {
  return foldName(name).split(' ').filter((token) => token !== '');
}

/** Tokens that can carry likeness: not particles, not legal forms, at least 3 characters. */
export function significantTokens(name: string): string[] {
  return nameTokens(name).filter((t) => t.length >= 3 && !STOP_TOKENS.has(t) && !LEGAL_FORM_TOKENS.has(t));
}

export const isLegalForm = (token: string): boolean => LEGAL_FORM_TOKENS.has(token);

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** 1 - edit distance / longer length. */
export function tokenLikeness(a: string, b: string): number {
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length, 1);
}

const TOKEN_LIKENESS_MIN = 0.6;

/** The share of the shorter token list that has an alike token (edit likeness >= 0.6) in the other. */
export function tokenOverlap(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const matched = short.filter((s) => long.some((l) => tokenLikeness(s, l) >= TOKEN_LIKENESS_MIN));
  return matched.length / short.length;
}

/** Dice coefficient of the padded character trigrams of the folded names. */
export function trigramSimilarity(a: string, b: string): number {
  const grams = (text: string): Map<string, number> => {
    const padded = `  ${foldName(text)} `;
    const counts = new Map<string, number>();
    for (let i = 0; i + 3 <= padded.length; i++) counts.set(padded.slice(i, i + 3), (counts.get(padded.slice(i, i + 3)) ?? 0) + 1);
    return counts;
  };
  const [ga, gb] = [grams(a), grams(b)];
  let shared = 0;
  for (const [gram, count] of ga) shared += Math.min(count, gb.get(gram) ?? 0);
  const total = [...ga.values(), ...gb.values()].reduce((sum, n) => sum + n, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** "ISLAMIC REVOLUTIONARY GUARD CORPS" -> "irgc" (particles skipped). */
function initials(name: string): string {
  return nameTokens(name)
    .filter((t) => !STOP_TOKENS.has(t))
    .map((t) => t[0])
    .join('');
}

/** "IDRO" for "INDUSTRIAL DEVELOPMENT AND RENOVATION ORGANIZATION OF IRAN": the initials or their first 3+. */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = foldName(acronym).replace(/ /g, '');
  return letters.length >= 2 && (letters === initials(name) || (letters.length >= 3 && initials(name).startsWith(letters)));
}

/**
 * Whether two Latin names are spellings of one name (a shared or alike significant word, or
 * one is the initials of the other) rather than two different names of one party (a nom de
 * guerre, a vessel's earlier name), which no name comparison can or should match.
 */
export function areVariantNames(a: string, b: string): boolean {
  const [ta, tb] = [significantTokens(a), significantTokens(b)];
  if (ta.some((x) => tb.some((y) => tokenLikeness(x, y) >= TOKEN_LIKENESS_MIN))) return true;
  return isAcronymOf(a, b) || isAcronymOf(b, a);
}

/** Consonant skeleton tokens of a name in any script (via any-ascii): Arabic and Hebrew write few vowels. */
function skeletonTokens(name: string): string[] {
  return nameTokens(anyAscii(name))
    .filter((t) => !STOP_TOKENS.has(t))
    .map((t) => t.replace(/[aeiouy']/g, ''))
    .filter((t) => t.length >= 2);
}

/** The likeness from which a non-Latin name counts as a spelling of a Latin one. */
export const CROSS_SCRIPT_LIKENESS_MIN = 0.5;

/**
 * How far a non-Latin name and a Latin name are the same name written in two scripts: the
 * share of skeleton tokens that have an alike counterpart. A translation ("Unity and Holy
 * War" for an Arabic name) scores near 0.
 */
export function crossScriptLikeness(original: string, latin: string): number {
  return tokenOverlap(skeletonTokens(original), skeletonTokens(latin));
}

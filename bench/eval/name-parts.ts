/**
 * Name parts and the builder's simple test of two parts being one name part spelled two ways
 * (equal, a few edits apart, equal consonant skeletons, an initial or a prefix), used to
 * tell variants of one name from different names (name-variants.ts). Independent of src/match.
 */
import anyAscii from 'any-ascii';
import { foldName, levenshtein } from './name-tokens.js';
import { ATTACHED_PARTICLES, DIGRAPHS, HEBREW_GERESH, HONORIFIC_TOKENS, LEGAL_FORM_TOKENS, LENIENT_LETTERS, STOP_TOKENS, VARIANT_PARTICLES } from './name-tokens.data.js';

const DROPPED_WORDS = [STOP_TOKENS, VARIANT_PARTICLES, LEGAL_FORM_TOKENS, HONORIFIC_TOKENS];

/** "DEFENSE INDUSTRIES ORGANIZATION (DIO)": an acronym in brackets is not a name part. */
export const BRACKETED_ACRONYM = /\(\s*([\p{Lu}\d.&-]{2,})\s*\)/gu;

/** Folded ASCII words of a name, apostrophes (and Arabic ayn) dropped ("SHA'BAN" -> "shaban"), bracketed acronyms out. */
export function asciiTokens(name: string): string[] {
  // Kana's small tsu doubles the next consonant: any-ascii writes it as a t ("ヌルッラー" -> "nurutra").
  const marked = name.replace(BRACKETED_ACRONYM, ' ').replace(/[ッっ]/g, '').replace(/([גזצחעתטד])['׳]/g, (_, letter: string) => HEBREW_GERESH[letter]!);
  // "L.T.D." is one word.
  const ascii = anyAscii(marked).replace(/['`]/g, '').replace(/\b([A-Za-z])\.(?=[A-Za-z]\b)/g, '$1');
  return foldName(ascii).split(' ').filter((t) => t !== '');
}

/** The parts that must have a counterpart: no particles, legal forms or honorifics (all words if nothing else is left). */
export function nameParts(name: string): string[] {
  const tokens = asciiTokens(name);
  const parts = tokens.filter((t) => !DROPPED_WORDS.some((words) => words.has(t)));
  return parts.length > 0 ? parts : tokens;
}

/** Consonants and y, digraphs as one letter, a final -ah/-eh as -a, doubled letters once: "muhammad", "mohamed" -> "mhmd". */
export function skeleton(token: string): string {
  const single = DIGRAPHS.reduce((t, [digraph, letter]) => t.replaceAll(digraph, letter), token.replace(/([aeiou])h$/, '$1'));
  return single.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}

/** A looser skeleton (kh as h; no h, w, y; alike letters as one) for transliterations that differ in more than vowels. */
export const lenientSkeleton = (token: string): string =>
  skeleton(token.replace(/kh/g, 'h')).replace(/[hwy]/g, '').replace(/[a-z]/g, (c) => LENIENT_LETTERS[c] ?? c).replace(/(.)\1+/g, '$1');

/** The part without a particle written joined to it, when at least 3 letters remain. */
function withoutParticle(part: string): string {
  const particle = ATTACHED_PARTICLES.find((p) => part.startsWith(p) && part.length - p.length >= 3);
  return particle === undefined ? part : part.slice(particle.length);
}

function spellingsAlike(a: string, b: string, crossScript: boolean, single: boolean): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) return long.startsWith(short);
  if ((short.length >= 2 && long.startsWith(short)) || (short.length >= 4 && levenshtein(a, b) <= Math.max(1, Math.floor(long.length / 4)))) return true;
  const [ka, kb] = [skeleton(a), skeleton(b)].sort((x, y) => x.length - y.length) as [string, string];
  if (ka.length >= 2 && (ka === kb || (ka.length >= 3 && kb.startsWith(ka)) || (ka.length >= 4 && levenshtein(ka, kb) <= 1))) return true;
  const [sa, sb] = [lenientSkeleton(a), lenientSkeleton(b)];
  const longer = Math.max(sa.length, sb.length);
  if (single) return sa === sb && sa.length >= 2;
  if (crossScript) return sa === sb || (Math.min(sa.length, sb.length) >= 2 && levenshtein(sa, sb) <= Math.max(1, Math.floor(longer / 3)));
  if (sa === sb && short.length >= 4) return true;
  return Math.min(sa.length, sb.length) >= 2 && levenshtein(sa, sb) <= (longer >= 3 ? 1 : 0);
}

/**
 * Whether two parts are one name part spelled two ways: equal, within max(1, 25 %) edits
 * (from 4 letters),
 * consonant skeletons equal (or one a prefix of the other from 3 consonants: "NASEER" /
 * "NASIRUDDIN"; or one letter apart from 4: "DHAWAHRI" / "ZAWAHIRI"), lenient skeletons equal ("AYESHA" / "AISHA") or one letter apart ("QIZANI" /
 * "GUIZANI", "HRYB" / "GRIB"), an initial or a prefix of at least 2 letters, also once a joined particle is
 * dropped. `crossScript` accepts equal lenient skeletons of any length, or max(1, a third of
 * their letters) apart. `single` (the only part of a name, which nothing else confirms) accepts
 * lenient skeletons only when equal: "Zakariya" is not "アズハル" (azuharu).
 */
export function partsAlike(a: string, b: string, crossScript: boolean, single = false): boolean {
  return spellingsAlike(a, b, crossScript, single) || spellingsAlike(withoutParticle(a), withoutParticle(b), crossScript, single);
}

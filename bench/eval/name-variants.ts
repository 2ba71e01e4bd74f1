/**
 * Whether two names of one party are variants of one name (spellings, reorderings, a partial
 * name) or two different names of it that merely share a word ("ROSHAN MONEY EXCHANGE" /
 * "ROSHAN SARAFI"), or one the acronym of the other. Screening indexes every alias of a party
 * on its own, so only variants are a name-matching task. Simple and independent of src/match.
 */
import { foldName, isAcronymOf, levenshtein } from './name-tokens.js';
import { asciiTokens, BRACKETED_ACRONYM, lenientSkeleton, nameParts, partsAlike, skeleton } from './name-parts.js';
import { KUNYA_WORDS } from './name-tokens.data.js';

export type NameRelation = 'variant' | 'acronym' | 'other_name';

/**
 * The parts with runs of adjacent parts joined where the other name writes them as one word
 * ("KHAIR ULLAH" / "KHAIRULLAH") or by their initials ("SCIENCE TECHNOLOGY CENTRE" / "STC", "ISLAMIC STATE IRAQ LEVANT" / "ISIL").
 */
function joinRuns(parts: readonly string[], other: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const runs = [5, 4, 3, 2].filter((n) => i + n <= parts.length).map((n) => parts.slice(i, i + n));
    const run = runs.find((slice) => other.includes(slice.join('')) || other.includes(slice.map((p) => p[0]).join('')));
    // The run becomes the other's word itself, so the two compare equal.
    joined.push(run === undefined ? parts[i]! : other.find((word) => word === run.join('') || word === run.map((p) => p[0]).join(''))!);
    i += (run?.length ?? 1) - 1;
  }
  return joined;
}

/** How many parts of `short` find their own alike part in `long` (a bipartite matching, by augmenting paths). */
function matchedParts(short: readonly string[], long: readonly string[], crossScript: boolean): number {
  const owner: Array<number | undefined> = long.map(() => undefined);
  const single = short.length === 1;
  const assign = (i: number, seen: Set<number>): boolean =>
    long.some((part, j) => {
      if (seen.has(j) || !partsAlike(short[i]!, part, crossScript, single)) return false;
      seen.add(j);
      if (owner[j] !== undefined && !assign(owner[j]!, seen)) return false;
      owner[j] = i;
      return true;
    });
  return short.filter((_, i) => assign(i, new Set())).length;
}

/**
 * "ALQAIDA" / "al-Qaida": the same letters written as one or several words; across scripts,
 * lenient skeletons of the whole names a third apart ("ABDUL WALI" / "عبدالولی").
 */
function sameWhenJoined(a: string, b: string, crossScript: boolean): boolean {
  const [ja, jb] = [asciiTokens(a).join(''), asciiTokens(b).join('')];
  if (ja === jb || (skeleton(ja).length >= 3 && skeleton(ja) === skeleton(jb))) return true;
  const [la, lb] = [lenientSkeleton(ja), lenientSkeleton(jb)];
  return crossScript && Math.min(la.length, lb.length) >= 3 && levenshtein(la, lb) <= Math.floor(Math.max(la.length, lb.length) / 3);
}

/** The tokens in the order the name is said: "RUSDAN, Abu" is Abu Rusdan. */
function inWritingOrder(name: string): string[] {
  const [last, first, ...more] = name.split(',');
  return asciiTokens(first === undefined || more.length > 0 ? name : `${first} ${last}`);
}

/**
 * The part a kunya ("Abu Ahmad", "Umm Hamza": father or mother of ...) is built on: it names
 * the child, so it is a part of the other name only when that name has the same kunya.
 */
function kunyaPart(name: string): string | undefined {
  const tokens = inWritingOrder(name);
  const at = tokens.findIndex((t) => KUNYA_WORDS.has(t));
  const parts = nameParts(name);
  return at >= 0 && parts.length === 1 && tokens[at + 1] === parts[0] ? parts[0] : undefined;
}

/** Whether the other name has a kunya alike to `part` ("Abu Mohammed" in "ABU MOHAMMED AL-JAWLANI"). */
function hasKunya(name: string, part: string, crossScript: boolean): boolean {
  const tokens = inWritingOrder(name);
  return tokens.some((t, i) => KUNYA_WORDS.has(t) && tokens[i + 1] !== undefined && partsAlike(part, tokens[i + 1]!, crossScript));
}

/** A kunya on either side meets the same kunya, or another kunya, on the other. */
function kunyasAgree(a: string, b: string, crossScript: boolean): boolean {
  return [[a, b], [b, a]].every(([x, y]) => {
    const part = kunyaPart(x!);
    return part === undefined || kunyaPart(y!) !== undefined || hasKunya(y!, part, crossScript);
  });
}

/**
 * Every part of the name with fewer parts has its own alike part in the other (a single part
 * by more than a lenient skeleton a letter apart); one may be missing from three parts on; a
 * kunya meets the same kunya.
 */
function isVariant(a: string, b: string, crossScript: boolean): boolean {
  const [pa, pb] = [nameParts(a), nameParts(b)];
  const [ja, jb] = [joinRuns(pa, pb), joinRuns(pb, pa)];
  const [short, long] = ja.length <= jb.length ? [ja, jb] : [jb, ja];
  const missing = short.length - matchedParts(short, long, crossScript);
  if (missing === 0 || (missing === 1 && short.length >= 3)) return kunyasAgree(a, b, crossScript);
  return sameWhenJoined(a, b, crossScript);
}

const bracketedAcronyms = (name: string): string[] => [...name.matchAll(BRACKETED_ACRONYM)].map((m) => foldName(m[1]!).replace(/ /g, ''));

/** One name is the initials of the other, or the acronym the other gives in brackets ("AAS-T" / "Ansar al-Shari'a in Tunisia (AAS-T)"). */
function isAcronym(a: string, b: string): boolean {
  const [ba, bb] = [a.replace(BRACKETED_ACRONYM, ' '), b.replace(BRACKETED_ACRONYM, ' ')];
  const letters = (name: string): string => foldName(name).replace(/ /g, '');
  return isAcronymOf(ba, bb) || isAcronymOf(bb, ba) || bracketedAcronyms(b).includes(letters(a)) || bracketedAcronyms(a).includes(letters(b));
}

/**
 * Variant when the names are the same parts, alike, in any order, one maybe with extra parts
 * (a partial name); acronym when one is the initials of the other; else another name of the
 * party. `crossScript` compares a non-Latin name with a Latin one through any-ascii, leniently.
 */
export function nameRelation(a: string, b: string, crossScript = false): NameRelation {
  // "DHKP/C" would otherwise pass as a variant: its parts are the initials of runs of the other's parts.
  const shortSide = Math.min(asciiTokens(a).length, asciiTokens(b).length);
  if (shortSide <= 2 && isAcronym(a, b)) return 'acronym';
  if (isVariant(a, b, crossScript)) return 'variant';
  return isAcronym(a, b) ? 'acronym' : 'other_name';
}

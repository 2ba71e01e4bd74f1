/**
 * Deterministic perturbations of real listed names, as a customer file or a clerk would
 * write them: typos (a letter dropped, two swapped, one replaced), another romanization of a
 * Cyrillic name (ey/ei, iy/y, kh/h, ks/x ...), "SURNAME, Given" turned into "Given Surname",
 * the middle name dropped, middle names cut to initials. Randomness comes only from the
 * seeded generator passed in, so the same seed gives the same queries.
 */
import type { Random } from './eval/sampling.js';
import { TRANSLITERATION_VARIANTS } from './perturb.data.js';

export const PERSON_PERTURBATIONS = ['typo_drop', 'typo_swap', 'typo_replace', 'transliteration', 'reorder', 'drop_middle', 'initials'] as const;
export const ORGANIZATION_PERTURBATIONS = ['typo_drop', 'typo_swap', 'typo_replace', 'transliteration'] as const;
export type PerturbationKind = (typeof PERSON_PERTURBATIONS)[number];

/** A person's name split into given names and surname, whatever order the list writes it in. */
export interface NameParts {
  readonly given: readonly string[];
  readonly surname: readonly string[];
}

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');
const isUpper = (word: string): boolean => word === word.toUpperCase() && word !== word.toLowerCase();

/**
 * "CHEMEZOV, Sergey Viktorovich" (OFAC), "Aleksandr Yurevich BORODAI" (UK: the surname in
 * capitals) or "SERGEY VIKTOROVICH CHEMEZOV" (UN: the surname last).
 */
export function nameParts(name: string): NameParts {
  const comma = name.indexOf(',');
  if (comma > 0) return { surname: words(name.slice(0, comma)), given: words(name.slice(comma + 1)) };
  const all = words(name);
  const mixedCase = all.some((w) => !isUpper(w));
  let split = all.length - 1;
  while (mixedCase && split > 1 && isUpper(all[split - 1]!)) split -= 1;
  return { given: all.slice(0, split), surname: all.slice(split) };
}

/** "AL-HASSAN" -> "Al-Hassan". */
export const titleCase = (word: string): string => word.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());

/** One of the items, uniformly. */
export function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Words long enough that one typo leaves them recognisable. */
function typoTargets(name: string): { start: number; word: string }[] {
  return [...name.matchAll(/\p{L}{4,}/gu)].map((m) => ({ start: m.index, word: m[0] }));
}

function typo(name: string, kind: 'typo_drop' | 'typo_swap' | 'typo_replace', random: Random): string | null {
  const targets = typoTargets(name);
  if (targets.length === 0) return null;
  const { start, word } = pick(targets, random);
  // The first letter stays: people rarely mistype it, and a swap would move it.
  const first = kind === 'typo_swap' ? 2 : 1;
  const at = first + Math.floor(random() * (word.length - first));
  let changed: string;
  if (kind === 'typo_drop') changed = word.slice(0, at) + word.slice(at + 1);
  else if (kind === 'typo_swap') changed = word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  else {
    const letters = 'abcdefghijklmnopqrstuvwxyz'.replace(word[at]!.toLowerCase(), '');
    const letter = pick([...letters], random);
    changed = word.slice(0, at) + (isUpper(word[at]!) ? letter.toUpperCase() : letter) + word.slice(at + 1);
  }
  return changed === word ? null : name.slice(0, start) + changed + name.slice(start + word.length);
}

/** One occurrence of one romanization rule applied; null when no rule fits the name. */
export function transliterationVariant(name: string, random: Random): string | null {
  const found: { index: number; length: number; replacement: string }[] = [];
  for (const [pattern, replacement] of TRANSLITERATION_VARIANTS) {
    for (const m of name.matchAll(new RegExp(pattern, 'gi'))) found.push({ index: m.index, length: m[0].length, replacement });
  }
  if (found.length === 0) return null;
  const { index, length, replacement } = pick(found, random);
  const original = name.slice(index, index + length);
  const cased = isUpper(original[0]!) && (original.length === 1 || isUpper(original)) ? replacement.toUpperCase() : isUpper(original[0]!) ? titleCase(replacement) : replacement;
  return name.slice(0, index) + cased + name.slice(index + length);
}

/**
 * As a customer form would hold it, in title case: "SURNAME, Given" becomes "Given Surname";
 * a name written given names first becomes "Surname Given".
 */
function reorder(name: string): string | null {
  const parts = nameParts(name);
  if (parts.given.length === 0) return null;
  const order = name.includes(',') ? [...parts.given, ...parts.surname] : [...parts.surname, ...parts.given];
  return order.map(titleCase).join(' ');
}

function dropMiddle(parts: NameParts, random: Random): string | null {
  if (parts.given.length < 2) return null;
  const drop = 1 + Math.floor(random() * (parts.given.length - 1));
  return [...parts.given.filter((_, i) => i !== drop), ...parts.surname].join(' ');
}

/** "Sergey V. Chemezov"; a name without middle names keeps only its first initial ("S. Chemezov"). */
function initials(parts: NameParts): string | null {
  const [first, ...middle] = parts.given;
  if (first === undefined || parts.surname.length === 0) return null;
  const initial = (word: string) => `${word[0]!.toUpperCase()}.`;
  const given = middle.length > 0 ? [first, ...middle.map(initial)] : [initial(first)];
  return [...given, ...parts.surname].join(' ');
}

/** The name perturbed by `kind`, or null when the perturbation does not apply to it. */
export function perturbName(name: string, kind: PerturbationKind, random: Random): string | null {
  switch (kind) {
    case 'typo_drop':
    case 'typo_swap':
    case 'typo_replace':
      return typo(name, kind, random);
    case 'transliteration':
      return transliterationVariant(name, random);
    case 'reorder':
      return reorder(name);
    case 'drop_middle':
      return dropMiddle(nameParts(name), random);
    case 'initials':
      return initials(nameParts(name));
  }
}

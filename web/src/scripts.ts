/**
 * The writing system of a name, by the Unicode Script property of its letters, so an entity's
 * names can be grouped (Latin, Cyrillic, Arabic, Han...). A name is put under the script of
 * most of its letters; Hiragana and Katakana count as Japanese.
 */
const SCRIPTS: readonly [label: string, pattern: RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];

export function scriptOf(name: string): string {
  const counts = new Map<string, number>();
  for (const char of name) {
    const found = SCRIPTS.find(([, pattern]) => pattern.test(char));
    if (found !== undefined) counts.set(found[0], (counts.get(found[0]) ?? 0) + 1);
  }
  let best = 'Other';
  let bestCount = 0;
  for (const [label, count] of counts) if (count > bestCount) [best, bestCount] = [label, count];
  return best;
}

/** Names grouped by script, scripts in the order of SCRIPTS, names in their given order. */
export function groupByScript<T extends { name: string }>(names: readonly T[]): { script: string; names: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of names) {
    const script = scriptOf(entry.name);
    groups.set(script, [...(groups.get(script) ?? []), entry]);
  }
  const order = [...SCRIPTS.map(([label]) => label), 'Other'];
  return [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([script, grouped]) => ({ script, names: grouped }));
}

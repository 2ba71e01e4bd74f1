/**
 * Positive pairs: two names of one listed party, or of one party on two lists.
 * - alias: the main Latin name vs another Latin name of the party (alias, previousName, a
 *   second name), when the two are spellings of one name (name-tokens.ts areVariantNames);
 *   different names of the party (noms de guerre, a vessel's earlier names) are left out.
 * - original_script: a non-Latin name vs the party's Latin name most like it
 *   (crossScriptLikeness >= 0.5); translations, which no name comparison can match, are left out.
 * - weak_alias: the main name vs a weakAlias (OFAC "weak a.k.a.", UN quality Low): reported apart.
 * - cross_list: the main Latin names of one party on two lists (cross-list.ts).
 * Pairs whose names are equal once folded test nothing and are left out.
 */
import type { LabelledPair } from './labelled-pair.js';
import { partyKey, type CrossListLink } from './cross-list.js';
import { primaryLatinName, type ListedParty } from './listed-parties.js';
import { areVariantNames, CROSS_SCRIPT_LIKENESS_MIN, crossScriptLikeness, foldName } from './name-tokens.js';

export interface Candidate {
  readonly pair: LabelledPair;
  /** What a draw caps: the party (positives) or the blocking key (negatives). */
  readonly group: string;
}

/** What the builder left out, for the README. */
export interface PositiveDropCounts {
  differentName: number;
  translation: number;
  /** Cross-list links whose parties have no alike Latin names. */
  unlikeLink: number;
}

const source = (party: ListedParty): string => `${party.list} ${party.id}`;

function bestLatinCounterpart(party: ListedParty, original: string): string | undefined {
  let best: { name: string; likeness: number } | undefined;
  for (const name of party.names) {
    if (name.script !== 'Latin' || name.prop === 'weakAlias') continue;
    const likeness = crossScriptLikeness(original, name.value);
    if (best === undefined || likeness > best.likeness) best = { name: name.value, likeness };
  }
  return best !== undefined && best.likeness >= CROSS_SCRIPT_LIKENESS_MIN ? best.name : undefined;
}

function partyPair(party: ListedParty, name1: string, name2: string, kind: LabelledPair['kind'], script: string): Candidate {
  return { pair: { schema: party.schema, name1, name2, match: true, kind, script, source: source(party) }, group: partyKey(party) };
}

/** The positive pairs within one party. */
export function partyPositives(party: ListedParty, dropped: PositiveDropCounts): Candidate[] {
  const main = primaryLatinName(party);
  if (main === undefined) return [];
  const pairs: Candidate[] = [];
  for (const name of party.names) {
    if (name.value === main || foldName(name.value) === foldName(main)) continue;
    if (name.prop === 'weakAlias') {
      pairs.push(partyPair(party, main, name.value, 'weak_alias', name.script));
    } else if (name.script === 'Latin') {
      if (areVariantNames(main, name.value)) pairs.push(partyPair(party, main, name.value, 'alias', 'Latin'));
      else dropped.differentName++;
    } else {
      const latin = bestLatinCounterpart(party, name.value);
      if (latin !== undefined) pairs.push(partyPair(party, latin, name.value, 'original_script', name.script));
      else dropped.translation++;
    }
  }
  return pairs;
}

/** Organization, LegalEntity and Company name the same kind of party on different lists. */
const linkSchema = (a: ListedParty, b: ListedParty): string => (a.schema === b.schema ? a.schema : 'LegalEntity');

/**
 * The two parties' main Latin names if they are spellings of one name, else the first pair of
 * their Latin names that are (a party may be listed under another of its names elsewhere);
 * none when no names are alike, which also keeps out links made by a coincidence.
 */
function linkedNames(a: ListedParty, b: ListedParty): [string, string] | undefined {
  const latin = (p: ListedParty): string[] => {
    const main = primaryLatinName(p);
    const others = p.names.filter((n) => n.script === 'Latin' && n.prop !== 'weakAlias' && n.value !== main).map((n) => n.value);
    return main === undefined ? others : [main, ...others];
  };
  for (const nameA of latin(a)) {
    const nameB = latin(b).find((name) => areVariantNames(nameA, name));
    if (nameB !== undefined) return [nameA, nameB];
  }
  return undefined;
}

export function crossListPositives(links: readonly CrossListLink[], dropped: PositiveDropCounts): Candidate[] {
  return links.flatMap(({ a, b, evidence }) => {
    const names = linkedNames(a, b);
    if (names === undefined) dropped.unlikeLink++;
    if (names === undefined || foldName(names[0]) === foldName(names[1])) return [];
    const pair: LabelledPair = {
      schema: linkSchema(a, b), name1: names[0], name2: names[1], match: true, kind: 'cross_list', script: 'Latin',
      source: `${source(a)} = ${source(b)} (${evidence})`,
    };
    return [{ pair, group: `${partyKey(a)} ${partyKey(b)}` }];
  });
}

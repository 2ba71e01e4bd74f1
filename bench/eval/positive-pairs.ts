/**
 * Positive pairs: two names of one listed party, or of one party on two lists.
 * - alias: the main Latin name vs another Latin name of the party (alias, previousName, a
 *   second name) that shares an alike word with it (name-tokens.ts areVariantNames); names
 *   sharing nothing (noms de guerre, a vessel's earlier names) are left out.
 * - original_script: a non-Latin name vs the party's Latin name it is a variant of, else the
 *   one most like it (crossScriptLikeness >= 0.5); translations are left out.
 * - cross_list: alike Latin names of one party on two lists (cross-list.ts).
 * - weak_alias: the main name vs a weakAlias (OFAC "weak a.k.a.", UN quality Low): reported apart.
 * A pair of alias, original_script or cross_list that is not a variant of one name
 * (name-variants.ts) becomes other_name, or acronym: both reported apart.
 * Pairs whose names are equal once folded test nothing and are left out.
 */
import type { LabelledPair } from './labelled-pair.js';
import { partyKey, type CrossListLink } from './cross-list.js';
import { primaryLatinName, type ListedParty } from './listed-parties.js';
import { areVariantNames, CROSS_SCRIPT_LIKENESS_MIN, crossScriptLikeness, foldName } from './name-tokens.js';
import { nameRelation } from './name-variants.js';

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
  /** Candidates that are not variants of one name: "<kind they came from> <script> -> <new kind>" -> count. */
  moved: Map<string, number>;
}

type VariantKind = 'alias' | 'original_script' | 'cross_list';

/** The kind of a positive: its own when the names are variants of one name, else other_name or acronym (counted). */
function classify(kind: VariantKind, name1: string, name2: string, script: string, counts: PositiveDropCounts): LabelledPair['kind'] {
  const relation = nameRelation(name1, name2, script !== 'Latin');
  if (relation === 'variant') return kind;
  const key = `${kind} ${script} -> ${relation}`;
  counts.moved.set(key, (counts.moved.get(key) ?? 0) + 1);
  return relation;
}

const source = (party: ListedParty): string => `${party.list} ${party.id}`;

/** The Latin name most like a non-Latin one, preferring names it is a variant of; none below the likeness floor. */
function bestLatinCounterpart(party: ListedParty, original: string): string | undefined {
  const latin = party.names.filter((n) => n.script === 'Latin' && n.prop !== 'weakAlias').map((n) => n.value);
  const ranked = latin
    .map((name) => ({ name, variant: nameRelation(original, name, true) === 'variant', likeness: crossScriptLikeness(original, name) }))
    .filter((c) => c.likeness >= CROSS_SCRIPT_LIKENESS_MIN)
    .sort((x, y) => Number(y.variant) - Number(x.variant) || y.likeness - x.likeness);
  return ranked[0]?.name;
}

function partyPair(party: ListedParty, name1: string, name2: string, kind: LabelledPair['kind'], script: string): Candidate {
  return { pair: { schema: party.schema, name1, name2, match: true, kind, script, source: source(party) }, group: partyKey(party) };
}

function classifiedPair(party: ListedParty, name1: string, name2: string, kind: VariantKind, script: string, counts: PositiveDropCounts): Candidate {
  return partyPair(party, name1, name2, classify(kind, name1, name2, script, counts), script);
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
      if (areVariantNames(main, name.value)) pairs.push(classifiedPair(party, main, name.value, 'alias', 'Latin', dropped));
      else dropped.differentName++;
    } else {
      const latin = bestLatinCounterpart(party, name.value);
      if (latin !== undefined) pairs.push(classifiedPair(party, latin, name.value, 'original_script', name.script, dropped));
      else dropped.translation++;
    }
  }
  return pairs;
}

/** Organization, LegalEntity and Company name the same kind of party on different lists. */
const linkSchema = (a: ListedParty, b: ListedParty): string => (a.schema === b.schema ? a.schema : 'LegalEntity');

const latinNames = (p: ListedParty): string[] => {
  const main = primaryLatinName(p);
  const others = p.names.filter((n) => n.script === 'Latin' && n.prop !== 'weakAlias' && n.value !== main).map((n) => n.value);
  return main === undefined ? others : [main, ...others];
};

/** The first pair of the two parties' Latin names (main names first) that `alike` accepts. */
function firstPair(a: ListedParty, b: ListedParty, alike: (x: string, y: string) => boolean): [string, string] | undefined {
  for (const nameA of latinNames(a)) {
    const nameB = latinNames(b).find((name) => alike(nameA, name));
    if (nameB !== undefined) return [nameA, nameB];
  }
  return undefined;
}

/**
 * The first pair of the two parties' Latin names (main names first) that are variants of one
 * name (a party may be listed under another of its names elsewhere), else the first that share
 * an alike word; none when no names are alike, which also keeps out links made by a coincidence.
 */
function linkedNames(a: ListedParty, b: ListedParty): [string, string] | undefined {
  return firstPair(a, b, (x, y) => nameRelation(x, y) === 'variant') ?? firstPair(a, b, areVariantNames);
}

export function crossListPositives(links: readonly CrossListLink[], dropped: PositiveDropCounts): Candidate[] {
  return links.flatMap(({ a, b, evidence }) => {
    const names = linkedNames(a, b);
    if (names === undefined) dropped.unlikeLink++;
    if (names === undefined || foldName(names[0]) === foldName(names[1])) return [];
    const pair: LabelledPair = {
      schema: linkSchema(a, b), name1: names[0], name2: names[1], match: true, kind: classify('cross_list', names[0], names[1], 'Latin', dropped), script: 'Latin',
      source: `${source(a)} = ${source(b)} (${evidence})`,
    };
    return [{ pair, group: `${partyKey(a)} ${partyKey(b)}` }];
  });
}

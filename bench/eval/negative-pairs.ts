/**
 * Negative pairs: names of two different parties of one list (different ids of one list are
 * different parties, while a link across lists is never certain) that look alike:
 * - same_surname / same_first_name (people): a shared surname or first-name word;
 * - same_legal_form (organisations): a shared legal form plus another shared word;
 * - similar: neighbours in name order (forwards and backwards) with trigram likeness >= 0.5,
 *   and, for organisations and vessels, names sharing a word;
 * - random: any two parties of the schema.
 * Two parties are never paired when they may be one party listed twice: a name equal once
 * folded (OFAC re-keys parties), a shared identifier, an equal full birth date, or a
 * cross-list link to the same party. A party with non-Latin names also gives pairs of its
 * non-Latin name vs the other's Latin (and same-script) name, so each script has negatives.
 */
import { partyKey, surnameTokens, type CrossListLink } from './cross-list.js';
import { primaryLatinName, type ListedParty } from './listed-parties.js';
import type { Candidate } from './positive-pairs.js';
import { CROSS_SCRIPT_LIKENESS_MIN, crossScriptLikeness, foldName, isLegalForm, nameTokens, significantTokens, trigramSimilarity } from './name-tokens.js';
import { groupBy, hashOrdered, type Random } from './sampling.js';

type NegativeKind = 'same_surname' | 'same_first_name' | 'same_legal_form' | 'similar' | 'random';

const BUCKET_MEMBERS_MAX = 30;
/** Orders a crowded bucket's members before the first BUCKET_MEMBERS_MAX are kept. */
const BUCKET_SEED = 20261130;
const NEIGHBOUR_WINDOW = 3;
const SIMILAR_MIN = 0.5;

/** A blocking key: the kind of likeness and the words both names must contain. */
type BlockingKey = [NegativeKind, readonly string[]];

function blockingKeys(party: ListedParty): BlockingKey[] {
  if (party.schema === 'Person') {
    const first = party.firstNames.map((name) => significantTokens(name)[0]).filter((t): t is string => t !== undefined);
    return [...surnameTokens(party).map((t): BlockingKey => ['same_surname', [t]]), ...first.map((t): BlockingKey => ['same_first_name', [t]])];
  }
  return latinNames(party).flatMap((name) => {
    const forms = nameTokens(name).filter(isLegalForm);
    const words = significantTokens(name);
    return [...forms.flatMap((form) => words.map((w): BlockingKey => ['same_legal_form', [form, w]])), ...words.map((w): BlockingKey => ['similar', [w]])];
  });
}

const latinNames = (party: ListedParty): string[] => party.names.filter((n) => n.script === 'Latin' && n.prop !== 'weakAlias').map((n) => n.value);

/** The party's Latin name holding all the key's words (its main name if that does). */
function keyedName(party: ListedParty, words: readonly string[]): string | undefined {
  const holds = (name: string): boolean => words.every((word) => nameTokens(name).includes(word));
  const main = primaryLatinName(party);
  return main !== undefined && holds(main) ? main : (latinNames(party).find(holds) ?? (words.length === 0 ? main : undefined));
}

/** The party's name in `script` that is that script's spelling of `latin`, if it has one. */
function scriptCounterpart(party: ListedParty, script: string, latin: string): string | undefined {
  const names = party.names.filter((n) => n.script === script && n.prop !== 'weakAlias');
  const best = names.map((n) => ({ name: n.value, likeness: crossScriptLikeness(n.value, latin) })).sort((x, y) => y.likeness - x.likeness)[0];
  return best !== undefined && best.likeness >= CROSS_SCRIPT_LIKENESS_MIN ? best.name : undefined;
}

/** Whether two parties of one list might be one party listed twice. */
function mayBeSameParty(a: ListedParty, b: ListedParty, linked: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const folded = new Set(a.names.map((n) => foldName(n.value)));
  if (b.names.some((n) => folded.has(foldName(n.value)))) return true;
  if (a.identifiers.some((id) => b.identifiers.includes(id))) return true;
  if (a.birthDates.some((date) => b.birthDates.includes(date))) return true;
  const linksB = linked.get(partyKey(b)) ?? new Set();
  return [...(linked.get(partyKey(a)) ?? [])].some((key) => linksB.has(key));
}

/** Party key -> keys of the parties on other lists it is linked to. */
export function linkedParties(links: readonly CrossListLink[]): Map<string, Set<string>> {
  const linked = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => void (linked.get(from) ?? linked.set(from, new Set()).get(from)!).add(to);
  for (const { a, b } of links) {
    add(partyKey(a), partyKey(b));
    add(partyKey(b), partyKey(a));
  }
  return linked;
}

interface PartyPair { a: ListedParty; b: ListedParty; kind: NegativeKind; group: string; words: readonly string[] }

function keyedPairs(parties: readonly ListedParty[]): PartyPair[] {
  const keyed = parties.flatMap((party) => blockingKeys(party).map(([kind, words]) => ({ party, kind, words, key: `${party.schema} ${kind} ${words.join(' ')}` })));
  const pairs: PartyPair[] = [];
  for (const [group, members] of groupBy(keyed, (k) => k.key)) {
    const unique = [...new Map(members.map((m) => [m.party.id, m])).values()];
    const chosen = unique.length > BUCKET_MEMBERS_MAX ? hashOrdered(unique, (m) => `${m.party.list} ${m.party.id}`, BUCKET_SEED).slice(0, BUCKET_MEMBERS_MAX) : unique;
    for (let i = 0; i < chosen.length; i++) {
      for (let j = i + 1; j < chosen.length; j++) pairs.push({ a: chosen[i]!.party, b: chosen[j]!.party, kind: chosen[i]!.kind, group, words: chosen[i]!.words });
    }
  }
  return pairs;
}

function neighbourPairs(parties: readonly ListedParty[]): PartyPair[] {
  const named = parties.flatMap((party) => {
    const name = primaryLatinName(party);
    return name === undefined ? [] : [{ party, name, folded: foldName(name) }];
  });
  const pairs: PartyPair[] = [];
  for (const order of [(s: string) => s, (s: string) => [...s].reverse().join('')]) {
    const sorted = [...named].sort((x, y) => (order(x.folded) < order(y.folded) ? -1 : order(x.folded) > order(y.folded) ? 1 : 0));
    sorted.forEach((x, i) => {
      for (const y of sorted.slice(i + 1, i + 1 + NEIGHBOUR_WINDOW)) {
        if (x.party.schema === y.party.schema && trigramSimilarity(x.name, y.name) >= SIMILAR_MIN) pairs.push({ a: x.party, b: y.party, kind: 'similar', group: `${x.party.schema} similar ${x.folded}`, words: [] });
      }
    });
  }
  return pairs;
}

function randomPairs(parties: readonly ListedParty[], random: Random, perSchema: number): PartyPair[] {
  return [...groupBy(parties, (p) => p.schema).values()].flatMap((group) =>
    Array.from({ length: group.length < 2 ? 0 : perSchema }, () => {
      const [a, b] = [group[Math.floor(random() * group.length)]!, group[Math.floor(random() * group.length)]!];
      return { a, b, kind: 'random' as const, group: `${a.schema} random ${a.id}`, words: [] };
    }),
  );
}

/**
 * The labelled pairs of two parties: their Latin names holding the key's words, and for each
 * non-Latin script of one side its spelling of that name vs the other's Latin name and, when
 * the other has one, its spelling in the same script.
 */
function namePairs({ a, b, kind, group, words }: PartyPair): Candidate[] {
  const [nameA, nameB] = [keyedName(a, words), keyedName(b, words)];
  if (nameA === undefined || nameB === undefined) return [];
  const source = `${a.list} ${a.id} / ${b.list} ${b.id}`;
  const make = (name1: string, name2: string, script: string): Candidate => ({ pair: { schema: a.schema, name1, name2, match: false, kind, script, source }, group });
  const pairs = [make(nameA, nameB, 'Latin')];
  const scripts = new Set([...a.names, ...b.names].map((n) => n.script).filter((script) => script !== 'Latin'));
  for (const script of scripts) {
    const [originalA, originalB] = [scriptCounterpart(a, script, nameA), scriptCounterpart(b, script, nameB)];
    if (originalA !== undefined) pairs.push(make(originalA, nameB, script));
    if (originalB !== undefined) pairs.push(make(nameA, originalB, script));
    if (originalA !== undefined && originalB !== undefined) pairs.push(make(originalA, originalB, script));
  }
  return pairs;
}

/** Negative candidates of one list, keyed pairs first; pairs of parties that may be one are dropped. */
export function listNegatives(parties: readonly ListedParty[], links: readonly CrossListLink[], random: Random): Candidate[] {
  const linked = linkedParties(links);
  const partyPairs = [...keyedPairs(parties), ...neighbourPairs(parties), ...randomPairs(parties, random, 400)];
  return partyPairs.filter(({ a, b }) => a.id !== b.id && a.schema === b.schema && !mayBeSameParty(a, b, linked)).flatMap(namePairs);
}

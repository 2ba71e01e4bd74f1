/**
 * The same party on two lists, found by evidence other than names, so the name pairs they
 * give are not chosen by name likeness:
 * - un_reference: a UK entry cites the UN reference number of a UN entry ("UN Ref QDi.001");
 * - document: an equal passport or national id number (at least 6 characters with a digit)
 *   held by one party only on each list;
 * - birth_date_surname (people only): an equal full birth date and a shared surname word,
 *   where that date and word pick one party on each list.
 */
import { significantTokens } from './name-tokens.js';
import type { ListedParty } from './listed-parties.js';

export type LinkEvidence = 'un_reference' | 'document' | 'birth_date_surname';

export interface CrossListLink {
  readonly a: ListedParty;
  readonly b: ListedParty;
  readonly evidence: LinkEvidence;
}

export const partyKey = (party: ListedParty): string => `${party.list}:${party.id}`;

/** Key -> the parties carrying it; keys of several parties on one list are ambiguous. */
function indexBy(parties: readonly ListedParty[], keys: (party: ListedParty) => readonly string[]): Map<string, ListedParty[]> {
  const index = new Map<string, ListedParty[]>();
  for (const party of parties) {
    for (const key of new Set(keys(party))) {
      const holders = index.get(key);
      if (holders === undefined) index.set(key, [party]);
      else holders.push(party);
    }
  }
  return index;
}

const documentKeys = (party: ListedParty): string[] => party.documents.filter((d) => d.length >= 6 && /\d/.test(d));

/** Surname words: from lastName where the list gives it, else the last word of each name. */
export function surnameTokens(party: ListedParty): string[] {
  const sources = party.lastNames.length > 0 ? party.lastNames : party.names.filter((n) => n.script === 'Latin').map((n) => n.value.split(/\s+/).at(-1) ?? '');
  return sources.flatMap(significantTokens);
}

const allTokens = (party: ListedParty): string[] => party.names.filter((n) => n.script === 'Latin').flatMap((n) => significantTokens(n.value));

function birthSurnameKeys(party: ListedParty, tokens: (party: ListedParty) => string[]): string[] {
  if (party.schema !== 'Person') return [];
  return party.birthDates.flatMap((date) => tokens(party).map((token) => `${date} ${token}`));
}

/** Links by a key that must pick exactly one party on each side. */
function linkByUniqueKey(a: readonly ListedParty[], b: readonly ListedParty[], keys: [(p: ListedParty) => readonly string[], (p: ListedParty) => readonly string[]], evidence: LinkEvidence): CrossListLink[] {
  const [indexA, indexB] = [indexBy(a, keys[0]), indexBy(b, keys[1])];
  const links: CrossListLink[] = [];
  for (const [key, holdersA] of indexA) {
    const holdersB = indexB.get(key);
    if (holdersA.length === 1 && holdersB?.length === 1) links.push({ a: holdersA[0]!, b: holdersB[0]!, evidence });
  }
  return links;
}

function linkByUnReference(a: readonly ListedParty[], un: readonly ListedParty[]): CrossListLink[] {
  const byId = new Map(un.map((party) => [party.id, party]));
  return a.flatMap((party) => party.unReferences.flatMap((ref) => {
    const target = byId.get(ref);
    return target === undefined ? [] : [{ a: party, b: target, evidence: 'un_reference' as const }];
  }));
}

/**
 * Every link between two lists, one per pair of parties (the first evidence in the order
 * un_reference, document, birth_date_surname). `un` is the UN list when one side cites it.
 */
export function findCrossListLinks(a: readonly ListedParty[], b: readonly ListedParty[]): CrossListLink[] {
  const isUn = b[0]?.list === 'un';
  const found = [
    ...(isUn ? linkByUnReference(a, b) : []),
    ...linkByUniqueKey(a, b, [documentKeys, documentKeys], 'document'),
    // The word must be a surname on one side and any name word on the other.
    ...linkByUniqueKey(a, b, [(p) => birthSurnameKeys(p, surnameTokens), (p) => birthSurnameKeys(p, allTokens)], 'birth_date_surname'),
    ...linkByUniqueKey(a, b, [(p) => birthSurnameKeys(p, allTokens), (p) => birthSurnameKeys(p, surnameTokens)], 'birth_date_surname'),
  ];
  const seen = new Set<string>();
  return found.filter((link) => {
    const key = `${partyKey(link.a)} ${partyKey(link.b)}`;
    if (seen.has(key) || link.a.schema !== link.b.schema && (link.a.schema === 'Person' || link.b.schema === 'Person')) return false;
    seen.add(key);
    return true;
  });
}

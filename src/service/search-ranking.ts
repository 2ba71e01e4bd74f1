/**
 * The order in which a search returns the listed targets of the screening index. A text
 * search puts exact hits first — a term that is an entity id, an id without its dataset
 * prefix ("16685" for ofac-16685, "QDi.421" for unsc-qdi-421, as OFAC and the UN number
 * their entries) or one of the target's identifiers (registration, passport, IMO number) —
 * then the screening engine's candidates for the words as one name, best score first: a
 * LegalEntity query (persons, companies, organisations; read as a person's name when it meets
 * a person) and Vessel and Airplane queries, or the schemata the search is restricted to.
 * Without text, targets are listed by caption, then id.
 */
import { isMatchableSchema } from '../match/matchable.js';
import type { MatchResult } from '../match/types.js';
import type { ScreeningIndex } from './match.js';
import type { TargetTest } from './search-filters.js';

/** The query schemata that together reach every matchable target. */
const TEXT_SCHEMATA = ['LegalEntity', 'Vessel', 'Airplane'] as const;
/** Candidates asked of the engine per query schema (it scores at most 50 per query anyway). */
const CANDIDATES_PER_SCHEMA = 100;
/** Shorter identifier fragments ("12") would hit by accident. */
const MIN_IDENTIFIER_LENGTH = 4;

export interface TextRanking {
  /** Free-text terms and phrases, in the order written; together they are the name looked up. */
  readonly terms: readonly string[];
  /** Restrict the engine's queries to these schemata (matchable ones only); default TEXT_SCHEMATA. */
  readonly schemata?: readonly string[];
  /** Only targets of these datasets are candidates. */
  readonly datasets: readonly string[];
}

interface ExactLookup {
  /** idKey(id) and idKey(id without its prefix) -> ids. */
  readonly byIdKey: ReadonlyMap<string, readonly string[]>;
  /** identifierKey(identifier) -> ids. */
  readonly byIdentifier: ReadonlyMap<string, readonly string[]>;
}

/** "QDi.421" -> "qdi-421", "OFAC-16685" -> "ofac-16685". */
const idKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
/** "AB 123-456" -> "AB123456": lists write the same number with and without separators. */
const identifierKey = (text: string) => text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

// Built on first use per index: an index never changes, a new snapshot brings a new one.
const exactLookups = new WeakMap<ScreeningIndex, ExactLookup>();
const sortedLists = new WeakMap<ScreeningIndex, readonly string[]>();

function exactLookup(screening: ScreeningIndex): ExactLookup {
  let lookup = exactLookups.get(screening);
  if (lookup !== undefined) return lookup;
  const byIdKey = new Map<string, string[]>();
  const byIdentifier = new Map<string, string[]>();
  for (const { entity } of screening.targets.values()) {
    addTo(byIdKey, idKey(entity.id), entity.id);
    const dash = entity.id.indexOf('-');
    if (dash > 0) addTo(byIdKey, idKey(entity.id.slice(dash + 1)), entity.id);
    for (const identifier of entity.identifiers) {
      const key = identifierKey(identifier);
      if (key.length >= MIN_IDENTIFIER_LENGTH) addTo(byIdentifier, key, entity.id);
    }
  }
  lookup = { byIdKey, byIdentifier };
  exactLookups.set(screening, lookup);
  return lookup;
}

/** Ids of targets named exactly by a term or by the whole text. */
function exactHits(screening: ScreeningIndex, terms: readonly string[]): string[] {
  const lookup = exactLookup(screening);
  const texts = terms.length > 1 ? [terms.join(' '), ...terms] : terms;
  const hits: string[] = [];
  for (const text of texts) {
    hits.push(...(lookup.byIdKey.get(idKey(text)) ?? []), ...(lookup.byIdentifier.get(identifierKey(text)) ?? []));
  }
  return hits;
}

function querySchemata(restricted: readonly string[] | undefined): readonly string[] {
  const matchable = (restricted ?? []).filter(isMatchableSchema);
  return matchable.length > 0 ? matchable : TEXT_SCHEMATA;
}

function engineHits(screening: ScreeningIndex, ranking: TextRanking): string[] {
  const name = ranking.terms.join(' ').trim();
  if (!/[\p{L}\p{N}]/u.test(name)) return [];
  const results: MatchResult[] = [];
  for (const schema of querySchemata(ranking.schemata)) {
    results.push(...screening.index.match({ schema, names: [name] }, { limit: CANDIDATES_PER_SCHEMA, datasets: ranking.datasets }));
  }
  return results.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id)).map((r) => r.entity.id);
}

/** Ids of the targets found for the text, best first, that pass `accepts`. */
export function rankByText(screening: ScreeningIndex, ranking: TextRanking, accepts: TargetTest): string[] {
  const ranked = new Set([...exactHits(screening, ranking.terms), ...engineHits(screening, ranking)]);
  return [...ranked].filter((id) => accepts(screening.targets.get(id)!.entity));
}

const captionOrder = new Intl.Collator('en', { sensitivity: 'base' });

/** Ids of every target that passes `accepts`, by caption then id. */
export function listByCaption(screening: ScreeningIndex, accepts: TargetTest): string[] {
  let sorted = sortedLists.get(screening);
  if (sorted === undefined) {
    const entities = [...screening.targets.values()].map((t) => t.entity);
    entities.sort((a, b) => captionOrder.compare(a.caption, b.caption) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    sorted = entities.map((e) => e.id);
    sortedLists.set(screening, sorted);
  }
  return sorted.filter((id) => accepts(screening.targets.get(id)!.entity));
}

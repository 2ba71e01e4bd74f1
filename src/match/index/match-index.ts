/**
 * The in-memory candidate index over every name of every listed entity. A query does not
 * score the whole list: its tokens are looked up by romanization key, phonetic code,
 * consonant skeleton (Arabic/Hebrew script) and typo neighbours; entities collect the rarity
 * of the keys they share, and only the best CANDIDATE_LIMIT of them are scored in full.
 * Token rarity from this corpus also weights the scoring, so agreeing on "Chemezov" counts
 * for more than agreeing on "Mohammad".
 */
import { schemataCompatible } from '../matchable.js';
import type { NameToken } from '../name-analysis.js';
import { DEFAULT_THRESHOLD, prepareEntity, prepareQuery, scorePrepared, type PreparedEntity, type PreparedQuery } from '../score.js';
import type { MatchableEntity, MatchOptions, MatchQuery, MatchResult } from '../types.js';
import { KeyPostings } from './key-postings.js';
import { rarity } from '../token-rarity.js';
import { TypoNeighbours } from './typo-neighbours.js';

/** Entities scored in full per query, at most. */
const CANDIDATE_LIMIT = 50;
/**
 * Candidates with less than this share of the best candidate's key evidence are not scored:
 * an entity sharing only "mohammad" with the query cannot beat one sharing two rare names.
 */
const MIN_EVIDENCE_SHARE = 0.4;
/** Keys on more than this share of the corpus only add to candidates found by rarer keys. */
const COMMON_KEY_SHARE = 0.02;
const MIN_COMMON_KEY_ENTITIES = 300;

const LOOKUP_FACTORS = { key: 1, phonetic: 0.7, skeleton: 0.7, typo: 0.6 } as const;

interface Lookup {
  readonly key: string;
  readonly weight: number;
}

const isIndexed = (token: NameToken) => token.role !== 'initial' && token.role !== 'particle' && token.role !== 'function';

export class MatchIndex {
  private readonly entities: PreparedEntity[] = [];
  private readonly postings = new KeyPostings();
  private readonly typos = new TypoNeighbours();

  private constructor() {}

  static build(entities: Iterable<MatchableEntity>): MatchIndex {
    const index = new MatchIndex();
    for (const entity of entities) index.add(prepareEntity(entity));
    return index;
  }

  get size(): number {
    return this.entities.length;
  }

  private add(prepared: PreparedEntity): void {
    const number = this.entities.push(prepared) - 1;
    for (const name of prepared.names) {
      for (const token of name.tokens) {
        if (!isIndexed(token)) continue;
        this.postings.add(`k:${token.key}`, number);
        if (token.phonetic !== '') this.postings.add(`p:${token.phonetic}`, number);
        if (token.skeleton.length >= 3) this.postings.add(`s:${token.skeleton}`, number);
        this.typos.add(token.key);
      }
    }
  }

  // Filled on first use per key; the index does not change after build().
  private readonly rarityByKey = new Map<string, number>();

  /** A token's weight in scoring: its role's weight times its rarity in this corpus. */
  readonly tokenWeight = (token: NameToken): number => {
    let keyRarity = this.rarityByKey.get(token.key);
    if (keyRarity === undefined) {
      keyRarity = rarity(this.postings.frequency(`k:${token.key}`), this.entities.length);
      this.rarityByKey.set(token.key, keyRarity);
    }
    return token.weight * keyRarity;
  };

  private lookups(query: PreparedQuery): Lookup[] {
    const lookups: Lookup[] = [];
    for (const name of query.names) {
      const useSkeleton = name.script === 'Arabic' || name.script === 'Hebrew';
      for (const token of name.tokens) {
        if (!isIndexed(token)) continue;
        lookups.push({ key: `k:${token.key}`, weight: token.weight * LOOKUP_FACTORS.key });
        if (token.phonetic !== '') lookups.push({ key: `p:${token.phonetic}`, weight: token.weight * LOOKUP_FACTORS.phonetic });
        if (useSkeleton && token.skeleton.length >= 3) lookups.push({ key: `s:${token.skeleton}`, weight: token.weight * LOOKUP_FACTORS.skeleton });
        for (const near of this.typos.near(token.key)) lookups.push({ key: `k:${near}`, weight: token.weight * LOOKUP_FACTORS.typo });
      }
    }
    return lookups;
  }

  /** Entity numbers with the summed rarity of the keys they share with the query. */
  private candidates(query: PreparedQuery, accepts: (entity: MatchableEntity) => boolean): number[] {
    const size = this.entities.length;
    const commonLimit = Math.max(MIN_COMMON_KEY_ENTITIES, size * COMMON_KEY_SHARE);
    const evidence = new Map<number, number>();
    const common: { list: readonly number[]; weight: number }[] = [];
    for (const lookup of this.lookups(query)) {
      const list = this.postings.get(lookup.key);
      if (list === undefined) continue;
      const weight = lookup.weight * rarity(list.length, size);
      if (list.length > commonLimit) common.push({ list, weight });
      else for (const n of list) evidence.set(n, (evidence.get(n) ?? 0) + weight);
    }
    // Common keys only rank candidates that rarer keys found, unless nothing else was found.
    if (evidence.size === 0 && common.length > 0) {
      const shortest = common.reduce((a, b) => (a.list.length <= b.list.length ? a : b));
      for (const n of shortest.list) evidence.set(n, shortest.weight);
    }
    for (const { list, weight } of common) for (const n of list) if (evidence.has(n)) evidence.set(n, evidence.get(n)! + weight);
    const ranked = [...evidence].filter(([n]) => accepts(this.entities[n]!.entity)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const floor = (ranked[0]?.[1] ?? 0) * MIN_EVIDENCE_SHARE;
    return ranked
      .slice(0, CANDIDATE_LIMIT)
      .filter(([, weight]) => weight >= floor)
      .map(([n]) => n);
  }

  match(query: MatchQuery, options: MatchOptions): MatchResult[] {
    const prepared = prepareQuery(query);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const datasets = options.datasets;
    const accepts = (entity: MatchableEntity) =>
      schemataCompatible(query.schema, entity.schema) && (datasets === undefined || entity.datasets.some((d) => datasets.includes(d)));
    const results: MatchResult[] = [];
    for (const n of this.candidates(prepared, accepts)) {
      const entity = this.entities[n]!;
      const score = scorePrepared(prepared, entity, { threshold, weightOf: this.tokenWeight });
      if (score.score > 0 && score.score >= (options.cutoff ?? 0)) results.push({ entity: entity.entity, ...score });
    }
    return results.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id)).slice(0, options.limit);
  }
}

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
const MIN_EVIDENCE_SHARE = 0.5;
/** Keys on more than this share of the corpus only add to candidates found by rarer keys. */
const COMMON_KEY_SHARE = 0.02;
const MIN_COMMON_KEY_ENTITIES = 300;

const LOOKUP_FACTORS = { key: 1, phonetic: 0.7, skeleton: 0.7, typo: 0.6 } as const;

interface Lookup {
  readonly key: string;
  readonly weight: number;
}

const isIndexed = (token: NameToken) => token.role !== 'initial' && token.role !== 'particle' && token.role !== 'function';

/** A candidate entity, the evidence its names share with the query, and which of its names do. */
interface Candidate {
  readonly entity: number;
  evidence: number;
  readonly names: Set<number>;
}

export class MatchIndex {
  private readonly entities: PreparedEntity[] = [];
  /** Per name number: its entity's number and its place among that entity's names. */
  private readonly nameEntity: number[] = [];
  private readonly nameOrdinal: number[] = [];
  private readonly postings = new KeyPostings();
  private readonly typos = new TypoNeighbours();

  /** The index whose corpus says how rare a key is: this one, or the one given to build(). */
  private rarityCorpus: MatchIndex = this;

  private constructor() {}

  /**
   * `rarityFrom`: weigh tokens by their rarity in another index's corpus. Re-screening builds
   * small indexes of the changed entities only; their scores must weigh "mohammad" as the
   * whole lists do, or a hit would score differently than in a full screening.
   */
  static build(entities: Iterable<MatchableEntity>, options: { rarityFrom?: MatchIndex } = {}): MatchIndex {
    const index = new MatchIndex();
    for (const entity of entities) index.add(prepareEntity(entity));
    index.rarityCorpus = options.rarityFrom ?? index;
    return index;
  }

  /** How rare a lookup key ("k:chemezov", "p:XMSF") is in the rarity corpus. */
  private keyRarity(key: string): number {
    const corpus = this.rarityCorpus;
    return rarity(corpus.postings.entityFrequency(key), corpus.entities.length);
  }

  get size(): number {
    return this.entities.length;
  }

  private add(prepared: PreparedEntity): void {
    const entity = this.entities.push(prepared) - 1;
    prepared.names.forEach((name, ordinal) => {
      const number = this.nameEntity.push(entity) - 1;
      this.nameOrdinal.push(ordinal);
      for (const token of name.tokens) {
        if (!isIndexed(token)) continue;
        this.postings.add(`k:${token.key}`, number, entity);
        if (token.phonetic !== '') this.postings.add(`p:${token.phonetic}`, number, entity);
        if (token.skeleton.length >= 3) this.postings.add(`s:${token.skeleton}`, number, entity);
        this.typos.add(token.key);
      }
    });
  }

  // Filled on first use per key; the index does not change after build().
  private readonly rarityByKey = new Map<string, number>();

  /** A token's weight in scoring: its role's weight times its rarity in this corpus. */
  readonly tokenWeight = (token: NameToken): number => {
    let keyRarity = this.rarityByKey.get(token.key);
    if (keyRarity === undefined) {
      keyRarity = this.keyRarity(`k:${token.key}`);
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

  /** Adds one lookup's names to the candidates: its weight once per entity, each name it hit. */
  private collect(found: Map<number, Candidate>, names: readonly number[], weight: number, onlyKnown: boolean): void {
    let lastEntity = -1;
    for (const name of names) {
      const entity = this.nameEntity[name]!;
      let candidate = found.get(entity);
      if (candidate === undefined) {
        if (onlyKnown) continue;
        found.set(entity, (candidate = { entity, evidence: 0, names: new Set() }));
      }
      if (entity !== lastEntity) candidate.evidence += weight;
      lastEntity = entity;
      candidate.names.add(this.nameOrdinal[name]!);
    }
  }

  /** The entities sharing the most key evidence with the query, with the names that share it. */
  private candidates(query: PreparedQuery, accepts: (entity: MatchableEntity) => boolean): Candidate[] {
    const size = this.entities.length;
    const commonLimit = Math.max(MIN_COMMON_KEY_ENTITIES, size * COMMON_KEY_SHARE);
    const found = new Map<number, Candidate>();
    const common: { names: readonly number[]; weight: number; entities: number }[] = [];
    for (const lookup of this.lookups(query)) {
      const names = this.postings.names(lookup.key);
      if (names === undefined) continue;
      const entities = this.postings.entityFrequency(lookup.key);
      const weight = lookup.weight * this.keyRarity(lookup.key);
      if (entities > commonLimit) common.push({ names, weight, entities });
      else this.collect(found, names, weight, false);
    }
    // Common keys only rank candidates that rarer keys found, unless nothing else was found.
    if (found.size === 0 && common.length > 0) {
      const rarest = common.reduce((a, b) => (a.entities <= b.entities ? a : b));
      this.collect(found, rarest.names, 0, false);
    }
    for (const { names, weight } of common) this.collect(found, names, weight, true);
    // Thousands of entities can share a common key; only those near the best are sorted.
    let best = 0;
    const accepted: Candidate[] = [];
    for (const candidate of found.values()) {
      if (!accepts(this.entities[candidate.entity]!.entity)) continue;
      accepted.push(candidate);
      if (candidate.evidence > best) best = candidate.evidence;
    }
    const floor = best * MIN_EVIDENCE_SHARE;
    return accepted
      .filter((c) => c.evidence >= floor)
      .sort((a, b) => b.evidence - a.evidence || a.entity - b.entity)
      .slice(0, CANDIDATE_LIMIT);
  }

  match(query: MatchQuery, options: MatchOptions): MatchResult[] {
    const prepared = prepareQuery(query);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const datasets = options.datasets;
    const accepts = (entity: MatchableEntity) =>
      schemataCompatible(query.schema, entity.schema) && (datasets === undefined || entity.datasets.some((d) => datasets.includes(d)));
    const results: MatchResult[] = [];
    for (const candidate of this.candidates(prepared, accepts)) {
      const entity = this.entities[candidate.entity]!;
      // Only the names that share a key with the query can score well; aliases that share none are not aligned.
      const names = entity.names.filter((_, ordinal) => candidate.names.has(ordinal));
      const score = scorePrepared(prepared, { entity: entity.entity, names }, { threshold, weightOf: this.tokenWeight });
      if (score.score > 0 && score.score >= (options.cutoff ?? 0)) results.push({ entity: entity.entity, ...score });
    }
    return results.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id)).slice(0, options.limit);
  }
}

/**
 * The in-memory candidate index over every name of every listed entity. A query does not
 * score the whole list: its tokens are looked up by romanization key, phonetic code,
 * consonant skeleton (Arabic/Hebrew script) and typo neighbours; entities collect the rarity
 * of the keys they share, and only those with at least MIN_EVIDENCE_SHARE of the best
 * candidate's evidence (at most CANDIDATE_LIMIT) are scored in full, on the names that shared
 * a key. Token rarity from this corpus (or, when re-screening, the whole lists') also weights
 * the scoring, so agreeing on "Chemezov" counts for more than agreeing on "Mohammad".
 */
import { schemataCompatible } from '../matchable.js';
import type { AnalysedName, NameToken } from '../name-analysis.js';
import { assessReaching, DEFAULT_THRESHOLD, explain, prepareEntity, prepareQuery, type Assessment, type PreparedEntity, type PreparedQuery } from '../score.js';
import type { MatchableEntity, MatchOptions, MatchQuery, MatchResult } from '../types.js';
import { CandidateEvidence } from './candidate-evidence.js';
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

/** Query tokens whose lookups are kept at most (see tokenLookups); then the cache starts afresh. */
const TOKEN_LOOKUPS_LIMIT = 100_000;

/** A query token's lookup of one key: the names holding the key and what sharing it weighs. */
interface Lookup {
  readonly names: readonly number[];
  readonly entities: number;
  readonly weight: number;
}

/**
 * Whether two names are the same to the scorer: one script, the same tokens in order. Tokens
 * are compared as objects (name analysis shares one per word and role), so whatever a token
 * carries is equal; two equal tokens that are not one object only make a repeat go unnoticed.
 */
function sameTokens(a: AnalysedName, b: AnalysedName): boolean {
  if (a.script !== b.script || a.tokens.length !== b.tokens.length) return false;
  return a.tokens.every((token, i) => token === b.tokens[i]);
}

/** Whether an earlier name of the list is the same to the scorer as the one at `ordinal`. */
function repeatsEarlier(names: readonly AnalysedName[], ordinal: number): boolean {
  for (let earlier = 0; earlier < ordinal; earlier++) if (sameTokens(names[earlier]!, names[ordinal]!)) return true;
  return false;
}

const isIndexed = (token: NameToken) => token.role !== 'initial' && token.role !== 'particle' && token.role !== 'function';

/** A candidate entity and the key evidence its names share with the query. */
interface Candidate {
  readonly entity: number;
  readonly evidence: number;
}

export class MatchIndex {
  private readonly entities: PreparedEntity[] = [];
  /** Per name number, its entity's number; per entity number, the number of its first name. */
  private readonly nameEntity: number[] = [];
  private readonly firstName: number[] = [];
  /**
   * Per name number, whether an earlier name of its entity has the same script and tokens: it
   * aligns with any query exactly as that one does, which the scorer prefers on a tie, so it
   * is never scored.
   */
  private readonly repeatsEarlierName: boolean[] = [];
  private evidence!: CandidateEvidence;
  private readonly postings = new KeyPostings();
  /** Per entity number, the number of its schema in `schemata`. */
  private readonly entitySchema: number[] = [];
  private readonly schemata: string[] = [];
  /** Per query schema, per schema number: whether entities of it may answer such a query. */
  private readonly answersBySchema = new Map<string, readonly boolean[]>();
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
    index.evidence = new CandidateEvidence(index.entities.length, index.nameEntity, index.firstName);
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
    const schema = this.schemata.indexOf(prepared.entity.schema);
    this.entitySchema.push(schema >= 0 ? schema : this.schemata.push(prepared.entity.schema) - 1);
    this.firstName.push(this.nameEntity.length);
    prepared.names.forEach((name, ordinal) => {
      const number = this.nameEntity.push(entity) - 1;
      this.repeatsEarlierName.push(repeatsEarlier(prepared.names, ordinal));
      for (const token of name.tokens) {
        if (!isIndexed(token)) continue;
        this.postings.add(`k:${token.key}`, number, entity);
        if (token.phonetic !== '') this.postings.add(`p:${token.phonetic}`, number, entity);
        if (token.skeleton.length >= 3) this.postings.add(`s:${token.skeleton}`, number, entity);
        this.typos.add(token.key);
      }
    });
  }

  // Filled on first use (the index does not change after build()), by token object: name
  // analysis shares one object per word, so the lookup needs no string hashing.
  private readonly weightByToken = new Map<NameToken, number>();

  /** A token's weight in scoring: its role's weight times its rarity in this corpus. */
  readonly tokenWeight = (token: NameToken): number => {
    let weight = this.weightByToken.get(token);
    if (weight === undefined) {
      weight = token.weight * this.keyRarity(`k:${token.key}`);
      this.weightByToken.set(token, weight);
    }
    return weight;
  };

  // Per query token (name analysis shares one object per word), with and without skeleton
  // lookups: the keys it looks up, resolved once, since a query's words recur across a file.
  private readonly lookupsByToken = [new Map<NameToken, readonly Lookup[]>(), new Map<NameToken, readonly Lookup[]>()] as const;

  /** A query token's lookups that some name holds: its key, phonetic code, skeleton (when used) and typo neighbours. */
  private tokenLookups(token: NameToken, useSkeleton: boolean): readonly Lookup[] {
    const cache = this.lookupsByToken[useSkeleton ? 1 : 0];
    let lookups = cache.get(token);
    if (lookups !== undefined) return lookups;
    const found: Lookup[] = [];
    const lookUp = (key: string, weight: number) => {
      const posting = this.postings.get(key);
      if (posting !== undefined) found.push({ names: posting.names, entities: posting.entities, weight: weight * this.keyRarity(key) });
    };
    lookUp(`k:${token.key}`, token.weight * LOOKUP_FACTORS.key);
    if (token.phonetic !== '') lookUp(`p:${token.phonetic}`, token.weight * LOOKUP_FACTORS.phonetic);
    if (useSkeleton && token.skeleton.length >= 3) lookUp(`s:${token.skeleton}`, token.weight * LOOKUP_FACTORS.skeleton);
    for (const near of this.typos.near(token.key)) lookUp(`k:${near}`, token.weight * LOOKUP_FACTORS.typo);
    if (cache.size >= TOKEN_LOOKUPS_LIMIT) cache.clear();
    cache.set(token, found);
    return found;
  }

  /** The entities sharing the most key evidence with the query; this.evidence then knows which of their names share it. */
  private candidates(query: PreparedQuery, accepts: (entity: number) => boolean): Candidate[] {
    const commonLimit = Math.max(MIN_COMMON_KEY_ENTITIES, this.entities.length * COMMON_KEY_SHARE);
    const evidence = this.evidence;
    evidence.begin();
    const common: Lookup[] = [];
    for (const name of query.names) {
      const useSkeleton = name.script === 'Arabic' || name.script === 'Hebrew';
      for (const token of name.tokens) {
        if (!isIndexed(token)) continue;
        for (const lookup of this.tokenLookups(token, useSkeleton)) {
          if (lookup.entities > commonLimit) common.push(lookup);
          else evidence.add(lookup.names, lookup.weight);
        }
      }
    }
    // Common keys only rank candidates that rarer keys found, unless nothing else was found.
    if (evidence.entities.length === 0 && common.length > 0) {
      const rarest = common.reduce((a, b) => (a.entities <= b.entities ? a : b));
      evidence.add(rarest.names, 0);
    }
    for (const { names, weight } of common) evidence.addToFound(names, weight);
    // Thousands of entities can share a common key: only those near the best become candidates.
    let best = 0;
    const accepted: number[] = [];
    for (const entity of evidence.entities) {
      if (!accepts(entity)) continue;
      accepted.push(entity);
      best = Math.max(best, evidence.evidenceOf(entity));
    }
    const floor = best * MIN_EVIDENCE_SHARE;
    const candidates: Candidate[] = [];
    for (const entity of accepted) if (evidence.evidenceOf(entity) >= floor) candidates.push({ entity, evidence: evidence.evidenceOf(entity) });
    return candidates.sort((a, b) => b.evidence - a.evidence || a.entity - b.entity).slice(0, CANDIDATE_LIMIT);
  }

  /** The names of a candidate that share a key with the query (only those can score well), less repeats. */
  private namesHit(candidate: Candidate): AnalysedName[] {
    const first = this.firstName[candidate.entity]!;
    const names = this.entities[candidate.entity]!.names;
    const hit: AnalysedName[] = [];
    for (let ordinal = 0; ordinal < names.length; ordinal++) {
      const number = first + ordinal;
      if (this.evidence.wasHit(number) && !this.repeatsEarlierName[number]) hit.push(names[ordinal]!);
    }
    return hit;
  }

  /** Per schema number, whether its entities may answer a query of `querySchema`: asked of every entity a query touches. */
  private schemataAnswering(querySchema: string): readonly boolean[] {
    let answers = this.answersBySchema.get(querySchema);
    if (answers === undefined) this.answersBySchema.set(querySchema, (answers = this.schemata.map((schema) => schemataCompatible(querySchema, schema))));
    return answers;
  }

  match(query: MatchQuery, options: MatchOptions): MatchResult[] {
    const prepared = prepareQuery(query);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const datasets = options.datasets;
    const answers = this.schemataAnswering(query.schema);
    const accepts = (entity: number) =>
      answers[this.entitySchema[entity]!]! && (datasets === undefined || this.entities[entity]!.entity.datasets.some((d) => datasets.includes(d)));
    const scoring = { weightOf: this.tokenWeight };
    const cutoff = options.cutoff ?? 0;
    const scored: { entity: MatchableEntity; assessment: Assessment }[] = [];
    for (const candidate of this.candidates(prepared, accepts)) {
      const { entity } = this.entities[candidate.entity]!;
      const assessment = assessReaching(prepared, { entity, names: this.namesHit(candidate) }, cutoff, scoring);
      if (assessment !== null && assessment.score > 0 && assessment.score >= cutoff) scored.push({ entity, assessment });
    }
    // Only the results returned are explained: writing explanations is a good part of scoring.
    return scored
      .sort((a, b) => b.assessment.score - a.assessment.score || a.entity.id.localeCompare(b.entity.id))
      .slice(0, options.limit)
      .map(({ entity, assessment: { score, terms } }) => ({ entity, score, match: score >= threshold, explanation: explain(terms) }));
  }
}

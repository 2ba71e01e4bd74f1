/**
 * The scorer: one function behind `match`, `screen` and `compare`. The score is the sum of
 * feature contributions (score x weight), clamped to [0, 1]; the features, their weights and
 * what each means are listed in features/catalog.ts. The name feature comes from
 * features/name-alignment.ts, birth dates, countries and identifiers from their own modules.
 *
 * DEFAULT_THRESHOLD is the one cut-off used everywhere; bench/eval measures it on real pairs.
 */
import { schemataCompatible } from './matchable.js';
import { analyseName, isPersonSchema, type AnalysedName, type NameToken, type TokenRole } from './name-analysis.js';
import { compareBirthDates } from './features/birth-date.js';
import { FEATURES, featureResult, featureTerm, termResult, type FeatureTerm } from './features/catalog.js';
import { compareCountries } from './features/country.js';
import { compareIdentifiers } from './features/identifier.js';
import { alignNames, type AlignedPair, type NameAlignment, type TokenWeight } from './features/name-alignment.js';
import { listTokenWeight } from './token-rarity.js';
import type { FeatureResult, MatchableEntity, MatchQuery, MatchScore } from './types.js';

/** Names scoring at or above this are reported as matches (chosen on bench/eval's pair set). */
export const DEFAULT_THRESHOLD = 0.6;

export interface PreparedQuery {
  readonly query: MatchQuery;
  readonly names: readonly AnalysedName[];
  /**
   * For a LegalEntity query (a customer row of unknown kind), its names analysed as a
   * person's too, used against listed persons: titles dropped, patronymics weighted low.
   */
  readonly personNames?: readonly AnalysedName[];
}

export interface PreparedEntity {
  readonly entity: MatchableEntity;
  readonly names: readonly AnalysedName[];
}

export function prepareQuery(query: MatchQuery): PreparedQuery {
  const names = query.names.map((name) => analyseName(query.schema, name));
  if (query.schema !== 'LegalEntity') return { query, names };
  return { query, names, personNames: query.names.map((name) => analyseName('Person', name)) };
}

export function prepareEntity(entity: MatchableEntity): PreparedEntity {
  return { entity, names: entity.names.map((name) => analyseName(entity.schema, name)) };
}

interface BestAlignment {
  alignment: NameAlignment;
  left: AnalysedName;
  right: AnalysedName;
}

/**
 * The best-scoring alignment of a left name with a right name, the first on a tie. Given a
 * floor, alignments that surely score below it or no more than the best so far are not
 * completed (without one, bounding alignments that mostly beat the best costs more than it
 * saves): null when every one was below `floor`.
 */
function bestAlignment(schemata: readonly string[], left: readonly AnalysedName[], right: readonly AnalysedName[], weightOf?: TokenWeight, floor = -Infinity): BestAlignment | null {
  const isPerson = schemata.some(isPersonSchema);
  const options = { weightOf, acronyms: !isPerson, lenient: isPerson };
  let best: BestAlignment | null = null;
  for (const l of left) {
    for (const r of right) {
      const alignment: NameAlignment | null = alignNames(l, r, options, best === null || floor === -Infinity ? floor : Math.max(floor, best.alignment.score));
      if (alignment !== null && (best === null || alignment.score > best.alignment.score)) best = { alignment, left: l, right: r };
    }
  }
  return best;
}

const tokenText = (tokens: readonly NameToken[]) => tokens.map((t) => t.text).join(' ');

function describePair(pair: AlignedPair): string {
  const [left, right] = [tokenText(pair.left), tokenText(pair.right)];
  return `${left === right ? left : `${left}~${right}`} (${pair.how} ${pair.score.toFixed(2)})`;
}

function describeAlignment({ alignment, left, right }: BestAlignment): string {
  const pairs = alignment.pairs.map(describePair);
  const unaligned = [...alignment.unalignedLeft, ...alignment.unalignedRight];
  return `"${left.original}" vs "${right.original}": ${pairs.join(', ') || 'nothing aligned'}${unaligned.length ? `; unaligned: ${unaligned.join(', ')}` : ''}`;
}

/** A pair scoring below this agrees only by sound or spelling (Kivvit~Kuwait 0.85, Schaffer~Chafer 0.86), not in full. */
const LOOSE_PAIR_SCORE = 1;

const countRoles = (name: AnalysedName, roles: readonly TokenRole[]) => name.tokens.filter((t) => roles.includes(t.role)).length;

/**
 * Whether the names agree on one part while a name has more: a person's full name on one
 * side, or two organisation names of two words or more each ("WASHINGTON GROUP" vs
 * "WASHINGTON TRADING"; "RUSAL" vs "UNITED COMPANY RUSAL" is not penalised).
 */
function sharesOnePart({ alignment, left, right }: BestAlignment, isPerson: boolean): boolean {
  if (alignment.alignedNameTokens >= 2) return false;
  const parts: readonly TokenRole[] = isPerson ? ['name'] : ['name', 'generic'];
  const [leftParts, rightParts] = [countRoles(left, parts), countRoles(right, parts)];
  // One part agreeing only by sound or spelling, beside others: "Kivvit, LLC" / "GENERAL KUWAIT COMMITTEE".
  if (alignment.pairs.length === 1 && alignment.pairs[0]!.score < LOOSE_PAIR_SCORE && Math.max(leftParts, rightParts) >= 2) return true;
  if (isPerson) return Math.max(leftParts, rightParts) >= 2;
  return Math.min(leftParts, rightParts) >= 2 && alignment.pairs.length < 2;
}

function nameTerms(best: BestAlignment | null, schemata: readonly [query: string, entity: string]): FeatureTerm[] {
  const schema = schemata[1];
  if (best === null) return [featureTerm(FEATURES.nameSimilarity, 0, () => 'no names to compare')];
  const terms: FeatureTerm[] = [featureTerm(FEATURES.nameSimilarity, best.alignment.score, () => describeAlignment(best))];
  if (sharesOnePart(best, isPersonSchema(schema))) {
    terms.push(featureTerm(FEATURES.singleNamePart, 1, () => 'the names share only one part'));
  }
  const [leftParts, rightParts] = best.alignment.unalignedPartsWeight;
  const { unalignedLeft, unalignedRight, lonePartsDiffer, bracketsDiffer } = best.alignment;
  // Brackets naming two branches or places conflict in full, whatever their words weigh.
  const conflict = bracketsDiffer ? 1 : Math.min(1, leftParts, rightParts);
  if (conflict > 0) {
    // One part against one (a relative's own name) tells more than parts one name lacks.
    const [feature, score] = lonePartsDiffer ? [FEATURES.differentNamePart, 1] : [FEATURES.conflictingNameParts, conflict];
    terms.push(featureTerm(feature, score, () => `${unalignedLeft.join(' ')} vs ${unalignedRight.join(' ')}`));
  }
  const [formsA, formsB] = [best.left.legalForms, best.right.legalForms];
  if (formsA.length > 0 && formsB.length > 0 && !formsA.some((form) => formsB.includes(form))) {
    terms.push(featureTerm(FEATURES.legalFormMismatch, 1, () => `${formsA.join(', ')} vs ${formsB.join(', ')}`));
  }
  return terms;
}

function sumOf(terms: readonly FeatureTerm[]): number {
  let sum = 0;
  for (const term of terms) sum += term.score * term.definition.weight;
  return sum;
}

const total = (terms: readonly FeatureTerm[]): number => Math.min(1, Math.max(0, sumOf(terms)));

/** A pair's score and the features behind it, not yet explained (see explain()). */
export interface Assessment {
  readonly score: number;
  readonly terms: readonly FeatureTerm[];
}

/** The explanation of an assessed pair: each feature with its detail. */
export const explain = (terms: readonly FeatureTerm[]): FeatureResult[] => terms.map(termResult);

export interface ScoreOptions {
  readonly threshold?: number;
  /** Token weights from the corpus (rare tokens prove more); default: role weights only. */
  readonly weightOf?: TokenWeight;
}

/**
 * Scores a prepared query against a prepared entity, unexplained; schemata are assumed
 * compatible. A pair that surely scores below a `cutoff` above 0 is not scored: null.
 */
export function assessReaching(query: PreparedQuery, entity: PreparedEntity, cutoff: number, options: ScoreOptions = {}): Assessment | null {
  const schemata = [query.query.schema, entity.entity.schema] as const;
  const queryNames = query.personNames !== undefined && isPersonSchema(schemata[1]) ? query.personNames : query.names;
  const otherTerms: FeatureTerm[] = [];
  // Lists type companies as LegalEntity; a person's name that matches one is rarely that company.
  if (isPersonSchema(schemata[0]) && !isPersonSchema(schemata[1])) {
    otherTerms.push(featureTerm(FEATURES.notAPerson, 1, () => `a Person query matched a ${schemata[1]}`));
  }
  const q = query.query;
  for (const term of [
    compareBirthDates(q.birthDates ?? [], entity.entity.birthDates),
    compareCountries(q.countries ?? [], entity.entity.countries),
    compareIdentifiers(q.identifiers ?? [], entity.entity.identifiers),
  ]) {
    if (term !== null) otherTerms.push(term);
  }
  // The name terms add the name score and penalties: the name score must make up the rest.
  const nameFloor = cutoff > 0 ? cutoff - sumOf(otherTerms) : -Infinity;
  const best = bestAlignment(schemata, queryNames, entity.names, options.weightOf, nameFloor);
  if (best === null && nameFloor > -Infinity && queryNames.length > 0 && entity.names.length > 0) return null;
  const terms = nameTerms(best, schemata);
  terms.push(...otherTerms);
  return { score: total(terms), terms };
}

/** Scores a prepared query against a prepared entity, unexplained; schemata are assumed compatible. */
export function assessPrepared(query: PreparedQuery, entity: PreparedEntity, options: ScoreOptions = {}): Assessment {
  return assessReaching(query, entity, 0, options)!;
}

/** Scores and explains a prepared query against a prepared entity; schemata are assumed compatible. */
export function scorePrepared(query: PreparedQuery, entity: PreparedEntity, options: ScoreOptions = {}): MatchScore {
  const assessment = assessPrepared(query, entity, options);
  return { score: assessment.score, match: assessment.score >= (options.threshold ?? DEFAULT_THRESHOLD), explanation: explain(assessment.terms) };
}

/** Scores one query against one entity (no index); incompatible schemata score 0. */
export function scoreMatch(query: MatchQuery, entity: MatchableEntity, options: ScoreOptions = {}): MatchScore {
  if (!schemataCompatible(query.schema, entity.schema)) {
    return { score: 0, match: false, explanation: [featureResult(FEATURES.schemaMismatch, 0, `${query.schema} vs ${entity.schema}`)] };
  }
  return scorePrepared(prepareQuery(query), prepareEntity(entity), options);
}

/** Two names of one schema, nothing else known (`sanctions compare`); tokens weighed by their rarity on the real lists. */
export function compareNames(schema: string, name1: string, name2: string, threshold = DEFAULT_THRESHOLD): MatchScore {
  const best = bestAlignment([schema], [analyseName(schema, name1)], [analyseName(schema, name2)], listTokenWeight);
  const terms = nameTerms(best, [schema, schema]);
  const score = total(terms);
  return { score, match: score >= threshold, explanation: explain(terms) };
}

/**
 * Aligns the tokens of two analysed names one-to-one, in any order (so "CHEMEZOV, Sergei"
 * meets "Sergey Chemezov"), and turns the alignment into a name score from how much of each
 * name is covered:
 *
 *   coverage(name) = sum(similarity x weight of its aligned tokens) / max(sum(weight of its tokens), 1)
 *   score          = SHORTER_SHARE x coverage(shorter name) + (1 - SHORTER_SHARE) x coverage(longer name)
 *
 * The shorter name weighs most because lists and customer files both drop parts of names
 * ("SINWAR, Yahya" for "SINWAR, Yahya Ibrahim Hassan"); the floor of 1 in the denominator keeps
 * a name made only of weak tokens ("Bank", "S.") from covering itself fully, except between two
 * one-word names, which are each the whole of the other. Weights come from
 * the token's role (a patronymic or particle proves less than a surname) times its rarity in
 * the corpus when one is known. Adjacent tokens that spell one token of the other name
 * ("jin ping" / "jinping", "bashir ud din" / "bashiruddin", and alike runs of name words:
 * "al subaiy" / "alsubaie") are aligned as one; a word with no equal on the other side is read
 * as a compound first. In people's names, tokens left over on both sides are then paired, with
 * a low score, when their lenient skeletons agree ("Fawzi"/"Fouzi", "Ja"/"Cha"), so a
 * transcription variant is not taken for a conflicting name part; the one part then left on
 * each side is paired when it starts and is spelled alike, else noted as differing (relatives).
 * A Latin acronym that a name in another script gives in brackets counts as its acronym.
 *
 * Given a floor (the name score a screening cutoff still needs), an alignment whose upper bound
 * (each token credited with the best it could be aligned with) is below it is not completed.
 */
import type { AnalysedName, NameToken } from '../name-analysis.js';
import { consonantSkeleton, foldRomanization } from '../romanization.js';
import type { Script } from '../scripts.js';
import {
  abjadSkeletonsEqual,
  lenientSimilarity,
  lonePartSimilarity,
  SKELETON_SCORE,
  spellingSimilarity,
  tokenSimilarity,
  type SkeletonUse,
  type TokenAgreement,
  type TokenSimilarity,
} from './token-similarity.js';

/** Pairs less alike than this are not aligned at all. */
const MIN_TOKEN_SIMILARITY = 0.8;
const SHORTER_SHARE = 0.55;
const MAX_COMPOUND_PARTS = 3;
/** A run of words spelling a word this alike is a compound of it ("al subaiy" / "alsubaie"). */
const MIN_COMPOUND_SIMILARITY = 0.85;
/** An acronym agrees with the words it abbreviates less surely than a spelling does. */
const ACRONYM_SCORE = 0.9;
const ACRONYM_LENGTH = { min: 3, max: 8 } as const;
/** Words acronyms usually skip ("Islamic Movement of Uzbekistan" -> IMU). */
const ACRONYM_SKIPPED_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'de', 'la', 'del', 'des', 'du', 'al', 'el']);

function mayBeAcronym(token: NameToken): boolean {
  const { length } = token.text;
  return token.role === 'name' && length >= ACRONYM_LENGTH.min && length <= ACRONYM_LENGTH.max && /^[a-z]+$/.test(token.text);
}

export type TokenWeight = (token: NameToken) => number;

export interface AlignedPair {
  readonly left: readonly NameToken[];
  readonly right: readonly NameToken[];
  readonly score: number;
  readonly how: TokenAgreement | 'compound' | 'acronym';
}

export interface NameAlignment {
  readonly score: number;
  readonly pairs: readonly AlignedPair[];
  readonly unalignedLeft: readonly string[];
  readonly unalignedRight: readonly string[];
  /** Aligned pairs where both sides have the role 'name' (not initials, particles ...). */
  readonly alignedNameTokens: number;
  /** Whether each name has one part the other lacks, not alike (two relatives' own names, most often). */
  readonly lonePartsDiffer: boolean;
  /** Whether both names bracket a qualifier (a branch, a place) and the brackets share nothing. */
  readonly bracketsDiffer: boolean;
  /** Weight of the name parts (roles name and patronymic) each side has that the other lacks. */
  readonly unalignedPartsWeight: readonly [left: number, right: number];
}

const roleWeight: TokenWeight = (token) => token.weight;

/** A name with its tokens' weights, their sum, and its runs of tokens (for compounds). */
interface WeighedName {
  readonly name: AnalysedName;
  readonly perToken: readonly number[];
  readonly total: number;
  /** The sum of the positive weights: the most an alignment can cover. */
  readonly positive: number;
  readonly runs: readonly Run[];
}

// Per weight function, each name weighed: a listed name is aligned with many queries, a query
// name with every candidate, and asking weightOf per token and pair was a hot spot.
const weighedByFunction = new WeakMap<TokenWeight, WeakMap<AnalysedName, WeighedName>>();

function weighed(name: AnalysedName, weightOf: TokenWeight): WeighedName {
  let byName = weighedByFunction.get(weightOf);
  if (byName === undefined) weighedByFunction.set(weightOf, (byName = new WeakMap()));
  let found = byName.get(name);
  if (found !== undefined) return found;
  const perToken = name.tokens.map(weightOf);
  const sum = (weights: readonly number[]) => weights.reduce((total, w) => total + w, 0);
  found = { name, perToken, total: sum(perToken), positive: sum(perToken.filter((w) => w > 0)), runs: runsOf(name.tokens) };
  byName.set(name, found);
  return found;
}

/** The score of an alignment covering weights `coveredLeft` and `coveredRight` of the names (bracketed names apart). */
function alignmentScore(coveredLeft: number, coveredRight: number, left: WeighedName, right: WeighedName): number {
  // Two one-word names are each the whole of the other: no floor ("Mahmud" / "Махмуд").
  const floor = left.perToken.length === 1 && right.perToken.length === 1 ? 0 : 1;
  const coverageLeft = coveredLeft / Math.max(left.total, floor);
  const coverageRight = coveredRight / Math.max(right.total, floor);
  const [shorter, longer] = left.total <= right.total ? [coverageLeft, coverageRight] : [coverageRight, coverageLeft];
  return SHORTER_SHARE * shorter + (1 - SHORTER_SHARE) * longer;
}

/**
 * Vowels are not written in Arabic and Hebrew and are inserted by kana: compare consonants.
 * Cyrillic and Greek write foreign names as they sound ("Фаундейшън" for Foundation): compare sounds.
 */
function skeletonUse(left: Script, right: Script): SkeletonUse {
  const scripts = [left, right];
  if (scripts.includes('Kana')) return 'loose';
  if (scripts.includes('Arabic') || scripts.includes('Hebrew')) return 'strict';
  return left !== right && (scripts.includes('Cyrillic') || scripts.includes('Greek')) ? 'transcribed' : 'off';
}

interface Candidate {
  i: number;
  j: number;
  score: number;
  how: TokenAgreement;
}

// Tokens are shared objects (one per word and role), and a query's tokens meet the same listed
// tokens across the aliases and candidates it is aligned with: their similarity is kept, per
// skeleton use and token pair, up to a bound on memory.
const SIMILARITY_CACHE_LIMIT = 200_000;
const emptySimilarityCache = (): Record<SkeletonUse, Map<NameToken, Map<NameToken, TokenSimilarity>>> => ({ off: new Map(), strict: new Map(), loose: new Map(), transcribed: new Map() });
let similarityCache = emptySimilarityCache();
let cachedSimilarities = 0;

/** The cache of `left`'s similarities with other tokens. */
function similaritiesOf(left: NameToken, skeletons: SkeletonUse): Map<NameToken, TokenSimilarity> {
  const byLeft = similarityCache[skeletons];
  let byRight = byLeft.get(left);
  if (byRight === undefined) byLeft.set(left, (byRight = new Map()));
  return byRight;
}

function newSimilarity(left: NameToken, right: NameToken, skeletons: SkeletonUse, cached: Map<NameToken, TokenSimilarity>): TokenSimilarity {
  // Past the limit the cache starts afresh; `cached` is then kept only by its caller.
  if (++cachedSimilarities > SIMILARITY_CACHE_LIMIT) [similarityCache, cachedSimilarities] = [emptySimilarityCache(), 1];
  const similarity = tokenSimilarity(left, right, skeletons);
  cached.set(right, similarity);
  return similarity;
}

/** The token pairs alike enough to be aligned, unordered. */
function similarPairs(left: readonly NameToken[], right: readonly NameToken[], skeletons: SkeletonUse): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < left.length; i++) {
    const cached = similaritiesOf(left[i]!, skeletons);
    for (let j = 0; j < right.length; j++) {
      const similarity = cached.get(right[j]!) ?? newSimilarity(left[i]!, right[j]!, skeletons, cached);
      if (similarity.score >= MIN_TOKEN_SIMILARITY) candidates.push({ i, j, score: similarity.score, how: similarity.how });
    }
  }
  return candidates;
}

const ranked = (candidates: Candidate[]): Candidate[] => candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);

// Joined runs repeat across the candidates of a query; folding them is the costly part.
const RUN_CACHE_LIMIT = 100_000;

function cachedPerRun(transform: (joined: string) => string): (joined: string) => string {
  const cache = new Map<string, string>();
  return (joined) => {
    let out = cache.get(joined);
    if (out === undefined) {
      if (cache.size >= RUN_CACHE_LIMIT) cache.clear();
      cache.set(joined, (out = transform(joined)));
    }
    return out;
  };
}

const foldRun = cachedPerRun(foldRomanization);
const skeletonOfRun = cachedPerRun(consonantSkeleton);

/** Folding changes a word's length by a few letters at most; runs further off cannot spell it. */
const MAX_FOLD_LENGTH_CHANGE = 3;

/**
 * Only name words, particles and (in organisation names) function words spell a word when the
 * spelling is not exact ("al subaiy" / "alsubaie", "AL-HARAMAIN" / "ALHARAMEIN").
 */
const SPELLING_ROLES: ReadonlySet<NameToken['role']> = new Set(['name', 'particle', 'function']);

function isNameRun(tokens: readonly NameToken[], start: number, length: number): boolean {
  for (let k = start; k < start + length; k++) if (!SPELLING_ROLES.has(tokens[k]!.role)) return false;
  return true;
}

/**
 * How a run of words may spell a word beyond its exact spelling: 'spelling', a run of name
 * words spelled alike from the same first letter; 'skeleton', one with the word's consonant
 * skeleton when a name was written in an abjad (سيف الدين "sifaldin" / SAIF-AL-DIN).
 */
interface CompoundLikeness {
  readonly spelling: boolean;
  readonly skeletons: SkeletonUse;
}

/** A run of 2..MAX_COMPOUND_PARTS adjacent tokens of a name, with what findCompound tests first. */
interface Run {
  readonly start: number;
  readonly length: number;
  readonly firstLetter: string | undefined;
  readonly textLength: number;
}

/** A name's runs, shorter runs first, then from the left. */
function runsOf(tokens: readonly NameToken[]): Run[] {
  const runs: Run[] = [];
  for (let length = 2; length <= MAX_COMPOUND_PARTS; length++) {
    for (let start = 0; start + length <= tokens.length; start++) {
      let textLength = 0;
      for (let k = start; k < start + length; k++) textLength += tokens[k]!.text.length;
      runs.push({ start, length, firstLetter: tokens[start]!.key[0], textLength });
    }
  }
  return runs;
}

/**
 * Folding keeps a word's first letter and changes its length by a few letters at most: other
 * runs cannot spell it, and most are ruled out so before their text is joined and folded.
 */
const mayCompound = (whole: NameToken, run: Run): boolean =>
  run.firstLetter === whole.key[0] && Math.abs(run.textLength - whole.text.length) <= MAX_FOLD_LENGTH_CHANGE;

function isFree(run: Run, used: readonly boolean[]): boolean {
  for (let k = run.start; k < run.start + run.length; k++) if (used[k]) return false;
  return true;
}

/** The score with which a run of `tokens` spells `whole`, exactly or as `alike` allows; null when it does not. */
function runSpelling(whole: NameToken, tokens: readonly NameToken[], run: Run, alike: CompoundLikeness): number | null {
  let joined = '';
  for (let k = run.start; k < run.start + run.length; k++) joined += tokens[k]!.text;
  const key = foldRun(joined);
  if (joined === whole.text || key === whole.key) return 1;
  if (key[0] !== whole.key[0] || !isNameRun(tokens, run.start, run.length)) return null;
  const similarity = alike.spelling ? spellingSimilarity(key, whole.key) : 0;
  if (similarity >= MIN_COMPOUND_SIMILARITY) return similarity;
  if (alike.skeletons === 'strict' && abjadSkeletonsEqual(skeletonOfRun(joined), whole.skeleton)) return SKELETON_SCORE;
  return null;
}

/** The first run of free tokens of `parts` that spells `whole`, exactly or as `alike` allows, and its score. */
function findCompound(whole: NameToken, parts: WeighedName, used: readonly boolean[], alike: CompoundLikeness): [Run, number] | null {
  for (const run of parts.runs) {
    if (!mayCompound(whole, run) || !isFree(run, used)) continue;
    const score = runSpelling(whole, parts.name.tokens, run, alike);
    if (score !== null) return [run, score];
  }
  return null;
}

class AlignmentBuilder {
  readonly pairs: AlignedPair[] = [];
  readonly usedLeft: boolean[];
  readonly usedRight: boolean[];
  private readonly left: readonly NameToken[];
  private readonly right: readonly NameToken[];
  /** Each token's weight, asked of weightOf once per name. */
  private readonly weightsLeft: readonly number[];
  private readonly weightsRight: readonly number[];
  coveredLeft = 0;
  coveredRight = 0;
  alignedNameTokens = 0;
  lonePartsDiffer = false;

  constructor(
    private readonly leftWeights: WeighedName,
    private readonly rightWeights: WeighedName,
  ) {
    this.left = leftWeights.name.tokens;
    this.right = rightWeights.name.tokens;
    this.usedLeft = new Array<boolean>(this.left.length).fill(false);
    this.usedRight = new Array<boolean>(this.right.length).fill(false);
    this.weightsLeft = leftWeights.perToken;
    this.weightsRight = rightWeights.perToken;
  }

  align(leftIndexes: number[], rightIndexes: number[], score: number, how: AlignedPair['how']): void {
    const leftTokens = leftIndexes.map((i) => ((this.usedLeft[i] = true), this.left[i]!));
    const rightTokens = rightIndexes.map((j) => ((this.usedRight[j] = true), this.right[j]!));
    this.coveredLeft += score * leftIndexes.reduce((sum, i) => sum + this.weightsLeft[i]!, 0);
    this.coveredRight += score * rightIndexes.reduce((sum, j) => sum + this.weightsRight[j]!, 0);
    if (leftTokens.some((t) => t.role === 'name') && rightTokens.some((t) => t.role === 'name')) this.alignedNameTokens++;
    this.pairs.push({ left: leftTokens, right: rightTokens, score, how });
  }

  /**
   * Aligns free tokens of one side with runs of free tokens of the other that spell them; with
   * `onlyWholes`, only the tokens it marks, and only runs that spell them exactly (once folded)
   * or, when a name was written in an abjad, with their skeleton.
   */
  alignCompounds(wholeIsLeft: boolean, skeletons: SkeletonUse, onlyWholes?: readonly boolean[]): void {
    const [wholes, parts, usedWholes, usedParts] = wholeIsLeft
      ? [this.left, this.rightWeights, this.usedLeft, this.usedRight]
      : [this.right, this.leftWeights, this.usedRight, this.usedLeft];
    wholes.forEach((token, i) => {
      if (usedWholes[i] || onlyWholes?.[i] === false) return;
      const found = findCompound(token, parts, usedParts, { spelling: onlyWholes === undefined, skeletons });
      if (found === null) return;
      const [run, score] = found;
      const runIndexes = Array.from({ length: run.length }, (_, k) => run.start + k);
      if (wholeIsLeft) this.align([i], runIndexes, score, 'compound');
      else this.align(runIndexes, [i], score, 'compound');
    });
  }

  /** Aligns a free token of one side that is the initials of the other side's free words (DIO / Defense Industries Organization). */
  alignAcronyms(acronymIsLeft: boolean): void {
    const [shorts, words, usedShorts, usedWords] = acronymIsLeft
      ? [this.left, this.right, this.usedLeft, this.usedRight]
      : [this.right, this.left, this.usedRight, this.usedLeft];
    shorts.forEach((token, i) => {
      const { length } = token.text;
      if (usedShorts[i] || !mayBeAcronym(token)) return;
      const free = words.map((_, j) => j).filter((j) => !usedWords[j]);
      const significant = free.filter((j) => !ACRONYM_SKIPPED_WORDS.has(words[j]!.text));
      const run = [free, significant].find((indexes) => indexes.length === length && indexes.map((j) => words[j]!.text[0]).join('') === token.text);
      if (run === undefined) return;
      if (acronymIsLeft) this.align([i], run, ACRONYM_SCORE, 'acronym');
      else this.align(run, [i], ACRONYM_SCORE, 'acronym');
    });
  }

  /** Aligns the free tokens of both sides that are alike by lenientSimilarity, best first. */
  alignLeftovers(): void {
    if (!this.usedLeft.includes(false) || !this.usedRight.includes(false)) return;
    const candidates: Candidate[] = [];
    this.left.forEach((l, i) => {
      if (this.usedLeft[i]) return;
      this.right.forEach((r, j) => {
        if (this.usedRight[j]) return;
        const score = lenientSimilarity(l, r);
        if (score > 0) candidates.push({ i, j, score, how: 'lenient' });
      });
    });
    for (const c of candidates) if (!this.usedLeft[c.i] && !this.usedRight[c.j]) this.align([c.i], [c.j], c.score, 'lenient');
  }

  /**
   * When one name part is left on each side, pairs them if lonePartSimilarity finds them alike;
   * else notes that the names differ in one part each (see NameAlignment.lonePartsDiffer).
   */
  alignLoneParts(): void {
    const free = (tokens: readonly NameToken[], used: readonly boolean[]) => tokens.flatMap((t, i) => (!used[i] && isNamePart(t) ? [i] : []));
    const [left, right] = [free(this.left, this.usedLeft), free(this.right, this.usedRight)];
    if (left.length !== 1 || right.length !== 1) return;
    // Beside a single agreeing part, the lone part is half the name: reading it as a variant would take Kolonia for Kolbin.
    const score = this.alignedNameTokens >= 2 ? lonePartSimilarity(this.left[left[0]!]!, this.right[right[0]!]!) : 0;
    if (score > 0) this.align(left, right, score, 'lenient');
    else this.lonePartsDiffer = true;
  }

  /**
   * Whether one whole name is, word for word, what the other gives in brackets: a name in
   * another script that gives its Latin acronym ("ETIM" / "東トルキスタン・イスラム運動（ETIM）").
   */
  isBracketedName(): boolean {
    const wholeIn = (tokens: readonly NameToken[], used: readonly boolean[], bracketedIsRight: boolean) =>
      !used.includes(false) &&
      !tokens.some((t) => t.role === 'qualifier') &&
      this.pairs.every((pair) => pair.how === 'exact' && (bracketedIsRight ? pair.right : pair.left).every((t) => t.role === 'qualifier'));
    return this.pairs.length > 0 && (wholeIn(this.left, this.usedLeft, true) || wholeIn(this.right, this.usedRight, false));
  }

  result(acronymInBrackets: boolean): NameAlignment {
    const covered = alignmentScore(this.coveredLeft, this.coveredRight, this.leftWeights, this.rightWeights);
    return {
      score: acronymInBrackets && this.isBracketedName() ? Math.max(covered, ACRONYM_SCORE) : covered,
      pairs: this.pairs,
      unalignedLeft: this.left.filter((_, i) => !this.usedLeft[i]).map((t) => t.text),
      unalignedRight: this.right.filter((_, j) => !this.usedRight[j]).map((t) => t.text),
      alignedNameTokens: this.alignedNameTokens,
      lonePartsDiffer: this.lonePartsDiffer,
      bracketsDiffer: bracketsDiffer(this.left, this.usedLeft, this.right, this.usedRight),
      unalignedPartsWeight: [
        unalignedPartsWeight(this.left, this.usedLeft, this.weightsLeft),
        unalignedPartsWeight(this.right, this.usedRight, this.weightsRight),
      ],
    };
  }

}

/**
 * Whether both names bracket a qualifier and no word of either bracket is aligned: two
 * branches or places of one organisation ("AL-HARAMAIN (PAKISTAN)" / "AL-HARAMAIN (ALBANIA BRANCH)").
 */
function bracketsDiffer(left: readonly NameToken[], usedLeft: readonly boolean[], right: readonly NameToken[], usedRight: readonly boolean[]): boolean {
  const unalignedBracket = (tokens: readonly NameToken[], used: readonly boolean[]) =>
    tokens.some((t) => t.role === 'qualifier') && tokens.every((t, i) => t.role !== 'qualifier' || !used[i]);
  return unalignedBracket(left, usedLeft) && unalignedBracket(right, usedRight);
}

const isNamePart = (token: NameToken) => token.role === 'name' || token.role === 'patronymic';

function unalignedPartsWeight(tokens: readonly NameToken[], used: readonly boolean[], weights: readonly number[]): number {
  let weight = 0;
  tokens.forEach((t, i) => {
    if (!used[i] && (isNamePart(t) || t.role === 'initial')) weight += weights[i]!;
  });
  return weight;
}

/*
 * An upper bound of an alignment's score, from what each token could at best be aligned with:
 * its most alike token of the other side, ACRONYM_SCORE when it could be an acronym or one of
 * its words, its lenient similarity with any token of the other side, and 1 when it could be a
 * compound's whole or part. Each token is taken as aligned with its best, whatever the others
 * take: the alignment can only score less.
 */

/** Alignments this close to the floor are completed: the bound adds in another order than the score. */
const BOUND_MARGIN = 1e-9;

/**
 * Per token of each side, the best score it could be aligned with: `left` and `right` apart
 * from compounds, `liftedLeft` and `liftedRight` with them. Reused by every alignment, which
 * runs to its end before the next starts.
 */
const bounds = { left: new Float64Array(16), right: new Float64Array(16), liftedLeft: new Float64Array(16), liftedRight: new Float64Array(16) };

function clearBounds(leftLength: number, rightLength: number): void {
  const length = Math.max(leftLength, rightLength);
  if (bounds.left.length < length) {
    for (const side of ['left', 'right', 'liftedLeft', 'liftedRight'] as const) bounds[side] = new Float64Array(2 * length);
  }
  bounds.left.fill(0, 0, leftLength);
  bounds.right.fill(0, 0, rightLength);
}

function liftAcronyms(shorts: readonly NameToken[], words: readonly NameToken[], shortBounds: Float64Array, wordBounds: Float64Array): void {
  for (let i = 0; i < shorts.length; i++) {
    const token = shorts[i]!;
    if (!mayBeAcronym(token) || token.text.length > words.length) continue;
    shortBounds[i] = Math.max(shortBounds[i]!, ACRONYM_SCORE);
    for (let j = 0; j < words.length; j++) {
      const initial = words[j]!.text[0];
      if (initial === undefined || token.text.includes(initial)) wordBounds[j] = Math.max(wordBounds[j]!, ACRONYM_SCORE);
    }
  }
}

/** Fills bounds.left and bounds.right. */
function boundTokens(left: readonly NameToken[], right: readonly NameToken[], similar: readonly Candidate[], options: AlignOptions): void {
  clearBounds(left.length, right.length);
  const [boundsLeft, boundsRight] = [bounds.left, bounds.right];
  for (const c of similar) {
    if (c.score > boundsLeft[c.i]!) boundsLeft[c.i] = c.score;
    if (c.score > boundsRight[c.j]!) boundsRight[c.j] = c.score;
  }
  if (options.acronyms === true) {
    liftAcronyms(left, right, boundsLeft, boundsRight);
    liftAcronyms(right, left, boundsRight, boundsLeft);
  }
  if (options.lenient === true) {
    for (let i = 0; i < left.length; i++) {
      for (let j = 0; j < right.length; j++) {
        if (boundsLeft[i]! >= 1 && boundsRight[j]! >= 1) continue;
        const score = lenientSimilarity(left[i]!, right[j]!);
        if (score > boundsLeft[i]!) boundsLeft[i] = score;
        if (score > boundsRight[j]!) boundsRight[j] = score;
      }
    }
  }
}

/**
 * Lifts to 1 the bounds of the tokens of `wholes` that a run of `parts` may spell, and of the
 * run's tokens: by findCompound's first tests alone or, given `alike`, by the spelling; how many
 * runs it lifted that were not at 1 already.
 */
function liftCompounds(wholes: readonly NameToken[], parts: WeighedName, wholeBounds: Float64Array, partBounds: Float64Array, alike: CompoundLikeness | null): number {
  let lifted = 0;
  for (let i = 0; i < wholes.length; i++) {
    const whole = wholes[i]!;
    for (const run of parts.runs) {
      if (!mayCompound(whole, run) || (wholeBounds[i]! >= 1 && isBoundedByOne(partBounds, run))) continue;
      if (alike !== null && runSpelling(whole, parts.name.tokens, run, alike) === null) continue;
      lifted++;
      wholeBounds[i] = 1;
      for (let k = run.start; k < run.start + run.length; k++) partBounds[k] = 1;
    }
  }
  return lifted;
}

/** Whether the bounds of a run's tokens are 1 already: lifting them changes nothing. */
function isBoundedByOne(bounds: Float64Array, run: Run): boolean {
  for (let k = run.start; k < run.start + run.length; k++) if (bounds[k]! < 1) return false;
  return true;
}

function coveredBound(bounds: Float64Array, weights: readonly number[]): number {
  let covered = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i]! > 0) covered += bounds[i]! * weights[i]!;
  return covered;
}

/** Lifts compounds (see liftCompounds) into bounds.liftedLeft and bounds.liftedRight; how many it lifted. */
function boundCompounds(left: WeighedName, right: WeighedName, alike: CompoundLikeness | null): number {
  const [liftedLeft, liftedRight] = [bounds.liftedLeft, bounds.liftedRight];
  for (let i = 0; i < left.perToken.length; i++) liftedLeft[i] = bounds.left[i]!;
  for (let j = 0; j < right.perToken.length; j++) liftedRight[j] = bounds.right[j]!;
  return liftCompounds(left.name.tokens, right, liftedLeft, liftedRight, alike) + liftCompounds(right.name.tokens, left, liftedRight, liftedLeft, alike);
}

const scoreBound = (left: WeighedName, right: WeighedName): number =>
  alignmentScore(coveredBound(bounds.liftedLeft, left.perToken), coveredBound(bounds.liftedRight, right.perToken), left, right);

function alignableTokens(bounds: Float64Array, length: number): number {
  let alignable = 0;
  for (let i = 0; i < length; i++) if (bounds[i]! > 0) alignable++;
  return alignable;
}

/**
 * Lifts the bounds of the name parts of both sides by their lonePartSimilarity, in the base and
 * the lifted bounds, when each side has two tokens that could be aligned (alignLoneParts pairs
 * lone parts beside two aligned pairs only).
 */
function liftLoneParts(left: readonly NameToken[], right: readonly NameToken[]): void {
  if (alignableTokens(bounds.liftedLeft, left.length) < 2 || alignableTokens(bounds.liftedRight, right.length) < 2) return;
  for (let i = 0; i < left.length; i++) {
    if (!isNamePart(left[i]!)) continue;
    for (let j = 0; j < right.length; j++) {
      if (!isNamePart(right[j]!)) continue;
      const score = lonePartSimilarity(left[i]!, right[j]!);
      bounds.left[i] = Math.max(bounds.left[i]!, score);
      bounds.liftedLeft[i] = Math.max(bounds.liftedLeft[i]!, score);
      bounds.right[j] = Math.max(bounds.right[j]!, score);
      bounds.liftedRight[j] = Math.max(bounds.liftedRight[j]!, score);
    }
  }
}

/** What the last compound pass allows, the most spellings. */
const LAST_COMPOUND_PASS: Readonly<Record<SkeletonUse, CompoundLikeness>> = {
  off: { spelling: true, skeletons: 'off' },
  strict: { spelling: true, skeletons: 'strict' },
  loose: { spelling: true, skeletons: 'loose' },
  transcribed: { spelling: true, skeletons: 'transcribed' },
};

/**
 * Whether an alignment of the names surely scores below `floor`; first by the cheaper bound that
 * takes every run findCompound would fold as spelling its word. `least` is what the alignment
 * scores at least whatever it aligns (a bracketed name, see result()).
 */
function surelyBelow(floor: number, least: number, left: WeighedName, right: WeighedName, similar: readonly Candidate[], options: AlignOptions, skeletons: SkeletonUse): boolean {
  boundTokens(left.name.tokens, right.name.tokens, similar, options);
  const lifted = boundCompounds(left, right, null);
  if (options.lenient === true) liftLoneParts(left.name.tokens, right.name.tokens);
  if (Math.max(scoreBound(left, right), least) + BOUND_MARGIN < floor) return true;
  if (lifted === 0) return false;
  boundCompounds(left, right, LAST_COMPOUND_PASS[skeletons]);
  return Math.max(scoreBound(left, right), least) + BOUND_MARGIN < floor;
}

export interface AlignOptions {
  readonly weightOf?: TokenWeight;
  /** Whether a token may stand for the initials of the other name's words (organisations, not people). */
  readonly acronyms?: boolean;
  /**
   * Whether tokens left over on both sides may be paired by lenientSimilarity: people's names,
   * whose transcriptions vary, not organisation words, which are translated rather than transcribed.
   */
  readonly lenient?: boolean;
}

/** Per token of one side: whether no token of the other side is equal to it (or has its key). */
function withoutEqual(candidates: readonly Candidate[], count: number, side: 'i' | 'j'): boolean[] {
  const lacking = new Array<boolean>(count).fill(true);
  for (const c of candidates) if (c.score >= 1) lacking[c[side]] = false;
  return lacking;
}

/**
 * Aligns two names. With a `floor`, an alignment whose score surely stays below it is not
 * completed (null): most pairs a screening meets share one token and nothing else.
 */
export function alignNames(left: AnalysedName, right: AnalysedName, options?: AlignOptions): NameAlignment;
export function alignNames(left: AnalysedName, right: AnalysedName, options: AlignOptions, floor: number): NameAlignment | null;
export function alignNames(left: AnalysedName, right: AnalysedName, options: AlignOptions = {}, floor = -Infinity): NameAlignment | null {
  const weightOf = options.weightOf ?? roleWeight;
  const [leftWeights, rightWeights] = [weighed(left, weightOf), weighed(right, weightOf)];
  // Only a name written in another script: Latin names bracket places too ("LA HACIENDA (USA)").
  const acronymInBrackets = options.acronyms === true && (left.script === 'Latin') !== (right.script === 'Latin');
  const bracketed = acronymInBrackets && [...left.tokens, ...right.tokens].some((t) => t.role === 'qualifier') ? ACRONYM_SCORE : -Infinity;
  // Covering every token is the most an alignment can do; a floor above that needs no similarity.
  if (floor > -Infinity && Math.max(alignmentScore(leftWeights.positive, rightWeights.positive, leftWeights, rightWeights), bracketed) + BOUND_MARGIN < floor) return null;
  const skeletons = skeletonUse(left.script, right.script);
  const similar = similarPairs(left.tokens, right.tokens, skeletons);
  if (floor > -Infinity && surelyBelow(floor, bracketed, leftWeights, rightWeights, similar, options, skeletons)) return null;
  const candidates = ranked(similar);
  const builder = new AlignmentBuilder(leftWeights, rightWeights);
  // A word with no equal on the other side is first read as a compound, before its parts are
  // taken by their own equals ("ELSHEIKH" / "EL SHEIKH": the "el" would go to another "el").
  builder.alignCompounds(true, skeletons, withoutEqual(candidates, left.tokens.length, 'i'));
  builder.alignCompounds(false, skeletons, withoutEqual(candidates, right.tokens.length, 'j'));
  for (const c of candidates) {
    if (!builder.usedLeft[c.i] && !builder.usedRight[c.j]) builder.align([c.i], [c.j], c.score, c.how);
  }
  builder.alignCompounds(true, skeletons);
  builder.alignCompounds(false, skeletons);
  if (options.lenient === true) {
    builder.alignLeftovers();
    builder.alignLoneParts();
  }
  if (options.acronyms === true) {
    builder.alignAcronyms(true);
    builder.alignAcronyms(false);
  }
  return builder.result(acronymInBrackets);
}

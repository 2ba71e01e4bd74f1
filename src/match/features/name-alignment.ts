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
 * a name made only of weak tokens ("Bank", "S.") from covering itself fully. Weights come from
 * the token's role (a patronymic or particle proves less than a surname) times its rarity in
 * the corpus when one is known. Adjacent tokens that spell one token of the other name
 * ("jin ping" / "jinping", "bashir ud din" / "bashiruddin", and alike runs of name words:
 * "al subaiy" / "alsubaie") are aligned as one; a word with no equal on the other side is read
 * as a compound first. In people's names, tokens left over on both sides are then paired, with
 * a low score, when their lenient skeletons agree ("Fawzi"/"Fouzi", "Ja"/"Cha"), so a
 * transcription variant is not taken for a conflicting name part.
 */
import type { AnalysedName, NameToken } from '../name-analysis.js';
import { consonantSkeleton, foldRomanization } from '../romanization.js';
import type { Script } from '../scripts.js';
import {
  abjadSkeletonsEqual,
  lenientSimilarity,
  SKELETON_SCORE,
  spellingSimilarity,
  tokenSimilarity,
  type SkeletonUse,
  type TokenAgreement,
  type TokenSimilarity,
} from './token-similarity.js';

/** Pairs less alike than this are not aligned at all. */
const MIN_TOKEN_SIMILARITY = 0.8;
const SHORTER_SHARE = 0.5;
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
  /** Weight of the name parts (roles name and patronymic) each side has that the other lacks. */
  readonly unalignedPartsWeight: readonly [left: number, right: number];
}

const roleWeight: TokenWeight = (token) => token.weight;

/** A name with its tokens' weights and their sum. */
interface NameWeights {
  readonly name: AnalysedName;
  readonly perToken: readonly number[];
  readonly total: number;
}

// Per weight function, each name's token weights: a listed name is aligned with many queries,
// a query name with every candidate, and asking weightOf per token and pair was a hot spot.
const weightsByFunction = new WeakMap<TokenWeight, WeakMap<AnalysedName, NameWeights>>();

function tokenWeights(name: AnalysedName, weightOf: TokenWeight): NameWeights {
  let byName = weightsByFunction.get(weightOf);
  if (byName === undefined) weightsByFunction.set(weightOf, (byName = new WeakMap()));
  let weights = byName.get(name);
  if (weights === undefined) {
    const perToken = name.tokens.map(weightOf);
    byName.set(name, (weights = { name, perToken, total: perToken.reduce((sum, w) => sum + w, 0) }));
  }
  return weights;
}

/** The score of an alignment covering the given token weights of names of the given total weights. */
function alignmentScore(coveredLeft: number, coveredRight: number, weightLeft: number, weightRight: number): number {
  const coverageLeft = coveredLeft / Math.max(weightLeft, 1);
  const coverageRight = coveredRight / Math.max(weightRight, 1);
  const [shorter, longer] = weightLeft <= weightRight ? [coverageLeft, coverageRight] : [coverageRight, coverageLeft];
  return SHORTER_SHARE * shorter + (1 - SHORTER_SHARE) * longer;
}

/** Vowels are not written in Arabic and Hebrew and are inserted by kana: compare consonants. */
function skeletonUse(left: Script, right: Script): SkeletonUse {
  const scripts = [left, right];
  if (scripts.includes('Kana')) return 'loose';
  return scripts.includes('Arabic') || scripts.includes('Hebrew') ? 'strict' : 'off';
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
const emptySimilarityCache = (): Record<SkeletonUse, Map<NameToken, Map<NameToken, TokenSimilarity>>> => ({ off: new Map(), strict: new Map(), loose: new Map() });
let similarityCache = emptySimilarityCache();
let cachedSimilarities = 0;

function cachedTokenSimilarity(left: NameToken, right: NameToken, skeletons: SkeletonUse): TokenSimilarity {
  let byRight = similarityCache[skeletons].get(left);
  if (byRight === undefined) similarityCache[skeletons].set(left, (byRight = new Map()));
  let similarity = byRight.get(right);
  if (similarity === undefined) {
    if (++cachedSimilarities > SIMILARITY_CACHE_LIMIT) {
      [similarityCache, cachedSimilarities] = [emptySimilarityCache(), 1];
      similarityCache[skeletons].set(left, (byRight = new Map()));
    }
    byRight.set(right, (similarity = tokenSimilarity(left, right, skeletons)));
  }
  return similarity;
}

/** The token pairs alike enough to be aligned, unordered. */
function similarPairs(left: readonly NameToken[], right: readonly NameToken[], skeletons: SkeletonUse): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < left.length; i++) {
    for (let j = 0; j < right.length; j++) {
      const similarity = cachedTokenSimilarity(left[i]!, right[j]!, skeletons);
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

/** Only name words and particles spell a word when the spelling is not exact ("al subaiy" / "alsubaie"). */
function isNameRun(tokens: readonly NameToken[], start: number, length: number): boolean {
  for (let k = start; k < start + length; k++) if (tokens[k]!.role !== 'name' && tokens[k]!.role !== 'particle') return false;
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

const runsByName = new WeakMap<AnalysedName, readonly Run[]>();

/** A name's runs, shorter runs first, then from the left. */
function runsOf(name: AnalysedName): readonly Run[] {
  let runs = runsByName.get(name);
  if (runs !== undefined) return runs;
  const { tokens } = name;
  const found: Run[] = [];
  for (let length = 2; length <= MAX_COMPOUND_PARTS; length++) {
    for (let start = 0; start + length <= tokens.length; start++) {
      let textLength = 0;
      for (let k = start; k < start + length; k++) textLength += tokens[k]!.text.length;
      found.push({ start, length, firstLetter: tokens[start]!.key[0], textLength });
    }
  }
  runsByName.set(name, (runs = found));
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
function findCompound(whole: NameToken, parts: AnalysedName, used: readonly boolean[], alike: CompoundLikeness): [Run, number] | null {
  for (const run of runsOf(parts)) {
    if (!mayCompound(whole, run) || !isFree(run, used)) continue;
    const score = runSpelling(whole, parts.tokens, run, alike);
    if (score !== null) return [run, score];
  }
  return null;
}

class AlignmentBuilder {
  readonly pairs: AlignedPair[] = [];
  readonly usedLeft: boolean[];
  readonly usedRight: boolean[];
  private readonly leftName: AnalysedName;
  private readonly rightName: AnalysedName;
  private readonly left: readonly NameToken[];
  private readonly right: readonly NameToken[];
  /** Each token's weight, asked of weightOf once per name. */
  private readonly weightsLeft: readonly number[];
  private readonly weightsRight: readonly number[];
  coveredLeft = 0;
  coveredRight = 0;
  alignedNameTokens = 0;

  constructor(
    private readonly leftWeights: NameWeights,
    private readonly rightWeights: NameWeights,
  ) {
    [this.leftName, this.rightName] = [leftWeights.name, rightWeights.name];
    this.left = this.leftName.tokens;
    this.right = this.rightName.tokens;
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
      ? [this.left, this.rightName, this.usedLeft, this.usedRight]
      : [this.right, this.leftName, this.usedRight, this.usedLeft];
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

  result(): NameAlignment {
    return {
      score: alignmentScore(this.coveredLeft, this.coveredRight, this.leftWeights.total, this.rightWeights.total),
      pairs: this.pairs,
      unalignedLeft: this.left.filter((_, i) => !this.usedLeft[i]).map((t) => t.text),
      unalignedRight: this.right.filter((_, j) => !this.usedRight[j]).map((t) => t.text),
      alignedNameTokens: this.alignedNameTokens,
      unalignedPartsWeight: [
        unalignedPartsWeight(this.left, this.usedLeft, this.weightsLeft),
        unalignedPartsWeight(this.right, this.usedRight, this.weightsRight),
      ],
    };
  }

}

function unalignedPartsWeight(tokens: readonly NameToken[], used: readonly boolean[], weights: readonly number[]): number {
  let weight = 0;
  tokens.forEach((t, i) => {
    if (!used[i] && (t.role === 'name' || t.role === 'patronymic')) weight += weights[i]!;
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

/** Per token of each side, the best score it could be aligned with, compounds apart. */
interface TokenBounds {
  readonly left: readonly number[];
  readonly right: readonly number[];
}

function liftAcronyms(shorts: readonly NameToken[], words: readonly NameToken[], shortBounds: number[], wordBounds: number[]): void {
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

function tokenBounds(left: readonly NameToken[], right: readonly NameToken[], similar: readonly Candidate[], options: AlignOptions): TokenBounds {
  const boundsLeft = new Array<number>(left.length).fill(0);
  const boundsRight = new Array<number>(right.length).fill(0);
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
  return { left: boundsLeft, right: boundsRight };
}

/**
 * Lifts to 1 the bounds of the tokens of `wholes` that a run of `parts` may spell, and of the
 * run's tokens: by findCompound's first tests alone or, given `alike`, by the spelling; how many
 * it lifted.
 */
function liftCompounds(wholes: readonly NameToken[], parts: AnalysedName, wholeBounds: number[], partBounds: number[], alike: CompoundLikeness | null): number {
  let lifted = 0;
  const runs = runsOf(parts);
  for (let i = 0; i < wholes.length; i++) {
    const whole = wholes[i]!;
    for (const run of runs) {
      if (!mayCompound(whole, run) || (alike !== null && runSpelling(whole, parts.tokens, run, alike) === null)) continue;
      lifted++;
      wholeBounds[i] = 1;
      for (let k = run.start; k < run.start + run.length; k++) partBounds[k] = 1;
    }
  }
  return lifted;
}

function coveredBound(bounds: readonly number[], weights: readonly number[]): number {
  let covered = 0;
  for (let i = 0; i < bounds.length; i++) if (weights[i]! > 0) covered += bounds[i]! * weights[i]!;
  return covered;
}

/** The bound of the alignment's score with compounds lifted as `alike` allows (see liftCompounds), and how many were. */
function scoreBound(bounds: TokenBounds, left: NameWeights, right: NameWeights, alike: CompoundLikeness | null): [number, number] {
  const [boundsLeft, boundsRight] = [[...bounds.left], [...bounds.right]];
  const lifted = liftCompounds(left.name.tokens, right.name, boundsLeft, boundsRight, alike) + liftCompounds(right.name.tokens, left.name, boundsRight, boundsLeft, alike);
  return [alignmentScore(coveredBound(boundsLeft, left.perToken), coveredBound(boundsRight, right.perToken), left.total, right.total), lifted];
}

/** Whether an alignment of the names surely scores below `floor`; first by the cheaper bound that takes every run findCompound would fold as spelling its word. */
function surelyBelow(floor: number, left: NameWeights, right: NameWeights, similar: readonly Candidate[], options: AlignOptions, skeletons: SkeletonUse): boolean {
  const bounds = tokenBounds(left.name.tokens, right.name.tokens, similar, options);
  const [byFirstTests, lifted] = scoreBound(bounds, left, right, null);
  if (byFirstTests + BOUND_MARGIN < floor) return true;
  // The last compound pass allows the most spellings.
  return lifted > 0 && scoreBound(bounds, left, right, { spelling: true, skeletons })[0] + BOUND_MARGIN < floor;
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
  if (floor > 1 + BOUND_MARGIN) return null;
  const weightOf = options.weightOf ?? roleWeight;
  const [leftWeights, rightWeights] = [tokenWeights(left, weightOf), tokenWeights(right, weightOf)];
  const skeletons = skeletonUse(left.script, right.script);
  const similar = similarPairs(left.tokens, right.tokens, skeletons);
  if (floor > -Infinity && surelyBelow(floor, leftWeights, rightWeights, similar, options, skeletons)) return null;
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
  if (options.lenient === true) builder.alignLeftovers();
  if (options.acronyms === true) {
    builder.alignAcronyms(true);
    builder.alignAcronyms(false);
  }
  return builder.result();
}

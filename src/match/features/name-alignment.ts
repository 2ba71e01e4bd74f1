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

// Per weight function, each name's token weights: a listed name is aligned with many queries,
// a query name with every candidate, and asking weightOf per token and pair was a hot spot.
const weightsByFunction = new WeakMap<TokenWeight, WeakMap<AnalysedName, readonly number[]>>();

function tokenWeights(name: AnalysedName, weightOf: TokenWeight): readonly number[] {
  let byName = weightsByFunction.get(weightOf);
  if (byName === undefined) weightsByFunction.set(weightOf, (byName = new WeakMap()));
  let weights = byName.get(name);
  if (weights === undefined) byName.set(name, (weights = name.tokens.map(weightOf)));
  return weights;
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

function rankedCandidates(left: readonly NameToken[], right: readonly NameToken[], skeletons: SkeletonUse): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < left.length; i++) {
    for (let j = 0; j < right.length; j++) {
      const similarity = cachedTokenSimilarity(left[i]!, right[j]!, skeletons);
      if (similarity.score >= MIN_TOKEN_SIMILARITY) candidates.push({ i, j, score: similarity.score, how: similarity.how });
    }
  }
  return candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
}

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

/**
 * The first run of 2..MAX_COMPOUND_PARTS adjacent free tokens that together spell `whole`, as
 * [start, length, score], exactly or as `alike` allows.
 */
function findCompound(whole: NameToken, tokens: readonly NameToken[], used: readonly boolean[], alike: CompoundLikeness): [number, number, number] | null {
  for (let length = 2; length <= MAX_COMPOUND_PARTS; length++) {
    for (let start = 0; start + length <= tokens.length; start++) {
      // Folding keeps a word's first letter: a run starting with another cannot spell it.
      if (tokens[start]!.key[0] !== whole.key[0]) continue;
      let [joinedLength, isFree] = [0, true];
      for (let k = start; k < start + length && isFree; k++) {
        isFree = !used[k];
        joinedLength += tokens[k]!.text.length;
      }
      // Lengths first: most runs are ruled out before their text is joined and folded.
      if (!isFree || Math.abs(joinedLength - whole.text.length) > MAX_FOLD_LENGTH_CHANGE) continue;
      let joined = '';
      for (let k = start; k < start + length; k++) joined += tokens[k]!.text;
      const key = foldRun(joined);
      if (joined === whole.text || key === whole.key) return [start, length, 1];
      if (key[0] !== whole.key[0] || !isNameRun(tokens, start, length)) continue;
      const similarity = alike.spelling ? spellingSimilarity(key, whole.key) : 0;
      if (similarity >= MIN_COMPOUND_SIMILARITY) return [start, length, similarity];
      if (alike.skeletons === 'strict' && abjadSkeletonsEqual(skeletonOfRun(joined), whole.skeleton)) return [start, length, SKELETON_SCORE];
    }
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

  constructor(left: AnalysedName, right: AnalysedName, weightOf: TokenWeight) {
    this.left = left.tokens;
    this.right = right.tokens;
    this.usedLeft = new Array<boolean>(this.left.length).fill(false);
    this.usedRight = new Array<boolean>(this.right.length).fill(false);
    this.weightsLeft = tokenWeights(left, weightOf);
    this.weightsRight = tokenWeights(right, weightOf);
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
      ? [this.left, this.right, this.usedLeft, this.usedRight]
      : [this.right, this.left, this.usedRight, this.usedLeft];
    wholes.forEach((token, i) => {
      if (usedWholes[i] || onlyWholes?.[i] === false) return;
      const run = findCompound(token, parts, usedParts, { spelling: onlyWholes === undefined, skeletons });
      if (run === null) return;
      const runIndexes = Array.from({ length: run[1] }, (_, k) => run[0] + k);
      if (wholeIsLeft) this.align([i], runIndexes, run[2], 'compound');
      else this.align(runIndexes, [i], run[2], 'compound');
    });
  }

  /** Aligns a free token of one side that is the initials of the other side's free words (DIO / Defense Industries Organization). */
  alignAcronyms(acronymIsLeft: boolean): void {
    const [shorts, words, usedShorts, usedWords] = acronymIsLeft
      ? [this.left, this.right, this.usedLeft, this.usedRight]
      : [this.right, this.left, this.usedRight, this.usedLeft];
    shorts.forEach((token, i) => {
      const { length } = token.text;
      if (usedShorts[i] || token.role !== 'name' || length < ACRONYM_LENGTH.min || length > ACRONYM_LENGTH.max || !/^[a-z]+$/.test(token.text)) return;
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
    const totalWeight = (weights: readonly number[]) => weights.reduce((sum, w) => sum + w, 0);
    const [weightLeft, weightRight] = [totalWeight(this.weightsLeft), totalWeight(this.weightsRight)];
    // Two one-word names are each the whole of the other: no floor ("Mahmud" / "Махмуд").
    const floor = this.left.length === 1 && this.right.length === 1 ? 0 : 1;
    const coverageLeft = this.coveredLeft / Math.max(weightLeft, floor);
    const coverageRight = this.coveredRight / Math.max(weightRight, floor);
    const [shorter, longer] = weightLeft <= weightRight ? [coverageLeft, coverageRight] : [coverageRight, coverageLeft];
    const covered = SHORTER_SHARE * shorter + (1 - SHORTER_SHARE) * longer;
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

export function alignNames(left: AnalysedName, right: AnalysedName, options: AlignOptions = {}): NameAlignment {
  const builder = new AlignmentBuilder(left, right, options.weightOf ?? roleWeight);
  const skeletons = skeletonUse(left.script, right.script);
  const candidates = rankedCandidates(left.tokens, right.tokens, skeletons);
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
  // Only a name written in another script: Latin names bracket places too ("LA HACIENDA (USA)").
  const acronymInBrackets = options.acronyms === true && (left.script === 'Latin') !== (right.script === 'Latin');
  return builder.result(acronymInBrackets);
}

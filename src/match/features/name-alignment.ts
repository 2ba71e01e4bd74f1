/**
 * Aligns the tokens of two analysed names one-to-one, in any order (so "CHEMEZOV, Sergei"
 * meets "Sergey Chemezov"), and turns the alignment into a name score:
 *
 *   score = sum(similarity x weight of aligned pairs)
 *         / (sum(weight of aligned pairs) + UNALIGNED_COST x weight of unaligned tokens)
 *
 * Weights come from the token's role (a patronymic or particle proves less than a surname)
 * times its rarity in the corpus when one is known. Two adjacent tokens that spell one token
 * of the other name ("jin ping" / "jinping", "al baghdadi" / "albaghdadi") are aligned as one.
 */
import type { AnalysedName, NameToken } from '../name-analysis.js';
import { tokenSimilarity, type TokenAgreement } from './token-similarity.js';
import { foldRomanization } from '../romanization.js';

/** Pairs less alike than this are not aligned at all. */
const MIN_TOKEN_SIMILARITY = 0.8;
/** Share of an unaligned token's weight that counts against the score. */
const UNALIGNED_COST = 0.6;

export type TokenWeight = (token: NameToken) => number;

export interface AlignedPair {
  readonly left: string;
  readonly right: string;
  readonly score: number;
  readonly how: TokenAgreement | 'compound';
}

export interface NameAlignment {
  readonly score: number;
  readonly pairs: readonly AlignedPair[];
  readonly unalignedLeft: readonly string[];
  readonly unalignedRight: readonly string[];
  /** Aligned tokens with the role 'name' (not initials, particles ...). */
  readonly alignedNameTokens: number;
}

const uniformWeight: TokenWeight = (token) => token.weight;

interface Candidate {
  i: number;
  j: number;
  score: number;
  how: TokenAgreement;
}

function rankedCandidates(left: readonly NameToken[], right: readonly NameToken[], compareSkeletons: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < left.length; i++) {
    for (let j = 0; j < right.length; j++) {
      const similarity = tokenSimilarity(left[i]!, right[j]!, compareSkeletons);
      if (similarity.score >= MIN_TOKEN_SIMILARITY) candidates.push({ i, j, score: similarity.score, how: similarity.how });
    }
  }
  return candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
}

/** Index of the first of two adjacent free tokens in `tokens` that together spell `whole`. */
function findCompound(whole: NameToken, tokens: readonly NameToken[], used: boolean[]): number {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (used[k] || used[k + 1]) continue;
    const joined = tokens[k]!.text + tokens[k + 1]!.text;
    if (joined === whole.text || foldRomanization(joined) === whole.key) return k;
  }
  return -1;
}

export function alignNames(left: AnalysedName, right: AnalysedName, weightOf: TokenWeight = uniformWeight): NameAlignment {
  const compareSkeletons = [left.script, right.script].some((script) => script === 'Arabic' || script === 'Hebrew');
  const [a, b] = [left.tokens, right.tokens];
  const usedA = new Array<boolean>(a.length).fill(false);
  const usedB = new Array<boolean>(b.length).fill(false);
  const pairs: AlignedPair[] = [];
  let matched = 0;
  let alignedWeight = 0;
  let alignedNameTokens = 0;
  const align = (tokensA: NameToken[], tokensB: NameToken[], score: number, how: AlignedPair['how']) => {
    const weight = (tokensA.reduce((s, t) => s + weightOf(t), 0) / tokensA.length + tokensB.reduce((s, t) => s + weightOf(t), 0) / tokensB.length) / 2;
    matched += score * weight;
    alignedWeight += weight;
    if (tokensA.some((t) => t.role === 'name') && tokensB.some((t) => t.role === 'name')) alignedNameTokens++;
    pairs.push({ left: tokensA.map((t) => t.text).join(' '), right: tokensB.map((t) => t.text).join(' '), score, how });
  };
  for (const c of rankedCandidates(a, b, compareSkeletons)) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = usedB[c.j] = true;
    align([a[c.i]!], [b[c.j]!], c.score, c.how);
  }
  for (const [whole, parts, usedWhole, usedParts, wholeIsLeft] of [[a, b, usedA, usedB, true], [b, a, usedB, usedA, false]] as const) {
    whole.forEach((token, i) => {
      if (usedWhole[i]) return;
      const k = findCompound(token, parts, usedParts);
      if (k < 0) return;
      usedWhole[i] = usedParts[k] = usedParts[k + 1] = true;
      const joined = [parts[k]!, parts[k + 1]!];
      if (wholeIsLeft) align([token], joined, 1, 'compound');
      else align(joined, [token], 1, 'compound');
    });
  }
  const unaligned = (tokens: readonly NameToken[], used: boolean[]) => tokens.filter((_, i) => !used[i]);
  const [restA, restB] = [unaligned(a, usedA), unaligned(b, usedB)];
  const unalignedWeight = [...restA, ...restB].reduce((sum, t) => sum + weightOf(t), 0);
  const denominator = alignedWeight + UNALIGNED_COST * unalignedWeight;
  return {
    score: denominator === 0 ? 0 : matched / denominator,
    pairs,
    unalignedLeft: restA.map((t) => t.text),
    unalignedRight: restB.map((t) => t.text),
    alignedNameTokens,
  };
}

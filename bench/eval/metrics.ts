/**
 * Precision, recall and F1 of scored pairs at a threshold, overall and per group. A pair is
 * predicted a match when its score is at or above the threshold.
 */
import type { FeatureResult } from '../../src/match/types.js';
import type { LabelledPair } from './labelled-pair.js';

export interface ScoredPair {
  readonly pair: LabelledPair;
  readonly score: number;
  readonly explanation: readonly FeatureResult[];
}

export interface Figures {
  readonly pairs: number;
  readonly positives: number;
  readonly negatives: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Undefined where nothing was predicted a match (precision) or nothing is one (recall). */
  readonly precision?: number;
  readonly recall?: number;
  readonly f1?: number;
}

const ratio = (part: number, whole: number): number | undefined => (whole === 0 ? undefined : part / whole);

export function figures(scored: readonly ScoredPair[], threshold: number): Figures {
  let [tp, fp, fn] = [0, 0, 0];
  for (const { pair, score } of scored) {
    const predicted = score >= threshold;
    if (predicted && pair.match) tp++;
    else if (predicted) fp++;
    else if (pair.match) fn++;
  }
  const positives = scored.filter((s) => s.pair.match).length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, positives);
  const f1 = precision === undefined || recall === undefined || precision + recall === 0 ? undefined : (2 * precision * recall) / (precision + recall);
  return { pairs: scored.length, positives, negatives: scored.length - positives, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Figures per value of `key`, values sorted. */
export function figuresBy(scored: readonly ScoredPair[], key: (pair: LabelledPair) => string, threshold: number): Record<string, Figures> {
  const groups = new Map<string, ScoredPair[]>();
  for (const s of scored) groups.set(key(s.pair), [...(groups.get(key(s.pair)) ?? []), s]);
  return Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, group]) => [k, figures(group, threshold)]));
}

/** F1 at thresholds from..to by step (inclusive), for information. */
export function thresholdSweep(scored: readonly ScoredPair[], from = 0.5, to = 0.95, step = 0.05): Array<{ threshold: number } & Figures> {
  const count = Math.round((to - from) / step) + 1;
  return Array.from({ length: count }, (_, i) => {
    const threshold = Math.round((from + i * step) * 100) / 100;
    return { threshold, ...figures(scored, threshold) };
  });
}

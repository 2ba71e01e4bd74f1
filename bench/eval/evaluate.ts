/**
 * `npm run eval`: scores every pair of bench/eval/pairs.jsonl with compareNames and prints
 * precision, recall and F1 at DEFAULT_THRESHOLD overall, per schema, per script and per kind,
 * the worst misses both ways with their top features, and F1 over a range of thresholds.
 * The headline figures are over name-variant positives (alias, original_script, cross_list)
 * and all negatives; other_name (two different names of one party), acronym and weak_alias
 * are reported apart (recall only), and one line gives all positives for transparency.
 * `--json` prints the figures as JSON.
 */
import { compareNames, DEFAULT_THRESHOLD } from '../../src/match/score.js';
import type { FeatureResult } from '../../src/match/types.js';
import { APART_KINDS, isHeadlinePair, readPairs, type LabelledPair } from './labelled-pair.js';
import { figures, figuresBy, thresholdSweep, type Figures, type ScoredPair } from './metrics.js';

const WORST_SHOWN = 15;

function scoreAll(pairs: readonly LabelledPair[]): ScoredPair[] {
  return pairs.map((pair) => {
    const result = compareNames(pair.schema, pair.name1, pair.name2);
    return { pair, score: result.score, explanation: result.explanation };
  });
}

const percent = (value: number | undefined): string => (value === undefined ? '   -  ' : `${(value * 100).toFixed(1).padStart(5)}%`);

function row(label: string, f: Figures): string {
  return `${label.padEnd(31)} ${String(f.pairs).padStart(6)} ${String(f.positives).padStart(6)} ${String(f.negatives).padStart(6)}   P ${percent(f.precision)}  R ${percent(f.recall)}  F1 ${percent(f.f1)}`;
}

/** Recall only: a kind reported apart has no negatives of its own. */
const recallRow = (label: string, f: Figures): string =>
  `${label.padEnd(31)} ${String(f.positives).padStart(13)} pos   R ${percent(f.recall)}  (${f.truePositives} found)`;

function printTable(title: string, rows: Record<string, Figures>): void {
  console.log(`\n${title.padEnd(31)}  pairs    pos    neg`);
  for (const [label, f] of Object.entries(rows)) console.log(row(label, f));
}

/** The features that moved the score most, strongest first. */
function topFeatures(explanation: readonly FeatureResult[]): string {
  return [...explanation]
    .sort((a, b) => Math.abs(b.score * b.weight) - Math.abs(a.score * a.weight))
    .slice(0, 3)
    .map((f) => `${f.name}=${f.score.toFixed(2)}${f.detail === undefined ? '' : ` (${f.detail})`}`)
    .join('; ');
}

function printWorst(title: string, worst: readonly ScoredPair[]): void {
  console.log(`\n${title}`);
  for (const { pair, score, explanation } of worst) {
    console.log(`  ${score.toFixed(3)} ${pair.schema} ${pair.kind} [${pair.script}] "${pair.name1}" / "${pair.name2}"  (${pair.source})`);
    console.log(`        ${topFeatures(explanation)}`);
  }
}

function report(scored: readonly ScoredPair[], threshold: number) {
  const headline = scored.filter((s) => isHeadlinePair(s.pair));
  return {
    threshold,
    overall: figures(headline, threshold),
    allPositives: figures(scored, threshold),
    apart: Object.fromEntries(APART_KINDS.map((kind) => [kind, figures(scored.filter((s) => s.pair.kind === kind), threshold)])),
    bySchema: figuresBy(headline, (p) => p.schema, threshold),
    byScript: figuresBy(headline, (p) => p.script, threshold),
    byKind: figuresBy(scored, (p) => p.kind, threshold),
    sweep: thresholdSweep(headline).map(({ threshold: t, precision, recall, f1 }) => ({ threshold: t, precision, recall, f1 })),
  };
}

function main(): void {
  const asJson = process.argv.includes('--json');
  const pairs = readPairs();
  const started = performance.now();
  const scored = scoreAll(pairs);
  const elapsedMs = performance.now() - started;
  const figuresReport = report(scored, DEFAULT_THRESHOLD);
  if (asJson) {
    console.log(JSON.stringify({ pairs: pairs.length, elapsedMs: Math.round(elapsedMs), ...figuresReport }, null, 2));
    return;
  }
  console.log(`${pairs.length} pairs scored in ${(elapsedMs / 1000).toFixed(1)} s; threshold ${DEFAULT_THRESHOLD}`);
  console.log('overall = name-variant positives (alias, original_script, cross_list) + all negatives');
  console.log(row('overall', figuresReport.overall));
  console.log(row('all positives incl. other names', figuresReport.allPositives));
  console.log('\nreported apart (recall only; not name variants, not in the headline)');
  for (const [kind, f] of Object.entries(figuresReport.apart)) console.log(recallRow(kind, f));
  printTable('schema', figuresReport.bySchema);
  printTable('script', figuresReport.byScript);
  printTable('kind', figuresReport.byKind);
  const headline = scored.filter((s) => isHeadlinePair(s.pair));
  const misses = headline.filter((s) => s.pair.match && s.score < DEFAULT_THRESHOLD).sort((a, b) => a.score - b.score);
  const falseAlarms = headline.filter((s) => !s.pair.match && s.score >= DEFAULT_THRESHOLD).sort((a, b) => b.score - a.score);
  printWorst(`worst false negatives (${misses.length} in all)`, misses.slice(0, WORST_SHOWN));
  printWorst(`worst false positives (${falseAlarms.length} in all)`, falseAlarms.slice(0, WORST_SHOWN));
  console.log('\nthreshold sweep (for information)');
  for (const s of figuresReport.sweep) console.log(`  ${s.threshold.toFixed(2)}  P ${percent(s.precision)}  R ${percent(s.recall)}  F1 ${percent(s.f1)}`);
}

main();

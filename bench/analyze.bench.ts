/**
 * `node dist/bench/analyze.bench.js`: article analysis time for a 5,000-word article (the
 * three articles of shared/data/articles, 5,078 words, as one text) with every sample list
 * loaded (sample-data/manifest.json: OFAC SDN 2019-01-04, 2021-06-29, 2024-07-02 and UK HMT
 * 2020-04-27, in SQLite). Reports median and p99 over ROUNDS runs of the whole analysis
 * (mentions, events, links, status lookups in the store) and of the text part alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/news/analyze-text.js';
import { analyzeArticle, articleScreeningIndex } from '../src/service/analyze.js';
import { REPO_ROOT, sharedData } from '../test/support/paths.js';
import { BACKENDS, openWithSnapshots } from '../test/support/stores.js';
import { ascending, percentile } from './timing.js';

const ROUNDS = 50;
const DATE = '2025-06-01';

interface ManifestEntry {
  readonly format: string;
  readonly path: string;
  readonly as_of: string;
}

function sampleLoads() {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'sample-data/manifest.json'), 'utf8')) as ManifestEntry[];
  return manifest.map((entry) => ({ format: entry.format, path: join(REPO_ROOT, 'sample-data', entry.path), asOf: entry.as_of }));
}

async function timings(run: () => unknown): Promise<{ median: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const sorted = ascending(samples);
  return { median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

const dir = sharedData('articles');
const text = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
const words = text.split(/\s+/u).filter(Boolean).length;
const store = await openWithSnapshots(BACKENDS[0]!, sampleLoads());
try {
  const screening = await articleScreeningIndex(store, DATE);
  analyzeText(text);
  const whole = await timings(() => analyzeArticle(store, screening, { text, date: DATE }));
  const textOnly = await timings(() => analyzeText(text));
  const result = await analyzeArticle(store, screening, { text, date: DATE });
  console.log(`article: ${words} words, ${result.mentions.length} mentions (${result.mentions.filter((m) => m.entity_id !== null).length} linked), ${result.events.length} events; ${screening.targets.size} listed parties`);
  console.log(`analysis (store ${store.backend}): median ${whole.median.toFixed(1)} ms, p99 ${whole.p99.toFixed(1)} ms over ${ROUNDS} runs`);
  console.log(`text part (sentences, mentions, events): median ${textOnly.median.toFixed(1)} ms, p99 ${textOnly.p99.toFixed(1)} ms`);
} finally {
  await store.close();
}

/**
 * `node dist/bench/analyze.bench.js`: article analysis time for a 5,000-word article (the
 * three articles of shared/data/articles, 5,078 words, as one text) with every sample list
 * loaded (sample-data/manifest.json: OFAC SDN 2019-01-04, 2021-06-29, 2024-07-02 and UK HMT
 * 2020-04-27, in SQLite). The text is the files as they are, reader comments included (the
 * `analyze` command and `POST /analyze` cut those off; here they make up the 5,000 words).
 * Reports median and p99 over ROUNDS runs of the whole analysis (mentions, events, links,
 * status lookups in the store) and of the text part alone, in wall time and in the process's
 * CPU time: on a shared machine the wall time also counts the waits for a core, the CPU time
 * does not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
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

interface Timing {
  readonly median: number;
  readonly p99: number;
  readonly cpuMedian: number;
}

async function timings(run: () => unknown): Promise<Timing> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpuStart);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const sorted = ascending(wall);
  return { median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), cpuMedian: percentile(ascending(cpu), 0.5) };
}

const describe = (t: Timing) => `median ${t.median.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms; CPU time median ${t.cpuMedian.toFixed(1)} ms`;

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
  console.log(`analysis (store ${store.backend}): ${describe(whole)} over ${ROUNDS} runs; load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(`text part (sentences, mentions, events): ${describe(textOnly)}`);
} finally {
  await store.close();
}

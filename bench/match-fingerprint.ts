/**
 * Everything the matcher answers on the benchmark's inputs, written to a directory so two
 * builds can be compared byte for byte (a speed change must not change a result):
 * - screen.jsonl: the hits of `screen` (worker threads, threshold DEFAULT_THRESHOLD) for
 *   FINGERPRINT_CUSTOMERS (10,000) clean generated customers with birth dates and countries,
 *   then the 1,000 perturbed listed names, against the lists of listed-entities.ts;
 * - compare.jsonl: compareNames for every pair of eval/pairs.jsonl;
 * - match.jsonl: MatchIndex.match (limit 10) for the 1,000 perturbed names, with explanations.
 *
 * node dist/bench/match-fingerprint.js OUT_DIR
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchIndex } from '../src/match/index/match-index.js';
import { validateMatchQuery } from '../src/match/query.js';
import { compareNames, DEFAULT_THRESHOLD } from '../src/match/score.js';
import type { MatchOptions } from '../src/match/types.js';
import { DEFAULT_MATCH_LIMIT } from '../src/service/match.js';
import { MAX_HITS_PER_ROW } from '../src/service/screen.js';
import { ScreeningWorkers, workerCountFor } from '../src/service/screen-workers.js';
import { cleanCustomers, ListedNames } from './clean-customers.js';
import { listedEntities } from './listed-entities.js';
import { perturbedQueries } from './perturbed-queries.js';
import { namePoolsOf } from './synthetic-corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (out === undefined) throw new Error('usage: match-fingerprint.js OUT_DIR');
const CUSTOMERS = Number(process.env.FINGERPRINT_CUSTOMERS ?? 10_000);
// The match benchmark's seeds, so these are its inputs.
const SEEDS = { queries: 7, batch: 11 } as const;
const SCREEN_OPTIONS: MatchOptions = { limit: MAX_HITS_PER_ROW, threshold: DEFAULT_THRESHOLD, cutoff: DEFAULT_THRESHOLD };

mkdirSync(out, { recursive: true });
const lines = (rows: readonly unknown[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

const listed = await listedEntities();
const queries = perturbedQueries(listed, { count: 1000, seed: SEEDS.queries });
const customers = cleanCustomers(namePoolsOf(listed), new ListedNames(listed), { count: CUSTOMERS, seed: SEEDS.batch, withFacts: true }).map((c) => c.query);
const screened = [...customers, ...queries.map((q) => q.query)];

const targets = new Map(listed.map((entity) => [entity.id, { entity, listedNow: true }]));
const workers = await ScreeningWorkers.start(targets, SCREEN_OPTIONS, workerCountFor(screened.length));
const screenRows: unknown[] = [];
try {
  let row = 0;
  for await (const [, views] of workers.screen(screened.map((query) => ({ query })))) screenRows.push({ row: row++, views });
} finally {
  await workers.close();
}
writeFileSync(join(out, 'screen.jsonl'), lines(screenRows));

const pairs = readFileSync(join(here, '../../bench/eval/pairs.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as { schema: string; name1: string; name2: string });
writeFileSync(join(out, 'compare.jsonl'), lines(pairs.map((p) => compareNames(p.schema, p.name1, p.name2))));

const index = MatchIndex.build(listed);
const matched = queries.map((q) => index.match(validateMatchQuery(q.query), { limit: DEFAULT_MATCH_LIMIT }).map((r) => ({ id: r.entity.id, score: r.score, match: r.match, explanation: r.explanation })));
writeFileSync(join(out, 'match.jsonl'), lines(matched));
process.stderr.write(`${screenRows.length} screened rows, ${pairs.length} pairs, ${matched.length} matched queries written to ${out}\n`);

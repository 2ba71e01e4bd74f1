/**
 * `npm run bench:match` (also part of `npm run bench`): the screening engine's speed and
 * quality, in process, on the real lists of listed-entities.ts.
 *
 * - name-pair scoring: a perturbed listed name against its source name and against the first
 *   name of a random listed entity of the same schema; `scorePrepared` on analysed names (with
 *   the index's token weights) and `compareNames` end to end (name analysis included);
 *   microseconds per pair, each pair's median of ROUNDS interleaved timings.
 * - `match`: validate + MatchIndex.match (limit 10, as the service's default) for 1,000
 *   perturbed listed names (perturbed-queries.ts) against every loaded list; p50 and p99.
 * - quality on those queries (match-quality.ts), and false alerts of 1,000 clean generated
 *   customer names (clean-customers.ts), name only and with birth date and country.
 * - batch screening: the records matched on worker threads, as `screen` does (hits at or above
 *   the threshold), over BENCH_BATCH_RECORDS (100,000) clean generated customers with birth
 *   dates and countries; records/s once the workers have built their indexes (stopped after
 *   BENCH_BATCH_SECONDS, 60, if not done by then), and the CPU time per record of all threads
 *   (on a shared machine records/s falls with the load; CPU per record much less).
 * - index build: BENCH_INDEX_ENTITIES (1,000,000) generated entities in a fresh process
 *   (index-build-one.ts): build time and peak memory.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchIndex } from '../src/match/index/match-index.js';
import { validateMatchQuery } from '../src/match/query.js';
import { compareNames, DEFAULT_THRESHOLD, prepareEntity, prepareQuery, scorePrepared } from '../src/match/score.js';
import type { MatchableEntity, MatchOptions, MatchQuery } from '../src/match/types.js';
import { DEFAULT_MATCH_LIMIT } from '../src/service/match.js';
import { MAX_HITS_PER_ROW } from '../src/service/screen.js';
import { ScreeningWorkers, workerCountFor } from '../src/service/screen-workers.js';
import { cleanCustomers, ListedNames } from './clean-customers.js';
import { faraRegistrants } from './fara-customers.js';
import { groupBy, seededRandom } from './eval/sampling.js';
import { listedEntities } from './listed-entities.js';
import { falseAlerts, recallByKind, type FalseAlerts, type Recall } from './match-quality.js';
import { pick } from './perturb.js';
import { perturbedQueries, type PerturbedQuery } from './perturbed-queries.js';
import { namePoolsOf } from './synthetic-corpus.js';
import { ascending, microsecondsPerCall, nowNs, percentile, timerOverheadMicroseconds } from './timing.js';

const here = dirname(fileURLToPath(import.meta.url));
const QUERY_COUNT = 1000;
const FALSE_ALERT_ROWS = 1000;
const BATCH_RECORDS = Number(process.env.BENCH_BATCH_RECORDS ?? 100_000);
/** The batch stops early past this, so a slow matcher cannot hold the benchmark for an hour. */
const BATCH_SECONDS = Number(process.env.BENCH_BATCH_SECONDS ?? 60);
const INDEX_ENTITIES = Number(process.env.BENCH_INDEX_ENTITIES ?? 1_000_000);
const ROUNDS = 5;
const SEEDS = { queries: 7, negatives: 17, falseAlerts: 13, batch: 11, corpus: 2024 } as const;

const MATCH_OPTIONS: MatchOptions = { limit: DEFAULT_MATCH_LIMIT };
/** As `screen` asks: every hit at or above the threshold. */
const SCREEN_OPTIONS: MatchOptions = { limit: MAX_HITS_PER_ROW, threshold: DEFAULT_THRESHOLD, cutoff: DEFAULT_THRESHOLD };

const log = (line: string) => process.stderr.write(`${line}\n`);
const msSince = (started: bigint) => Number(nowNs() - started) / 1e6;
const thousands = (n: number) => n.toLocaleString('en-US');
const summary = (samples: readonly number[], digits: number) => {
  const sorted = ascending(samples);
  return { median: percentile(sorted, 0.5).toFixed(digits), p99: percentile(sorted, 0.99).toFixed(digits) };
};

interface NamePair {
  readonly schema: string;
  readonly left: string;
  readonly right: string;
  readonly entity: MatchableEntity;
}

/** Each query's name against its source name, and against a random listed name of its schema. */
function namePairs(queries: readonly PerturbedQuery[], listed: readonly MatchableEntity[]): NamePair[] {
  const random = seededRandom(SEEDS.negatives);
  const bySchema = groupBy(listed, (e) => e.schema);
  const byId = new Map(listed.map((e) => [e.id, e]));
  return queries.flatMap((q) => {
    const other = pick(bySchema.get(q.query.schema)!, random);
    return [
      { schema: q.query.schema, left: q.query.names[0]!, right: q.original, entity: byId.get(q.sourceId)! },
      { schema: q.query.schema, left: q.query.names[0]!, right: other.names[0]!, entity: other },
    ];
  });
}

function measurePairScoring(pairs: readonly NamePair[], index: MatchIndex) {
  const prepared = pairs.map((p) => ({ query: prepareQuery({ schema: p.schema, names: [p.left] }), entity: prepareEntity({ ...p.entity, names: [p.right] }) }));
  const score = (p: (typeof prepared)[number]) => scorePrepared(p.query, p.entity, { weightOf: index.tokenWeight });
  const compare = (p: NamePair) => compareNames(p.schema, p.left, p.right);
  microsecondsPerCall(prepared, score, 2);
  microsecondsPerCall(pairs, compare, 2);
  return { scored: microsecondsPerCall(prepared, score, ROUNDS), compared: microsecondsPerCall(pairs, compare, ROUNDS) };
}

function measureMatch(queries: readonly PerturbedQuery[], index: MatchIndex) {
  const run = (q: PerturbedQuery) => index.match(validateMatchQuery(q.query), MATCH_OPTIONS);
  queries.slice(0, 100).forEach(run);
  const latencyMs: number[] = [];
  const results = queries.map((q) => {
    const started = nowNs();
    const found = run(q);
    latencyMs.push(msSince(started));
    return found;
  });
  return { latencyMs, recall: recallByKind(queries, results) };
}

/**
 * Screens the records in order, on worker threads as `screen` does, until they or BATCH_SECONDS
 * run out; the workers' start (each builds an index) is timed apart.
 */
async function measureBatch(queries: readonly MatchQuery[], listed: readonly MatchableEntity[]) {
  let started = nowNs();
  const targets = new Map(listed.map((entity) => [entity.id, { entity, listedNow: true }]));
  const workerCount = workerCountFor(queries.length);
  const workers = await ScreeningWorkers.start(targets, SCREEN_OPTIONS, workerCount);
  const startMs = msSince(started);
  let [hits, records] = [0, 0];
  started = nowNs();
  const cpuBefore = process.cpuUsage();
  try {
    for await (const [, views] of workers.screen(queries.map((query) => ({ query })))) {
      hits += views.length;
      records += 1;
      if (msSince(started) > BATCH_SECONDS * 1000) break;
    }
  } finally {
    await workers.close();
  }
  const seconds = msSince(started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU of every thread of the process (workers, reading, messaging): what a record costs whatever else runs on the machine.
  const cpuMicrosecondsPerRecord = (cpu.user + cpu.system) / records;
  return { recordsPerSecond: records / seconds, records, seconds, hits, workerCount, startMs, cpuMicrosecondsPerRecord };
}

interface IndexBuild {
  ms: number;
  size: number;
  names: number;
  maxRssMb: number;
  rssBeforeMb: number;
  heapBeforeMb: number;
  heapAfterMb: number;
}

function measureIndexBuild(): IndexBuild {
  const out = execFileSync(process.execPath, ['--expose-gc', join(here, 'index-build-one.js'), String(INDEX_ENTITIES), String(SEEDS.corpus)], { encoding: 'utf8' });
  return JSON.parse(out) as IndexBuild;
}

const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}% (${n}/${of})`;

function qualityRows(recall: Map<string, Recall>, alerts: { nameOnly: FalseAlerts; withFacts: FalseAlerts; fara: FalseAlerts }): string[] {
  const rows = ['| queries | n | source first | source first or tied | source a match (score >= ' + DEFAULT_THRESHOLD + ') |', '|---|---|---|---|---|'];
  for (const [kind, r] of recall) rows.push(`| ${kind === 'all' ? '**all perturbed listed names**' : kind} | ${r.queries} | ${share(r.first, r.queries)} | ${share(r.firstOrTied, r.queries)} | ${share(r.matched, r.queries)} |`);
  const alertLine = (label: string, a: FalseAlerts) =>
    `| ${label} | ${a.rows} | false alerts: ${((1000 * a.alertedRows) / a.rows).toFixed(1)} per 1,000 rows | ${a.matches} matches in all | |`;
  rows.push(
    alertLine('generated clean customer names (recombined listed name parts), name only', alerts.nameOnly),
    alertLine('generated clean customer names with birth date and country', alerts.withFacts),
    alertLine('real names: FARA registrants 2023-08-03 (US lobbyists and firms), name only', alerts.fara),
  );
  return rows;
}

log('reading the lists ...');
let started = nowNs();
const listed = await listedEntities();
const listedNames = listed.reduce((sum, e) => sum + e.names.length, 0);
log(`  ${thousands(listed.length)} entities, ${thousands(listedNames)} names in ${msSince(started).toFixed(0)} ms`);
started = nowNs();
const index = MatchIndex.build(listed);
const realBuildMs = msSince(started);
log(`  index built in ${realBuildMs.toFixed(0)} ms`);
const queries = perturbedQueries(listed, { count: QUERY_COUNT, seed: SEEDS.queries });

log('name-pair scoring ...');
const overheadUs = timerOverheadMicroseconds();
const pairs = namePairs(queries, listed);
const pairTimes = measurePairScoring(pairs, index);
const [scored, compared] = [summary(pairTimes.scored, 2), summary(pairTimes.compared, 1)];
log(`  scorePrepared median ${scored.median} µs, p99 ${scored.p99} µs; compareNames median ${compared.median} µs, p99 ${compared.p99} µs (timer ${overheadUs.toFixed(3)} µs)`);

log(`match: ${queries.length} perturbed queries ...`);
const matched = measureMatch(queries, index);
const latency = summary(matched.latencyMs, 2);
log(`  p50 ${latency.median} ms, p99 ${latency.p99} ms`);

log('false alerts ...');
const pools = namePoolsOf(listed);
const notListed = new ListedNames(listed);
const alertsOf = (withFacts: boolean) =>
  falseAlerts(cleanCustomers(pools, notListed, { count: FALSE_ALERT_ROWS, seed: SEEDS.falseAlerts, withFacts }).map((c) => index.match(c.query, MATCH_OPTIONS)));
const alerts = {
  nameOnly: alertsOf(false),
  withFacts: alertsOf(true),
  fara: falseAlerts(faraRegistrants().map((c) => index.match(c.query, MATCH_OPTIONS))),
};

log(`batch screening: ${thousands(BATCH_RECORDS)} customers ...`);
const batch = await measureBatch(cleanCustomers(pools, notListed, { count: BATCH_RECORDS, seed: SEEDS.batch, withFacts: true }).map((c) => c.query), listed);
const batchDone =
  `${thousands(batch.records)}${batch.records < BATCH_RECORDS ? ` of ${thousands(BATCH_RECORDS)} (stopped at ${BATCH_SECONDS} s)` : ''} records in ${batch.seconds.toFixed(1)} s, ` +
  `${thousands(batch.hits)} hits; ${batch.workerCount} worker threads, started in ${(batch.startMs / 1000).toFixed(1)} s; ${batch.cpuMicrosecondsPerRecord.toFixed(0)} µs CPU per record, all threads`;
log(`  ${batch.recordsPerSecond.toFixed(0)} records/s (${batchDone})`);

log(`index build: ${thousands(INDEX_ENTITIES)} generated entities, fresh process ...`);
const build = measureIndexBuild();
log(`  ${(build.ms / 1000).toFixed(1)} s, peak RSS ${build.maxRssMb.toFixed(0)} MB`);

const speedRows = [
  '| measure | median / p50 | p99 | target |',
  '|---|---|---|---|',
  `| name-pair scoring, analysed names (\`scorePrepared\`), µs/pair, ${thousands(pairs.length)} pairs | ${scored.median} | ${scored.p99} | < 3 µs median |`,
  `| name-pair comparison end to end (\`compareNames\`, name analysis included), µs/pair | ${compared.median} | ${compared.p99} | |`,
  `| \`match\` in process, limit ${DEFAULT_MATCH_LIMIT}, ${thousands(queries.length)} perturbed queries vs ${thousands(listed.length)} entities (${thousands(listedNames)} names), ms | ${latency.median} | ${latency.p99} | < 1 ms p50 |`,
  `| batch screening, ${thousands(BATCH_RECORDS)} generated customers, records/s | ${batch.recordsPerSecond.toFixed(0)} (${batchDone}) | | > 5,000/s |`,
  `| index build, ${thousands(build.size)} generated entities (${thousands(build.names)} names) | ${(build.ms / 1000).toFixed(1)} s, peak RSS ${build.maxRssMb.toFixed(0)} MB (corpus alone ${build.rssBeforeMb.toFixed(0)} MB; live heap ${build.heapBeforeMb.toFixed(0)} -> ${build.heapAfterMb.toFixed(0)} MB) | | < 60 s, < 2 GB |`,
  `| index build, the ${thousands(listed.length)} real listed entities, in process | ${realBuildMs.toFixed(0)} ms | | |`,
];
process.stdout.write(
  `\nMatch benchmark (${new Date().toISOString().slice(0, 10)}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end; ` +
    `timer overhead ${overheadUs.toFixed(3)} µs per call, included):\n\n${speedRows.join('\n')}\n\n` +
    `Quality on the same queries (name only; default threshold ${DEFAULT_THRESHOLD}):\n\n${qualityRows(matched.recall, alerts).join('\n')}\n`,
);

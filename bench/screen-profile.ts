/**
 * Screening on one thread, for a CPU profile of where a record's time goes:
 * node --cpu-prof dist/bench/screen-profile.js [RECORDS]. Builds the index of the real lists,
 * then matches RECORDS (10,000) clean generated customers with birth dates and countries as
 * `screen` does (every hit at or above the threshold), and prints the CPU time per record:
 * over all records, and the least and the median of blocks of 1,000 (on a shared machine the
 * least is the one least disturbed by other work).
 */
import { cpuUsage } from 'node:process';
import { DEFAULT_THRESHOLD } from '../src/match/score.js';
import type { MatchOptions } from '../src/match/types.js';
import { buildScreeningIndex, matchTargets } from '../src/service/match.js';
import { MAX_HITS_PER_ROW } from '../src/service/screen.js';
import { cleanCustomers, ListedNames } from './clean-customers.js';
import { listedEntities } from './listed-entities.js';
import { namePoolsOf } from './synthetic-corpus.js';

const RECORDS = Number(process.argv[2] ?? 10_000);
const SCREEN_OPTIONS: MatchOptions = { limit: MAX_HITS_PER_ROW, threshold: DEFAULT_THRESHOLD, cutoff: DEFAULT_THRESHOLD };

const listed = await listedEntities();
const customers = cleanCustomers(namePoolsOf(listed), new ListedNames(listed), { count: RECORDS, seed: 11, withFacts: true });
const screening = buildScreeningIndex(new Map(listed.map((entity) => [entity.id, { entity, listedNow: true }])));
const BLOCK = 1000;
const cpuMicroseconds = () => {
  const { user, system } = cpuUsage();
  return user + system;
};
const blocks: number[] = [];
let hits = 0;
const started = cpuMicroseconds();
for (let first = 0; first < customers.length; first += BLOCK) {
  const blockStarted = cpuMicroseconds();
  const block = customers.slice(first, first + BLOCK);
  for (const { query } of block) hits += matchTargets(screening, query, SCREEN_OPTIONS).length;
  blocks.push((cpuMicroseconds() - blockStarted) / block.length);
}
const perRecord = (cpuMicroseconds() - started) / customers.length;
const sorted = [...blocks].sort((a, b) => a - b);
const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
process.stdout.write(
  `${customers.length} records, ${hits} hits: ${perRecord.toFixed(1)} µs CPU per record (${(1e6 / perRecord).toFixed(0)} per CPU-second); ` +
    `blocks of ${BLOCK}: least ${sorted[0]!.toFixed(1)} µs, median ${median.toFixed(1)} µs\n`,
);

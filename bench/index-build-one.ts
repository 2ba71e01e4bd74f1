/**
 * One index build in a fresh process, so its peak memory is its own: generates the synthetic
 * corpus (name parts from the real lists), then times MatchIndex.build over it and prints, as
 * JSON, the build time, the entity count, the process's peak resident memory and the resident
 * memory and live heap before and after the build (the heap after a full GC when node runs
 * with --expose-gc). Usage: node [--expose-gc] dist/bench/index-build-one.js <entities> <seed>
 */
import { MatchIndex } from '../src/match/index/match-index.js';
import { listedEntities } from './listed-entities.js';
import { namePoolsOf, syntheticEntities } from './synthetic-corpus.js';

const [count, seed] = process.argv.slice(2).map(Number);
if (!Number.isInteger(count) || !Number.isInteger(seed)) throw new Error('usage: index-build-one.js <entities> <seed>');

const entities = [...syntheticEntities(namePoolsOf(await listedEntities()), count!, seed!)];
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => bytes / 2 ** 20;

collect();
const before = process.memoryUsage();
const started = process.hrtime.bigint();
const index = MatchIndex.build(entities);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
collect();
const after = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    ms,
    size: index.size,
    names: entities.reduce((sum, e) => sum + e.names.length, 0),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rssBeforeMb: mb(before.rss),
    rssAfterMb: mb(after.rss),
    heapBeforeMb: mb(before.heapUsed),
    heapAfterMb: mb(after.heapUsed),
  })}\n`,
);

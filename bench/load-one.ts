/**
 * One benchmark measurement in a fresh process: records the given snapshots into a new
 * store and prints, as JSON, the wall time of the last load and the peak resident memory of
 * the process. Usage: node dist/bench/load-one.js <sqlite|postgres-url> <format> <path> <as-of> [<format> <path> <as-of> ...]
 */
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadSnapshot } from '../src/service/ingest.js';
import { openStore } from '../src/store/open-store.js';

const [target, ...rest] = process.argv.slice(2);
const loads: { format: string; path: string; asOf: string }[] = [];
for (let i = 0; i + 2 < rest.length; i += 3) loads.push({ format: rest[i]!, path: rest[i + 1]!, asOf: rest[i + 2]! });

const dir = mkdtempSync(join(tmpdir(), 'sanctions-bench-'));
const store = await openStore(target === 'sqlite' ? { dbFile: join(dir, 'bench.db') } : { dbFile: '', databaseUrl: target });
let lastMs = 0;
let targets = 0;
for (const load of loads) {
  const started = process.hrtime.bigint();
  const result = await loadSnapshot(store, load);
  lastMs = Number(process.hrtime.bigint() - started) / 1e6;
  targets = result.targetCount;
}
await store.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ ms: lastMs, targets, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);

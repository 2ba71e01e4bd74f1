/**
 * SQLite stores with real snapshots recorded, built once per test run and copied for each
 * test file that asks: many files need the same snapshots, and recording them costs seconds of
 * CPU each time. A template belongs to one run of the test runner (its pid and start time, read
 * from /proc), so no run ever reads a store recorded by older code; templates of runs that
 * have ended are removed. Without /proc every file records its own store.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadSnapshot, type LoadRequest } from '../../src/service/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeTempDir } from './temp.js';

const PREFIX = 'sanctions-radar-templates-';
const WAIT_FOR_BUILDER_MS = 10 * 60_000;

/** "<pid>-<start time>" of a process, or undefined when it is gone or there is no /proc. */
function processIdentity(pid: number): string | undefined {
  try {
    // Field 22 of /proc/<pid>/stat is the start time; the command name (field 2) may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return `${pid}-${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}`;
  } catch {
    return undefined;
  }
}

function removeTemplatesOfEndedRuns(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const [pid] = name.slice(PREFIX.length).split('-');
    if (processIdentity(Number(pid)) !== name.slice(PREFIX.length)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

async function record(file: string, loads: readonly LoadRequest[]): Promise<void> {
  const store = new SqliteStore(file);
  await store.migrate();
  for (const load of loads) await loadSnapshot(store, load);
  await store.close();
}

/** The template's path, recorded by whichever test process of this run asks first. */
async function template(run: string, loads: readonly LoadRequest[]): Promise<string> {
  const dir = join(tmpdir(), `${PREFIX}${run}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${createHash('sha256').update(JSON.stringify(loads)).digest('hex').slice(0, 16)}.db`);
  if (existsSync(file)) return file;
  try {
    mkdirSync(`${file}.lock`);
  } catch {
    const giveUp = Date.now() + WAIT_FOR_BUILDER_MS;
    while (!existsSync(file)) {
      if (Date.now() > giveUp) throw new Error(`no store template ${file} after ${WAIT_FOR_BUILDER_MS} ms: did its builder fail?`);
      await sleep(200);
    }
    return file;
  }
  const building = `${file}.${process.pid}`;
  await record(building, loads);
  renameSync(building, file);
  return file;
}

/** A new SQLite file with `loads` recorded, in this order. */
export async function sqliteFileWithSnapshots(loads: readonly LoadRequest[]): Promise<string> {
  const file = join(makeTempDir(), 'test.db');
  const run = processIdentity(process.ppid);
  if (run === undefined) {
    await record(file, loads);
    return file;
  }
  removeTemplatesOfEndedRuns();
  copyFileSync(await template(run, loads), file);
  return file;
}

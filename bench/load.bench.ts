/**
 * `npm run bench`: load time and peak memory per source format on the real files in
 * ../shared/data, each case measured in fresh processes (so peak memory is per load), on
 * SQLite and PostgreSQL. Prints median and p99 (the slowest of the runs at these counts)
 * and a Markdown table for the README.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const data = resolve(here, '../../../shared/data');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Case {
  name: string;
  /** Loads before the measured one (their time is not counted). */
  setup: string[];
  measured: string[];
}

const CASES: Case[] = [
  { name: 'ofac-csv: SDN 2024-07-02, first snapshot (15,443 listed)', setup: [], measured: ['ofac-csv', join(data, 'ofac/2024-07-02'), '2024-07-02'] },
  {
    name: 'ofac-csv: SDN 2024-07-02 after 2024-05-03 (incremental)',
    setup: ['ofac-csv', join(data, 'ofac/2024-05-03'), '2024-05-03'],
    measured: ['ofac-csv', join(data, 'ofac/2024-07-02'), '2024-07-02'],
  },
  { name: 'ofac-csv: consolidated 2025-12-19', setup: [], measured: ['ofac-csv', join(data, 'ofac-cons/2025-12-19'), '2025-12-19'] },
  { name: 'ofac-xml: consolidated 2018-04-06', setup: [], measured: ['ofac-xml', join(data, 'ofac-xml/2018-04-06/consolidated.xml'), '2018-04-06'] },
  { name: 'un-xml: UN SC 2026-02-27', setup: [], measured: ['un-xml', join(data, 'un/2026-02-27/consolidated.xml'), '2026-02-27'] },
  { name: 'uk-csv: HMT ConList 2020-04-27', setup: [], measured: ['uk-csv', join(data, 'uk/2020-04-27/ConList.csv'), '2020-04-27'] },
  { name: 'ftm: parteispenden (475 entities)', setup: [], measured: ['ftm', join(data, 'opensanctions/yente/parteispenden/entities.ftm.json'), '2024-01-01'] },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

async function freshPostgresUrl(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => (await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), await admin.end()) };
}

async function measure(target: 'sqlite' | 'postgres', c: Case): Promise<{ ms: number[]; maxRssMb: number; targets: number }> {
  const ms: number[] = [];
  let maxRssMb = 0;
  let targets = 0;
  for (let run = 0; run < RUNS; run++) {
    const db = target === 'postgres' ? await freshPostgresUrl(`sanctions_bench_${process.pid}`) : undefined;
    try {
      const out = execFileSync(process.execPath, [join(here, 'load-one.js'), db?.url ?? 'sqlite', ...c.setup, ...c.measured], { encoding: 'utf8' });
      const result = JSON.parse(out) as { ms: number; maxRssMb: number; targets: number };
      ms.push(result.ms);
      maxRssMb = Math.max(maxRssMb, result.maxRssMb);
      targets = result.targets;
    } finally {
      await db?.drop();
    }
  }
  return { ms: ms.sort((a, b) => a - b), maxRssMb, targets };
}

const rows: string[] = ['| case | backend | median ms | p99 ms | peak RSS MB |', '|---|---|---|---|---|'];
for (const c of CASES) {
  for (const target of ['sqlite', 'postgres'] as const) {
    const { ms, maxRssMb, targets } = await measure(target, c);
    const line = `| ${c.name} | ${target} | ${percentile(ms, 0.5).toFixed(0)} | ${percentile(ms, 0.99).toFixed(0)} | ${maxRssMb.toFixed(0)} |`;
    rows.push(line);
    process.stderr.write(`${c.name} [${target}]: ${targets} listed, median ${percentile(ms, 0.5).toFixed(0)} ms, p99 ${percentile(ms, 0.99).toFixed(0)} ms, peak ${maxRssMb.toFixed(0)} MB\n`);
  }
}
process.stdout.write(`\nLoad benchmark, ${RUNS} runs per case (${new Date().toISOString().slice(0, 10)}):\n\n${rows.join('\n')}\n`);

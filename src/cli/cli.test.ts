/**
 * The command-line contract, exercised as other tools call it: real files in, JSON out,
 * exit statuses and one-line errors for bad input.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../../test/support/cli.js';
import { sharedData } from '../../test/support/paths.js';
import { makeTempDir } from '../../test/support/temp.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/pg-database.js';

const json = (stdout: string) => JSON.parse(stdout) as unknown;

describe('sanctions CLI on real OFAC files (SQLite)', () => {
  const db = join(makeTempDir(), 'cli.db');
  const cli = (...args: string[]) => runCli(['--db', db, ...args]);

  before(() => {
    for (const date of ['2019-01-04', '2021-06-29']) {
      const run = cli('load', 'ofac-csv', sharedData('ofac', date), '--as-of', date);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /us_ofac_sdn \d{4}-\d{2}-\d{2}: \d+ listed/);
    }
  });

  it('changes --json prints the event contract', () => {
    const run = cli('changes', '--dataset', 'us_ofac_sdn', '--from', '2021-06-29', '--to', '2021-06-29', '--json');
    assert.equal(run.status, 0, run.stderr);
    const events = json(run.stdout) as Record<string, unknown>[];
    const enPlus = events.find((e) => e.entity_id === 'ofac-24226');
    assert.deepEqual(enPlus, {
      date: '2021-06-29',
      type: 'delisted',
      entity_id: 'ofac-24226',
      schema: 'LegalEntity',
      caption: 'EN+ GROUP PLC',
      dataset: 'us_ofac_sdn',
      changed: [],
    });
    for (const event of events) assert.deepEqual(Object.keys(event), ['date', 'type', 'entity_id', 'schema', 'caption', 'dataset', 'changed']);
    assert.ok(events.some((e) => e.type === 'designated'));
    assert.ok(events.some((e) => e.type === 'amended' && (e.changed as string[]).length > 0));
  });

  it('entity --json shows parsed remarks as properties', () => {
    const run = cli('entity', 'ofac-16685', '--json');
    assert.equal(run.status, 0, run.stderr);
    const entity = json(run.stdout) as { properties: Record<string, string[]>; schema: string; caption: string; datasets: string[] };
    assert.equal(entity.schema, 'Person');
    assert.equal(entity.caption, 'CHEMEZOV, Sergei');
    assert.deepEqual(entity.properties.birthDate, ['1952-08-20']);
    assert.ok(entity.properties.birthPlace?.includes('Cheremkhovo, Irkutsk, Russia'));
    assert.ok(entity.properties.program?.includes('UKRAINE-EO13661'));
    assert.ok(!JSON.stringify(entity.properties.notes ?? []).includes('DOB'), 'no raw DOB remark text');
    assert.deepEqual(entity.datasets, ['us_ofac_sdn']);
  });

  it('entity --as-of shows a delisted party as it stood, and refuses dates after its delisting', () => {
    const listed = json(cli('entity', 'ofac-24226', '--as-of', '2020-01-01', '--json').stdout) as { listed: boolean; caption: string };
    assert.equal(listed.listed, true);
    assert.equal(listed.caption, 'EN+ GROUP PLC');
    const now = json(cli('entity', 'ofac-24226', '--json').stdout) as { listed: boolean; last_seen: string; first_seen: string };
    assert.deepEqual([now.listed, now.first_seen, now.last_seen], [false, '2019-01-04', '2019-01-04']);
    const gone = cli('entity', 'ofac-24226', '--as-of', '2021-07-01', '--json');
    assert.equal(gone.status, 6);
    assert.match(gone.stderr, /ofac-24226 was not on any loaded list on 2021-07-01 \(first seen 2019-01-04, last seen 2019-01-04\)/);
  });

  it('history --json lists events and values with first and last seen', () => {
    const run = cli('history', 'ofac-24226', '--json');
    assert.equal(run.status, 0, run.stderr);
    const history = json(run.stdout) as { events: { type: string; date: string }[]; values: { prop: string; value: string; first_seen: string; last_seen: string }[] };
    assert.deepEqual(history.events.map((e) => [e.type, e.date]), [['delisted', '2021-06-29']]);
    const name = history.values.find((v) => v.prop === 'name');
    assert.deepEqual(name, { ...name, value: 'EN+ GROUP PLC', first_seen: '2019-01-04', last_seen: '2019-01-04' });
  });

  it('datasets --json lists snapshots with counts', () => {
    const datasets = json(cli('datasets', '--json').stdout) as { name: string; snapshots: { as_of: string; target_count: number }[] }[];
    assert.equal(datasets.length, 1);
    assert.deepEqual(datasets[0]!.snapshots.map((s) => [s.as_of, s.target_count]), [['2019-01-04', 7379], ['2021-06-29', 8976]]);
  });

  it('rejects bad input with one clear line and a distinct exit status', () => {
    const cases: [string[], number, RegExp][] = [
      [['load', 'pdf', sharedData('ofac', '2019-01-04'), '--as-of', '2019-01-04'], 2, /unknown format "pdf"; known formats: ofac-csv/],
      [['load', 'ofac-csv', sharedData('ofac', '2019-01-04'), '--as-of', '2019-13-01'], 2, /--as-of must be a date YYYY-MM-DD, got "2019-13-01"/],
      [['load', 'ofac-csv', sharedData('ofac', '2025-01-03'), '--as-of', '2025-01-03'], 3, /sdn\.csv/],
      [['load', 'un-xml', sharedData('ofac', '2019-01-04', 'sdn.csv'), '--as-of', '2019-01-04'], 3, /sdn\.csv/],
      [['changes', '--dataset', 'nope', '--json'], 6, /no dataset nope has been loaded/],
      [['entity', 'ofac-0', '--json'], 6, /no entity ofac-0/],
      [['--db', '/nonexistent-dir/x.db', 'datasets'], 7, /cannot open the SQLite database \/nonexistent-dir\/x\.db: .*directory does not exist/],
    ];
    for (const [args, status, message] of cases) {
      const run = cli(...args);
      assert.equal(run.status, status, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, `one line: ${run.stderr}`);
    }
  });
});

describe('sanctions CLI with --database-url (PostgreSQL)', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => database.drop());

  it('loads and queries through PostgreSQL, also via DATABASE_URL', () => {
    const load = runCli(['--database-url', database.url, 'load', 'ofac-csv', sharedData('ofac', '2019-01-04'), '--as-of', '2019-01-04', '--json']);
    assert.equal(load.status, 0, load.stderr);
    assert.equal((json(load.stdout) as { target_count: number }).target_count, 7379);
    const entity = runCli(['entity', 'ofac-24226', '--json'], { DATABASE_URL: database.url });
    assert.equal(entity.status, 0, entity.stderr);
    assert.equal((json(entity.stdout) as { caption: string }).caption, 'EN+ GROUP PLC');
  });
});

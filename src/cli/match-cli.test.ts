/**
 * `sanctions match`, `compare` and `screen` run as a user runs them (the built CLI in a child
 * process, a SQLite file) on the real OFAC SDN snapshots 2019-01-04 and later 2021-04-25.
 * The SQLite files are copies of the run's store templates, recorded by the same code as
 * `sanctions load` (which cli.test.ts runs): the 2019-01-04 + 2021-04-25 one is shared with
 * the screening tests instead of loaded again.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse/sync';
import { CLI, runCli } from '../../test/support/cli.js';
import { ofacSnapshot } from '../../test/support/ofac-files.js';
import { sqliteFileWithSnapshots } from '../../test/support/store-templates.js';
import { makeTempDir } from '../../test/support/temp.js';

const dir = makeTempDir();
/** The SQLite file the commands read: OFAC 2019-01-04, then also 2021-04-25. */
let db: string;
const sanctions = (...args: string[]) => runCli(['--db', db, ...args]);

async function useSnapshots(...dates: string[]): Promise<void> {
  db = await sqliteFileWithSnapshots(dates.map(ofacSnapshot));
}

function compare(input: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'compare', '--jsonl', ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function writeCustomers(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const CUSTOMERS = writeCustomers('customers.csv', [
  'id,name,schema,birth_date',
  'K-1,Sergei Chemezov,Person,1952',
  'K-2,Rosalind Quennell-Abernathy,Person,',
  'K-3,EN+ GROUP PLC,Company,',
  'K-4,"Kiriyenko, Sergey",Person,',
]);

describe('match, compare and screen on the command line', () => {
  before(() => useSnapshots('2019-01-04'));

  it('match finds Sergey Chemezov first, with the features behind the score', () => {
    const run = sanctions('match', '--schema', 'Person', '--name', 'Sergey Chemezov', '--json');
    assert.equal(run.status, 0, run.stderr);
    const { results } = JSON.parse(run.stdout);
    assert.equal(results[0].id, 'ofac-16685');
    assert.equal(results[0].match, true);
    assert.deepEqual(Object.keys(results[0]), ['id', 'caption', 'schema', 'score', 'match', 'datasets', 'explanation', 'listed_now', 'delisted_on']);
    assert.ok(results[0].explanation.every((f: { name: string; weight: number }) => typeof f.name === 'string' && typeof f.weight === 'number'));
    assert.ok(results.length <= 10);
  });

  it('match finds UNITED COMPANY RUSAL PLC for "Rusal" as a Company and as an Organization', () => {
    for (const schema of ['Company', 'Organization']) {
      const run = sanctions('match', '--schema', schema, '--name', 'Rusal', '--limit', '3', '--json');
      assert.equal(run.status, 0, run.stderr);
      const { results } = JSON.parse(run.stdout);
      assert.equal(results[0].id, 'ofac-24228', schema);
      assert.equal(results[0].caption, 'UNITED COMPANY RUSAL PLC');
      assert.ok(results.length <= 3);
    }
  });

  it('compare answers every line in order, an error line in place of a malformed one', () => {
    const lines = [
      { schema: 'Person', name1: 'Sergei Chemezov', name2: 'CHEMEZOV, Sergey' },
      { schema: 'Person', name1: 'Sergei Chemezov', name2: 'Maria Lindqvist' },
      'not json',
      { schema: 'Spaceship', name1: 'A', name2: 'B' },
      { schema: 'Company', name1: 'United Company Rusal PLC', name2: 'UNITED COMPANY RUSAL PLC' },
    ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
    const run = compare(`${lines.join('\n')}\n`);
    const answers = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(answers.length, 5);
    assert.equal(answers[0].match, true);
    assert.equal(answers[1].match, false);
    assert.ok(answers[0].score > answers[1].score);
    assert.match(answers[2].error, /^line 3: not JSON/);
    assert.match(answers[3].error, /^line 4: schema "Spaceship"/);
    assert.deepEqual(Object.keys(answers[4]), ['score', 'match']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /2 of 5 input lines were not valid pairs \(first: line 3/);
  });

  it('compare streams: each answer is written before the next line is read', async () => {
    const child = spawn(process.execPath, [CLI, 'compare', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const answers = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    for (const name of ['Sergei Chemezov', 'Oleg Deripaska']) {
      child.stdin!.write(`${JSON.stringify({ schema: 'Person', name1: name, name2: name })}\n`);
      const answer = await answers.next();
      assert.equal(JSON.parse(answer.value as string).match, true);
    }
    child.stdin!.end();
    await new Promise((resolve) => child.on('close', resolve));
    assert.equal(child.exitCode, 0);
  });

  it('compare scores 100,000 pairs, one answer each', () => {
    const names = ['Sergei Chemezov', 'CHEMEZOV Sergey', 'Oleg Deripaska', 'United Company Rusal', 'Maria Lindqvist', 'Muhammad al-Hashimi'];
    const lines = Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ schema: 'Person', name1: names[i % 6], name2: names[(i * 7 + 1) % 6] }));
    const started = Date.now();
    const run = compare(`${lines.join('\n')}\n`);
    const elapsedMs = Date.now() - started;
    assert.equal(run.status, 0, run.stderr);
    const answers = run.stdout.trim().split('\n');
    assert.equal(answers.length, 100_000);
    assert.deepEqual(JSON.parse(answers[6]!), JSON.parse(answers[0]!), 'same pair, same answer');
    process.stdout.write(`# compare: 100,000 pairs in ${elapsedMs} ms\n`);
    assert.ok(elapsedMs < 60_000, `${elapsedMs} ms`);
  });

  it('screen writes JSON with the hits of the listed rows', () => {
    const run = sanctions('screen', CUSTOMERS);
    assert.equal(run.status, 0, run.stderr);
    const output = JSON.parse(run.stdout);
    assert.equal(output.rows, 4);
    const hits = output.hits as { row: number; id: string; entity_id: string }[];
    const best = (row: number) => hits.find((h) => h.row === row);
    assert.deepEqual([best(1)?.id, best(1)?.entity_id], ['K-1', 'ofac-16685']);
    assert.deepEqual([best(3)?.id, best(3)?.entity_id], ['K-3', 'ofac-24226']);
    assert.equal(best(2), undefined);
    assert.ok(hits.every((h) => h.entity_id !== 'ofac-31123'), 'Kiriyenko was designated after 2019-01-04');
  });

  describe('after loading 2021-04-25', () => {
    before(() => useSnapshots('2019-01-04', '2021-04-25'));

    it('match --as-of 2019-01-04 finds EN+ GROUP PLC and says it has since been delisted', () => {
      const run = sanctions('match', '--schema', 'Company', '--name', 'EN+ Group', '--as-of', '2019-01-04', '--limit', '1', '--json');
      assert.equal(run.status, 0, run.stderr);
      const [first] = JSON.parse(run.stdout).results;
      assert.deepEqual([first.id, first.listed_now, first.delisted_on], ['ofac-24226', false, '2021-04-25']);
      const now = JSON.parse(sanctions('match', '--schema', 'Company', '--name', 'EN+ Group', '--json').stdout);
      assert.ok(now.results.every((r: { id: string }) => r.id !== 'ofac-24226'));
    });

    it('screen --since-snapshot 2019-01-04 --out results.csv lists Kiriyenko as new and EN+ as cleared', () => {
      const out = join(dir, 'since.csv');
      const run = sanctions('screen', CUSTOMERS, '--since-snapshot', '2019-01-04', '--out', out);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      const records = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
      const brief = records.map((r) => [r.list, r.row, r.id, r.entity_id, r.change]);
      assert.deepEqual(brief.filter(([list]) => list === 'new_hits'), [['new_hits', '4', 'K-4', 'ofac-31123', 'added']]);
      assert.ok(brief.some(([list, row, , entity]) => list === 'cleared_hits' && row === '3' && entity === 'ofac-24226'));
    });

    it('screen --threshold 0.95 --out results.json keeps only the strongest hits', () => {
      const out = join(dir, 'strict.json');
      const run = sanctions('screen', CUSTOMERS, '--threshold', '0.95', '--out', out);
      assert.equal(run.status, 0, run.stderr);
      const output = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(output.rows, 4);
      assert.ok(output.hits.every((h: { score: number }) => h.score >= 0.95));
    });
  });

  describe('malformed input exits 2 with one line and writes nothing', () => {
    const noName = writeCustomers('no-name.csv', ['id,customer', '1,Sergey Chemezov']);
    const blankRow = writeCustomers('blank-row.csv', ['id,name', '1,Sergey Chemezov', '2,']);
    const person = ['match', '--schema', 'Person'];
    const cases: [string, string[], RegExp][] = [
      ['an empty name', [...person, '--name', ' '], /a name is required/],
      ['no name', [...person], /a name is required/],
      ['an unknown schema', ['match', '--schema', 'Human', '--name', 'X'], /schema "Human" cannot be matched/],
      ['a 100 KB name', [...person, '--name', 'A'.repeat(100_000)], /name of 100000 characters/],
      ['an invalid birth date', [...person, '--name', 'X', '--birth-date', '1952-13-01'], /birth date "1952-13-01"/],
      ['a bad country', [...person, '--name', 'X', '--country', 'XX1'], /country "XX1"/],
      ['an invalid --as-of', [...person, '--name', 'X', '--as-of', '04/01/2019'], /--as-of: must be a date/],
      ['a limit of 0', [...person, '--name', 'X', '--limit', '0'], /--limit: must be a whole number/],
      ['a threshold of "high"', ['screen', CUSTOMERS, '--threshold', 'high'], /--threshold: expected a number/],
      ['a threshold above 1', ['compare', '--jsonl', '--threshold', '2'], /--threshold: threshold must be a number from 0 to 1/],
      ['a CSV without a name column', ['screen', noName, '--out', join(dir, 'out-no-name.json')], /no-name.csv: line 1: no "name" column/],
      ['a CSV row without a name', ['screen', blankRow, '--out', join(dir, 'out-blank-row.csv')], /blank-row.csv: line 3 \(row 2\): column name is empty/],
      ['an --out of another format', ['screen', CUSTOMERS, '--out', join(dir, 'out-hits.xlsx')], /--out: .* must end in .csv or .json/],
    ];
    for (const [what, args, message] of cases) {
      it(what, () => {
        const run = args[0] === 'compare' ? compare('', ...args.slice(2)) : sanctions(...args);
        assert.equal(run.status, 2, run.stderr);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, message);
        assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
        assert.ok(run.stderr.length < 400, 'a short line, not the whole input');
      });
    }

    it('a dataset never loaded: exit 6, and the --out file begun is removed', () => {
      const run = sanctions('screen', CUSTOMERS, '--dataset', 'eu_fsf', '--out', join(dir, 'out-eu.json'));
      assert.equal(run.status, 6, run.stderr);
      assert.match(run.stderr, /no dataset eu_fsf has been loaded/);
    });

    it('leaves no --out file behind, not even a partial one', () => {
      for (const name of ['out-no-name.json', 'out-blank-row.csv', 'out-hits.xlsx', 'out-eu.json']) assert.equal(existsSync(join(dir, name)), false, name);
      assert.deepEqual(readdirSync(dir).filter((name) => name.includes('.partial')), []);
    });
  });
});

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../test/support/cli.js';
import { sharedData } from '../../../test/support/paths.js';
import { makeTempDir } from '../../../test/support/temp.js';

const dir = makeTempDir();
const db = join(dir, 'analyze.db');
const cli = (...args: string[]) => runCli(['--db', db, ...args]);
const PUTIN = sharedData('articles', '2018-02-putin-asked-for-help-on-sanctions.txt');

before(() => {
  const run = cli('load', 'ofac-csv', sharedData('ofac', '2021-06-29'), '--as-of', '2021-06-29');
  assert.equal(run.status, 0, run.stderr);
});

test('analyze --json: Torshin linked and not yet listed in February 2018; Kislyak by both spellings, never listed', () => {
  const run = cli('analyze', PUTIN, '--date', '2018-02-01', '--json');
  assert.equal(run.status, 0, run.stderr);
  const { mentions, events } = JSON.parse(run.stdout);
  const torshin = mentions.find((m: { name: string }) => m.name === 'Alexander Torshin');
  assert.deepEqual([torshin.entity_id, torshin.caption, torshin.status], ['ofac-24103', 'TORSHIN, Alexander Porfiryevich', 'not yet listed']);
  const kislyak = mentions.filter((m: { name: string }) => m.name === 'Sergey Kislyak');
  assert.deepEqual(kislyak.map((m: { text: string; entity_id: null; status: string }) => [m.text, m.entity_id, m.status]), [
    ['Sergey Kislyak', null, 'never listed'],
    ['Kisylak', null, 'never listed'],
    ['Kisylak', null, 'never listed'],
  ]);
  const butina = events.find((e: { kind: string; target: string | null }) => e.kind === 'lobbying' && e.target === 'Maria Butina');
  assert.equal(butina.target, 'Maria Butina');
  assert.match(butina.sentence, /^They had already approached him overtly .* asked Trump to lift sanctions during the Q&A portion/);
});

test('analyze: a missing file and a bad date are one-line errors with a failing status', () => {
  const missing = cli('analyze', join(dir, 'none.txt'), '--json');
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /none\.txt: cannot read the article \(ENOENT\)/);
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'Sergey Chemezov.');
  const badDate = cli('analyze', article, '--date', '1 June 2025');
  assert.notEqual(badDate.status, 0);
  assert.match(badDate.stderr, /date: must be a date YYYY-MM-DD, got "1 June 2025"/);
});

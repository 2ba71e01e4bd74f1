/**
 * Screening a customer file against the real OFAC SDN snapshots 2019-01-04 and 2021-04-25
 * (both store backends): listed names are found on their rows with the customer's id, clean
 * names are not, --as-of screens the older list and says who has since been delisted, and
 * re-screening since 2019-01-04 reports the 2021 designation as new and the 2019 delisting
 * as cleared. Bad input fails before anything is written.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { BACKENDS, openWithSnapshots } from '../../test/support/stores.js';
import { ofacSnapshot } from '../../test/support/ofac-files.js';
import { makeTempDir } from '../../test/support/temp.js';
import { prepareScreen, screenFile, type ScreenRequest } from './screen.js';
import { csvWriter, jsonWriter, type ScreenHit } from './screen-output.js';


function customerFile(text: string): string {
  const file = join(makeTempDir(), 'customers.csv');
  writeFileSync(file, text);
  return file;
}

// Rows 1, 2 and 4 are listed parties (Kiriyenko only from 2021, EN+ only until 2019); 3, 5 and 6 are not.
const CUSTOMERS = customerFile(
  [
    'customer_ref,Name,schema,birth_date,country,id',
    'a,Sergey Chemezov,Person,1952-08-20,ru,C-001',
    'b,"KIRIYENKO, Sergei Vladilenovich",Person,,,C-002',
    'c,Margarethe Lindqvist-Brenner,Person,1980-03-14,se,C-003',
    'd,EN+ Group PLC,Company,,,C-004',
    'e,Okonkwo Bakery Supplies Ltd,,,ng,',
    'f,Tamsin Featherstonehaugh,,,,C-006',
  ].join('\n'),
);

interface JsonOutput {
  rows: number;
  hits?: ScreenHit[];
  since?: string;
  new_hits?: ScreenHit[];
  cleared_hits?: ScreenHit[];
}

async function screenJson(store: Store, request: ScreenRequest): Promise<JsonOutput> {
  let text = '';
  await screenFile(store, await prepareScreen(request), jsonWriter((t) => (text += t)));
  return JSON.parse(text) as JsonOutput;
}

const rowsOf = (hits: readonly ScreenHit[]) => [...new Set(hits.map((h) => h.row))].sort();
const describeHits = (hits: readonly ScreenHit[]) => hits.map((h) => `row ${h.row}: ${h.entity_id} ${h.caption} ${h.score.toFixed(2)}`).join('; ');
const best = (hits: readonly ScreenHit[], row: number) => hits.filter((h) => h.row === row).sort((a, b) => b.score - a.score)[0];

for (const backend of BACKENDS) {
  describe(`screening a customer file (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await openWithSnapshots(backend, [ofacSnapshot('2019-01-04'), ofacSnapshot('2021-04-25')]);
    });
    after(async () => store.close());

    it('finds the listed customers on their rows with their ids, and not the clean ones', async () => {
      const output = await screenJson(store, { file: CUSTOMERS });
      assert.equal(output.rows, 6);
      assert.deepEqual(rowsOf(output.hits!), [1, 2], describeHits(output.hits!));
      assert.deepEqual([best(output.hits!, 1)!.entity_id, best(output.hits!, 1)!.id], ['ofac-16685', 'C-001']);
      assert.deepEqual([best(output.hits!, 2)!.entity_id, best(output.hits!, 2)!.id], ['ofac-31123', 'C-002']);
      for (const hit of output.hits!) {
        assert.ok(hit.score >= 0.7 && hit.explanation.length > 0 && hit.listed_now);
        assert.deepEqual(hit.datasets, ['us_ofac_sdn']);
      }
    });

    it('as of 2019-01-04, finds EN+ GROUP PLC and says it has since been delisted', async () => {
      const output = await screenJson(store, { file: CUSTOMERS, asOf: '2019-01-04' });
      assert.deepEqual(rowsOf(output.hits!), [1, 4], describeHits(output.hits!));
      const enPlus = best(output.hits!, 4)!;
      assert.deepEqual([enPlus.entity_id, enPlus.caption, enPlus.id], ['ofac-24226', 'EN+ GROUP PLC', 'C-004']);
      assert.deepEqual([enPlus.listed_now, enPlus.delisted_on], [false, '2021-04-25']);
      assert.equal(best(output.hits!, 1)!.listed_now, true);
    });

    it('re-screening since 2019-01-04 reports the 2021 designation as new and the delisting as cleared', async () => {
      const output = await screenJson(store, { file: CUSTOMERS, sinceSnapshot: '2019-01-04' });
      assert.equal(output.since, '2019-01-04');
      assert.deepEqual(output.new_hits!.map((h) => [h.row, h.id, h.entity_id, h.change]), [[2, 'C-002', 'ofac-31123', 'added']]);
      const cleared = output.cleared_hits!.filter((h) => h.entity_id === 'ofac-24226');
      assert.deepEqual(cleared.map((h) => [h.row, h.change, h.listed_now, h.delisted_on]), [[4, 'removed', false, '2021-04-25']]);
      assert.ok(output.cleared_hits!.every((h) => h.row !== 1), 'Chemezov is a hit then and now');
    });

    it('scores a re-screening hit as a full screening of the latest lists does', async () => {
      const [rescreened, full] = [await screenJson(store, { file: CUSTOMERS, sinceSnapshot: '2019-01-04' }), await screenJson(store, { file: CUSTOMERS })];
      const kiriyenko = (hits: readonly ScreenHit[]) => hits.find((h) => h.row === 2 && h.entity_id === 'ofac-31123')!;
      assert.equal(kiriyenko(rescreened.new_hits!).score, kiriyenko(full.hits!).score);
      assert.deepEqual(kiriyenko(rescreened.new_hits!).explanation, kiriyenko(full.hits!).explanation);
    });

    it('writes the same hits as CSV, explanation as JSON', async () => {
      let text = '';
      await screenFile(store, await prepareScreen({ file: CUSTOMERS }), csvWriter((t) => (text += t), { hasLists: false }));
      const records = parse(text, { columns: true }) as Record<string, string>[];
      assert.deepEqual(Object.keys(records[0]!), ['row', 'id', 'entity_id', 'caption', 'schema', 'score', 'datasets', 'listed_now', 'delisted_on', 'change', 'explanation']);
      const json = await screenJson(store, { file: CUSTOMERS });
      assert.deepEqual(records.map((r) => [Number(r.row), r.entity_id, Number(r.score)]), json.hits!.map((h) => [h.row, h.entity_id, h.score]));
      assert.deepEqual(JSON.parse(records[0]!.explanation!), json.hits![0]!.explanation);
    });
  });
}

describe('bad customer files and options fail before screening', () => {
  const cases: [string, ScreenRequest, RegExp][] = [
    ['no name column', { file: customerFile('customer,id\nSergey Chemezov,1\n') }, /line 1: no "name" column/],
    ['a row without a name', { file: customerFile('name,id\nSergey Chemezov,1\n ,2\n') }, /line 3 \(row 2\): column name is empty/],
    ['an unknown schema', { file: customerFile('name,schema\nSergey Chemezov,Human\n') }, /line 2 \(row 1\): schema "Human"/],
    ['a bad birth date', { file: customerFile('name,birth_date\nSergey Chemezov,20.08.1952\n') }, /line 2 \(row 1\): birth date "20.08.1952"/],
    ['a bad country', { file: customerFile('name,country\nSergey Chemezov,Atlantis\n') }, /line 2 \(row 1\): country "Atlantis"/],
    ['a 100 KB name', { file: customerFile(`name\n${'A'.repeat(100_000)}\n`) }, /line 2 \(row 1\): name of 100000 characters/],
    ['broken CSV', { file: customerFile('name,id\n"Sergey Chemezov,1\n') }, /not valid CSV/],
    ['an empty file', { file: customerFile('') }, /the file is empty/],
    ['a missing file', { file: '/nonexistent/customers.csv' }, /cannot read the customer file \(ENOENT\)/],
    ['a bad threshold', { file: CUSTOMERS, threshold: 1.5 }, /--threshold: threshold must be a number from 0 to 1/],
    ['a bad --as-of', { file: CUSTOMERS, asOf: '2019-02-30' }, /--as-of: must be a date/],
    ['--as-of with --since-snapshot', { file: CUSTOMERS, asOf: '2019-01-04', sinceSnapshot: '2019-01-04' }, /cannot be combined/],
  ];
  for (const [what, request, message] of cases) {
    it(`refuses ${what}`, async () => {
      await assert.rejects(prepareScreen(request), (error: unknown) => {
        assert.ok(error instanceof InvalidInputError, String(error));
        assert.match(error.message, message);
        assert.ok(error.message.length < 300, 'one short line');
        return true;
      });
    });
  }
});

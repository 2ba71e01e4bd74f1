/**
 * Loading real OFAC snapshots: events match the files, safety rules hold, and every refused
 * or failed load leaves the store exactly as it was. Runs on both store backends.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConflictError, RefusedError, SourceFormatError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { BACKENDS } from '../../test/support/stores.js';
import { sharedData } from '../../test/support/paths.js';
import { makeTempDir } from '../../test/support/temp.js';
import { dumpStore } from '../../test/support/store-dump.js';
import { difference, sdnEntNums, ofacSnapshot } from '../../test/support/ofac-files.js';
import { loadSnapshot } from './ingest.js';

const idsOf = (events: { entityId: string }[]) => new Set(events.map((e) => e.entityId));
const ofacIds = (entNums: Set<string>) => new Set([...entNums].map((n) => `ofac-${n}`));

/** A copy of an SDN folder with rows in reverse order and names padded with extra spaces. */
function reorderedCopy(date: string): string {
  const dir = join(makeTempDir(), date);
  mkdirSync(dir);
  for (const file of ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv']) {
    const text = readFileSync(sharedData('ofac', date, file), 'utf8').replace(/\u001a/g, '');
    const lines = text.split('\n').filter((l) => l.trim() !== '').reverse();
    // Only sdn.csv names are padded: sdn_comments.csv continues a remark mid-word.
    const padded = file !== 'sdn.csv' ? lines : lines.map((line) => line.replace(/^(\d+),"([^"]*)"/, (_m, n: string, name: string) => `${n},"  ${name.replace(/ /g, '  ')} "`));
    writeFileSync(join(dir, file), `${padded.join('\n')}\n`);
  }
  return dir;
}

/** A copy of an SDN folder whose sdn.csv keeps only its first `rows` rows (a truncated download). */
function truncatedCopy(date: string, rows: number): string {
  const dir = join(makeTempDir(), date);
  mkdirSync(dir);
  const lines = readFileSync(sharedData('ofac', date, 'sdn.csv'), 'utf8').split('\n');
  writeFileSync(join(dir, 'sdn.csv'), `${lines.slice(0, rows).join('\n')}\n`);
  return dir;
}

for (const backend of BACKENDS) {
  describe(`loading OFAC snapshots (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
      await loadSnapshot(store, ofacSnapshot('2019-01-04'));
    });
    after(async () => store.close());

    it('records the first snapshot without inventing designations', async () => {
      const [dataset] = await store.listDatasets();
      assert.equal(dataset!.name, 'us_ofac_sdn');
      assert.equal(dataset!.snapshots[0]!.targetCount, 7379);
      assert.deepEqual(await store.listEvents({ dataset: 'us_ofac_sdn' }), []);
    });

    it('reports exactly the ent_nums that disappear as delisted and those that appear as designated', async () => {
      const result = await loadSnapshot(store, ofacSnapshot('2021-06-29'));
      assert.equal(result.status, 'loaded');
      const events = await store.listEvents({ dataset: 'us_ofac_sdn', from: '2021-06-29', to: '2021-06-29' });
      const [older, newer] = [sdnEntNums('2019-01-04'), sdnEntNums('2021-06-29')];
      assert.deepEqual(idsOf(events.filter((e) => e.type === 'delisted')), ofacIds(difference(older, newer)));
      assert.deepEqual(idsOf(events.filter((e) => e.type === 'designated')), ofacIds(difference(newer, older)));
      const delisted = new Map(events.filter((e) => e.type === 'delisted').map((e) => [e.entityId, e.caption]));
      assert.equal(delisted.get('ofac-24226'), 'EN+ GROUP PLC');
      assert.equal(delisted.get('ofac-24228'), 'UNITED COMPANY RUSAL PLC');
      assert.equal(delisted.get('ofac-24227'), 'JSC EUROSIBENERGO');
      assert.equal(delisted.has('ofac-24283'), false, 'DERIPASKA stays listed');
      for (const event of events.filter((e) => e.type === 'amended')) assert.ok(event.changed.length > 0);
    });

    it('loading the same file twice changes nothing', async () => {
      const before = await dumpStore(store);
      const result = await loadSnapshot(store, ofacSnapshot('2021-06-29'));
      assert.equal(result.status, 'unchanged');
      assert.deepEqual(await dumpStore(store), before);
    });

    it('reports no amendment when only row order and whitespace differ', async () => {
      const result = await loadSnapshot(store, { ...ofacSnapshot('2021-06-29'), path: reorderedCopy('2021-06-29'), asOf: '2021-07-01' });
      assert.equal(result.status, 'loaded');
      assert.deepEqual(result.events, { designated: 0, delisted: 0, relisted: 0, amended: 0 });
      assert.equal(result.statementsWritten, 0);
    });

    it('refuses a different file for a date already recorded, changing nothing', async () => {
      const before = await dumpStore(store);
      // The first 1000 rows of another real download: a different file, parsed in a moment.
      const other = { format: 'ofac-csv', path: truncatedCopy('2021-04-25', 1000), asOf: '2021-06-29' };
      await assert.rejects(loadSnapshot(store, other), ConflictError);
      assert.deepEqual(await dumpStore(store), before);
    });

    it('refuses a truncated list that would delist most of the dataset, unless forced', async () => {
      const before = await dumpStore(store);
      const truncated = { format: 'ofac-csv', path: truncatedCopy('2021-06-29', 1000), asOf: '2021-08-01' };
      await assert.rejects(loadSnapshot(store, truncated), (error: unknown) => {
        assert.ok(error instanceof RefusedError);
        assert.match(error.message, /would delist \d+ of 8976 targets/);
        return true;
      });
      assert.deepEqual(await dumpStore(store), before);
      const forced = await loadSnapshot(store, { ...truncated, force: true });
      assert.equal(forced.targetCount, 1000);
      assert.equal(forced.events.delisted, 7976);
    });

    it('leaves the store unchanged when the file is broken', async () => {
      const before = await dumpStore(store);
      const dir = join(makeTempDir(), 'broken');
      mkdirSync(dir);
      const text = readFileSync(sharedData('ofac', '2022-02-17', 'sdn.csv'));
      writeFileSync(join(dir, 'sdn.csv'), text.subarray(0, Math.floor(text.length / 2)));
      await assert.rejects(loadSnapshot(store, { format: 'ofac-csv', path: dir, asOf: '2022-02-17' }), SourceFormatError);
      copyFileSync(sharedData('ofac', '2022-02-17', 'sdn.csv'), join(dir, 'sdn.csv'));
      writeFileSync(join(dir, 'sdn.csv'), Buffer.concat([readFileSync(join(dir, 'sdn.csv')).subarray(0, 5000), Buffer.from([0xe9, 0x0a])]));
      await assert.rejects(loadSnapshot(store, { format: 'ofac-csv', path: dir, asOf: '2022-02-17' }), SourceFormatError);
      assert.deepEqual(await dumpStore(store), before);
    });
  });

  describe(`snapshots loaded out of order (${backend.name})`, () => {
    let inOrder: Store;
    let outOfOrder: Store;
    before(async () => {
      [inOrder, outOfOrder] = [await backend.open(), await backend.open()];
    });
    after(async () => {
      await inOrder.close();
      await outOfOrder.close();
    });

    it('yields the same history as loading in date order', async () => {
      for (const date of ['2019-01-04', '2021-04-25', '2021-06-29']) await loadSnapshot(inOrder, ofacSnapshot(date));
      for (const date of ['2021-06-29', '2019-01-04', '2021-04-25']) await loadSnapshot(outOfOrder, ofacSnapshot(date));
      const strip = (events: Awaited<ReturnType<Store['listEvents']>>) => events.map((e) => JSON.stringify(e)).sort();
      const expected = strip(await inOrder.listEvents({}));
      assert.ok(expected.length > 2000);
      assert.deepEqual(strip(await outOfOrder.listEvents({})), expected);
      // Every statement with its spans: what each date saw, read once per store.
      const statements = async (store: Store) => (await store.statementsOfDataset('us_ofac_sdn')).map((s) => JSON.stringify(s)).sort();
      assert.deepEqual(await statements(outOfOrder), await statements(inOrder));
    });
  });
}

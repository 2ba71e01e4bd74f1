/**
 * Every OFAC SDN snapshot in ../shared/data that has an sdn.csv, loaded in date order: the
 * designations and delistings of each step are exactly those of
 * ../shared/data/derived/ofac_sdn_changes_between_snapshots.csv. Folders without sdn.csv are
 * refused with a clear message. Runs on both store backends.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { SourceFormatError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { BACKENDS } from '../../test/support/stores.js';
import { sharedData } from '../../test/support/paths.js';
import { derivedOfacChanges } from '../../test/support/ofac-files.js';
import { loadSnapshot } from './ingest.js';
import { entityAsOf } from './entities.js';

const allFolders = readdirSync(sharedData('ofac')).sort();
const sdnFolders = allFolders.filter((date) => existsSync(sharedData('ofac', date, 'sdn.csv')));

for (const backend of BACKENDS) {
  describe(`OFAC SDN history across all snapshots (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
      for (const date of sdnFolders) await loadSnapshot(store, { format: 'ofac-csv', path: sharedData('ofac', date), asOf: date });
    });
    after(async () => store.close());

    it('loads the 18 snapshots that have sdn.csv', async () => {
      assert.equal(sdnFolders.length, 18);
      const snapshots = await store.listSnapshots('us_ofac_sdn');
      assert.deepEqual(snapshots.map((s) => s.asOf), sdnFolders);
      assert.equal(snapshots.at(-1)!.targetCount, 15443);
    });

    it('reports per step exactly the designations and delistings of the derived change log', async () => {
      const expected = derivedOfacChanges();
      for (let i = 1; i < sdnFolders.length; i++) {
        const [from, to] = [sdnFolders[i - 1]!, sdnFolders[i]!];
        const events = await store.listEvents({ dataset: 'us_ofac_sdn' });
        const step = events.filter((e) => e.snapshotDate === to);
        const ids = (types: string[]) => step.filter((e) => types.includes(e.type)).map((e) => e.entityId).sort();
        const want = (event: string) =>
          expected.filter((c) => c.from === from && c.to === to && c.event === event).map((c) => `ofac-${c.entNum}`).sort();
        // The change log calls every appearance a designation; an ent_num seen before is our relisting.
        assert.deepEqual(ids(['designated', 'relisted']), want('designated'), `designations ${from} -> ${to}`);
        assert.deepEqual(ids(['delisted']), want('delisted'), `delistings ${from} -> ${to}`);
      }
    });

    it('keeps aliases and addresses through folders that have only sdn.csv', async () => {
      // 2021-06-29 has alt.csv and add.csv, 2022-02-17 .. 2023-09-14 only sdn.csv.
      const asOf = async (date: string) => (await entityAsOf(store, 'ofac-16685', date)).properties;
      const before = await asOf('2021-06-29');
      assert.ok(before.alias!.length > 0);
      for (const date of ['2022-02-17', '2023-09-14']) {
        const later = await asOf(date);
        assert.deepEqual(later.alias, before.alias, `aliases as of ${date}`);
        assert.deepEqual(later.address, before.address, `addresses as of ${date}`);
      }
      // The README counts 73 records with changed sdn.csv fields in this step; aliases and
      // addresses that merely went unstated must not add thousands of amendments.
      const amended = await store.listEvents({ dataset: 'us_ofac_sdn', from: '2022-02-17', to: '2022-02-17', types: ['amended'] });
      assert.ok(amended.length < 150, `amendments 2021-06-29 -> 2022-02-17: ${amended.length}`);
      assert.ok(!amended.some((e) => e.changed.length === 1 && e.changed[0] === 'alias'), 'no alias-only amendments');
    });

    it('refuses the folders that have no sdn.csv, naming the missing file', async () => {
      const withoutSdn = allFolders.filter((date) => !sdnFolders.includes(date));
      assert.deepEqual(withoutSdn, ['2025-01-03', '2025-01-06', '2025-12-24']);
      for (const date of withoutSdn) {
        await assert.rejects(loadSnapshot(store, { format: 'ofac-csv', path: sharedData('ofac', date), asOf: date }), (error: unknown) => {
          assert.ok(error instanceof SourceFormatError);
          assert.match(error.message, /sdn\.csv/);
          assert.ok(error.message.includes(date));
          return true;
        });
      }
    });
  });
}

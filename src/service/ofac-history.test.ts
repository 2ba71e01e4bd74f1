/**
 * Every OFAC SDN snapshot in ../shared/data that has an sdn.csv, loaded in date order: the
 * designations and delistings of each step are exactly those of
 * ../shared/data/derived/ofac_sdn_changes_between_snapshots.csv. Folders without sdn.csv are
 * refused with a clear message.
 *
 * SQLite loads all 18 snapshots. PostgreSQL loads the first five, which already hold every
 * kind of step the store records (full folders with aliases and addresses, a folder without
 * comments, folders with only sdn.csv, designations and delistings): the same store contract
 * on the other backend, at a fifth of the cost.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { SourceFormatError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { BACKENDS, type BackendUnderTest } from '../../test/support/stores.js';
import { sharedData } from '../../test/support/paths.js';
import { derivedOfacChanges, ofacSnapshot } from '../../test/support/ofac-files.js';
import { loadSnapshot } from './ingest.js';
import { entityAsOf } from './entities.js';

const allFolders = readdirSync(sharedData('ofac')).sort();
const sdnFolders = allFolders.filter((date) => existsSync(sharedData('ofac', date, 'sdn.csv')));

interface HistoryRun {
  readonly title: string;
  /** Consecutive folders of sdnFolders, from the first. */
  readonly folders: readonly string[];
  /** Records of the last folder's sdn.csv (../shared/data/README.md). */
  readonly lastTargetCount: number;
  /** Folders with only sdn.csv after 2021-06-29, whose aliases and addresses are carried over. */
  readonly sdnOnlyFolders: readonly string[];
}

function historyRun(backend: BackendUnderTest): HistoryRun {
  if (backend.name === 'sqlite') {
    return { title: 'all snapshots', folders: sdnFolders, lastTargetCount: 15443, sdnOnlyFolders: ['2022-02-17', '2023-09-14'] };
  }
  return { title: 'the first five snapshots', folders: sdnFolders.slice(0, 5), lastTargetCount: 9214, sdnOnlyFolders: ['2022-02-17', '2022-02-25'] };
}

it('the OFAC folders: 18 with sdn.csv, three of 2025 without', () => {
  assert.equal(sdnFolders.length, 18);
  assert.deepEqual(
    allFolders.filter((date) => !sdnFolders.includes(date)),
    ['2025-01-03', '2025-01-06', '2025-12-24'],
  );
});

for (const backend of BACKENDS) {
  const run = historyRun(backend);
  describe(`OFAC SDN history across ${run.title} (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
      for (const date of run.folders) await loadSnapshot(store, ofacSnapshot(date));
    });
    after(async () => store.close());

    it(`loads the ${run.folders.length} snapshots in date order`, async () => {
      const snapshots = await store.listSnapshots('us_ofac_sdn');
      assert.deepEqual(snapshots.map((s) => s.asOf), run.folders);
      assert.equal(snapshots.at(-1)!.targetCount, run.lastTargetCount);
    });

    it('reports per step exactly the designations and delistings of the derived change log', async () => {
      const expected = derivedOfacChanges();
      const events = await store.listEvents({ dataset: 'us_ofac_sdn' });
      for (let i = 1; i < run.folders.length; i++) {
        const [from, to] = [run.folders[i - 1]!, run.folders[i]!];
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
      for (const date of run.sdnOnlyFolders) {
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
      for (const date of allFolders.filter((folder) => !sdnFolders.includes(folder))) {
        await assert.rejects(loadSnapshot(store, ofacSnapshot(date)), (error: unknown) => {
          assert.ok(error instanceof SourceFormatError);
          assert.match(error.message, /sdn\.csv/);
          assert.ok(error.message.includes(date));
          return true;
        });
      }
    });
  });
}

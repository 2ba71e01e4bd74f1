/**
 * The screening corpus read back from the store: the targets of the snapshot in force (latest
 * or as-of) match the ent_nums of the real OFAC files, delisted parties say when they left,
 * one id in several datasets is one target, and re-screening reduces both sides to exactly
 * the entities that changed. Runs on both store backends with SDN 2019-01-04 and 2021-04-25.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { BACKENDS, openWithSnapshots } from '../../test/support/stores.js';
import { difference, sdnEntNums, ofacSnapshot } from '../../test/support/ofac-files.js';
import { addTargets, loadScreeningCorpus, type ScreeningTarget } from './screening-corpus.js';
import { loadChangedTargets } from './screening-changes.js';

const ofacIds = (entNums: Set<string>) => new Set([...entNums].map((n) => `ofac-${n}`));

for (const backend of BACKENDS) {
  describe(`screening corpus (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await openWithSnapshots(backend, [ofacSnapshot('2019-01-04'), ofacSnapshot('2021-04-25')]);
    });
    after(async () => store.close());

    it('reads every listed party of the latest snapshot, and only those', async () => {
      const corpus = await loadScreeningCorpus(store);
      assert.deepEqual(corpus.snapshots, [{ dataset: 'us_ofac_sdn', asOf: '2021-04-25' }]);
      assert.deepEqual(new Set(corpus.targets.keys()), ofacIds(sdnEntNums('2021-04-25')));
      const kiriyenko = corpus.targets.get('ofac-31123')!;
      assert.equal(kiriyenko.entity.schema, 'Person');
      assert.ok(kiriyenko.entity.names.some((n) => /KIRIYENKO/i.test(n)));
      assert.deepEqual(kiriyenko.entity.datasets, ['us_ofac_sdn']);
      assert.equal(kiriyenko.listedNow, true);
    });

    it('as of a date, reads the snapshot then in force and says who has since been delisted', async () => {
      const corpus = await loadScreeningCorpus(store, { asOf: '2020-06-30' });
      assert.deepEqual(corpus.snapshots, [{ dataset: 'us_ofac_sdn', asOf: '2019-01-04' }]);
      assert.deepEqual(new Set(corpus.targets.keys()), ofacIds(sdnEntNums('2019-01-04')));
      const enPlus = corpus.targets.get('ofac-24226')!;
      assert.equal(enPlus.entity.caption, 'EN+ GROUP PLC');
      assert.deepEqual({ listedNow: enPlus.listedNow, delistedOn: enPlus.delistedOn }, { listedNow: false, delistedOn: '2021-04-25' });
      const chemezov = corpus.targets.get('ofac-16685')!;
      assert.deepEqual({ listedNow: chemezov.listedNow, delistedOn: chemezov.delistedOn }, { listedNow: true, delistedOn: undefined });
      const delisted = [...corpus.targets.values()].filter((t) => !t.listedNow).map((t) => t.entity.id);
      assert.deepEqual(new Set(delisted), ofacIds(difference(sdnEntNums('2019-01-04'), sdnEntNums('2021-04-25'))));
    });

    it('refuses a date before any snapshot and a dataset never loaded', async () => {
      await assert.rejects(loadScreeningCorpus(store, { asOf: '2018-12-31' }), NotFoundError);
      await assert.rejects(loadScreeningCorpus(store, { datasets: ['eu_fsf'] }), /no dataset eu_fsf has been loaded/);
    });

    it('re-screening compares exactly the entities added, removed or changed since the snapshot', async () => {
      const changed = await loadChangedTargets(store, { since: '2019-01-04' });
      assert.deepEqual(changed.snapshots, [{ dataset: 'us_ofac_sdn', from: '2019-01-04', to: '2021-04-25' }]);
      const [older, newer] = [sdnEntNums('2019-01-04'), sdnEntNums('2021-04-25')];
      const added = [...changed.after.keys()].filter((id) => !changed.before.has(id));
      const removed = [...changed.before.keys()].filter((id) => !changed.after.has(id));
      assert.deepEqual(new Set(added), ofacIds(difference(newer, older)));
      assert.deepEqual(new Set(removed), ofacIds(difference(older, newer)));
      assert.equal(changed.before.get('ofac-24226')!.listedNow, false);
      assert.equal(changed.after.get('ofac-31123')!.listedNow, true);
      // ISIL SINAI PROVINCE was renamed ISIS-SINAI PROVINCE: changed, on both sides.
      assert.ok(changed.before.get('ofac-16763')!.entity.names.includes('ISIL SINAI PROVINCE'));
      assert.ok(changed.after.get('ofac-16763')!.entity.names.includes('ISIS-SINAI PROVINCE'));
      // Far fewer than the whole list: unchanged parties are not compared again.
      assert.ok(changed.after.size < newer.size / 2, `${changed.after.size} changed of ${newer.size}`);
    });

    it('since the latest snapshot, nothing changed', async () => {
      const changed = await loadChangedTargets(store, { since: '2021-05-01' });
      assert.equal(changed.changedIds.size, 0);
      assert.equal(changed.after.size, 0);
    });
  });
}

describe('merging targets across datasets', () => {
  const chemezov = (dataset: string, names: string[], listedNow: boolean, delistedOn?: string): ScreeningTarget => ({
    entity: { id: 'ofac-16685', schema: 'Person', caption: 'Sergei CHEMEZOV', names, birthDates: ['1952-08-20'], countries: ['ru'], identifiers: [], datasets: [dataset] },
    listedNow,
    delistedOn,
  });

  it('one id in two datasets is one target with every name and dataset, listed if listed in either', () => {
    const targets = new Map<string, ScreeningTarget>();
    addTargets(targets, [chemezov('us_ofac_sdn', ['Sergei CHEMEZOV'], false, '2021-04-25'), chemezov('gb_hmt_sanctions', ['Sergey CHEMEZOV', 'Sergei CHEMEZOV'], true)]);
    assert.equal(targets.size, 1);
    const merged = targets.get('ofac-16685')!;
    assert.deepEqual(merged.entity.names, ['Sergei CHEMEZOV', 'Sergey CHEMEZOV']);
    assert.deepEqual(merged.entity.datasets, ['gb_hmt_sanctions', 'us_ofac_sdn']);
    assert.deepEqual(merged.entity.birthDates, ['1952-08-20']);
    assert.equal(merged.listedNow, true);
    assert.equal(merged.delistedOn, undefined);
  });

  it('delisted from every dataset: the date it left the last one', () => {
    const targets = new Map<string, ScreeningTarget>();
    addTargets(targets, [chemezov('a', ['X'], false, '2020-01-01'), chemezov('b', ['X'], false, '2022-03-04')]);
    assert.deepEqual([targets.get('ofac-16685')!.listedNow, targets.get('ofac-16685')!.delistedOn], [false, '2022-03-04']);
  });
});

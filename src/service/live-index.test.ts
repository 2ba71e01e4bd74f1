import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadSnapshot } from './ingest.js';
import { LiveScreeningIndex } from './live-index.js';
import { ofacSnapshot } from '../../test/support/ofac-files.js';
import { BACKENDS } from '../../test/support/stores.js';
import type { Store } from '../store/store.js';

const EN_PLUS = 'ofac-24226';

for (const backend of BACKENDS) {
  describe(`live screening index (${backend.name})`, () => {
    const stores: Store[] = [];
    after(async () => Promise.all(stores.map((s) => s.close())));

    it('is not ready before anything is loaded, and builds once a snapshot is recorded', async () => {
      const store = await backend.open();
      stores.push(store);
      const live = new LiveScreeningIndex(store);
      assert.equal(await live.refresh(), false);
      assert.equal(live.isReady, false);
      assert.throws(() => live.current(), { code: 'unavailable' });
      await loadSnapshot(store, ofacSnapshot('2019-01-04'));
      assert.equal(await live.refresh(), true);
      assert.deepEqual(live.current().snapshots, [{ dataset: 'us_ofac_sdn', asOf: '2019-01-04' }]);
      assert.equal(await live.refresh(), false, 'nothing new recorded, nothing rebuilt');
    });

    it('swaps in a new index when another snapshot is recorded, while the old one keeps answering', async () => {
      const store = await backend.open();
      stores.push(store);
      await loadSnapshot(store, ofacSnapshot('2019-01-04'));
      const live = new LiveScreeningIndex(store);
      await live.refresh();
      const before = live.current();
      assert.ok(before.targets.has(EN_PLUS), 'EN+ Group listed on 2019-01-04');
      await loadSnapshot(store, ofacSnapshot('2021-06-29'));
      const rebuilding = live.refresh();
      // During the rebuild the index in use is still the complete old one.
      assert.equal(live.current(), before);
      assert.equal(await rebuilding, true);
      const after = live.current();
      assert.notEqual(after, before);
      assert.equal(after.targets.has(EN_PLUS), false, 'EN+ Group delisted 2019-01-27');
      assert.ok(before.targets.has(EN_PLUS), 'a request holding the old index still sees what it saw');
    });
  });
}

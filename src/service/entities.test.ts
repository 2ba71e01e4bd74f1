import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/store.js';
import { ofacSnapshot } from '../../test/support/ofac-files.js';
import { BACKENDS, openWithSnapshots } from '../../test/support/stores.js';
import { entityAsOf } from './entities.js';

describe('entity last_change', () => {
  let store: Store;
  before(async () => {
    store = await openWithSnapshots(BACKENDS[0]!, [ofacSnapshot('2019-01-04'), ofacSnapshot('2021-06-29')]);
  });
  after(() => store.close());

  it('moves when a value is only removed: AL ZAWAHIRI lost a programme on 2021-06-29', async () => {
    // ofac-2676's only event is that amendment (program values removed, none added).
    assert.equal((await entityAsOf(store, 'ofac-2676')).last_change, '2021-06-29');
    assert.equal((await entityAsOf(store, 'ofac-2676', '2019-06-01')).last_change, '2019-01-04');
  });

  it('stays at the first snapshot for an entity unchanged since: CHEMEZOV', async () => {
    assert.equal((await entityAsOf(store, 'ofac-16685')).last_change, '2019-01-04');
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';
import { sharedData } from '../../../test/support/paths.js';
import { loadSnapshot } from '../../service/ingest.js';

describe('GET /catalog', () => {
  // OFAC SDN 2019-01-04 + 2021-06-29 and UN 2026-02-27.
  let api: ApiUnderTest;
  before(async () => {
    api = await apiOverSnapshots();
  });
  after(() => api.close());

  it('lists each loaded dataset and the default collection, all served by the index in use', async () => {
    const catalog = await api.json('/catalog');
    assert.deepEqual(catalog.datasets, [
      {
        name: 'un_sc_sanctions',
        title: 'UN Security Council Consolidated Sanctions List',
        type: 'source',
        last_change: '2026-02-27',
        entity_count: 3194,
        target_count: 1003,
        snapshots: ['2026-02-27'],
      },
      {
        name: 'us_ofac_sdn',
        title: 'US OFAC Specially Designated Nationals (SDN) List',
        type: 'source',
        last_change: '2021-06-29',
        entity_count: 40910,
        target_count: 8976,
        snapshots: ['2019-01-04', '2021-06-29'],
      },
      {
        name: 'default',
        title: 'All loaded sanctions lists',
        type: 'collection',
        last_change: '2026-02-27',
        entity_count: 44104,
        target_count: 9979,
        snapshots: ['2019-01-04', '2021-06-29', '2026-02-27'],
        children: ['un_sc_sanctions', 'us_ofac_sdn'],
      },
    ]);
    assert.deepEqual([catalog.current, catalog.outdated, catalog.index_stale], [['un_sc_sanctions', 'us_ofac_sdn', 'default'], [], false]);
  });

  it('declares /catalog, /search and /entities in the OpenAPI document', () => {
    const document = api.app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Sanctions Radar', version: 'test' } });
    for (const path of ['/catalog', '/search/{dataset}', '/entities/{id}', '/entities/{id}/history']) assert.ok(document.paths?.[path]?.get, path);
  });

  it('reports a dataset loaded after the index was built as outdated, and the index as stale', async () => {
    await loadSnapshot(api.store, { format: 'uk-csv', path: sharedData('uk', '2020-04-27', 'ConList.csv'), asOf: '2020-04-27' });
    const stale = await api.json('/catalog');
    assert.deepEqual([stale.current, stale.outdated, stale.index_stale], [['un_sc_sanctions', 'us_ofac_sdn'], ['gb_hmt_sanctions', 'default'], true]);
    assert.deepEqual(stale.datasets.at(-1).children, ['gb_hmt_sanctions', 'un_sc_sanctions', 'us_ofac_sdn']);
  });
});

/**
 * FollowTheMoney delta files applied to a dataset's previous snapshot: the real yente
 * fixtures (t1 entities, then the four t2 deltas of the `sanctions` collection) give the
 * designations, amendment and delisting the operations describe. Both store backends.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidInputError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { BACKENDS } from '../../test/support/stores.js';
import { sharedData } from '../../test/support/paths.js';
import { loadSnapshot } from './ingest.js';
import { entityAsOf } from './entities.js';

const yente = (...parts: string[]) => sharedData('opensanctions', 'yente', ...parts);
// The delta versions are hours apart (2024-05-27T19:47 ... 2024-05-28T13:47); snapshots are
// daily, so each version is recorded on its own day in version order.
const DELTAS: [string, string][] = [
  ['20240527194702-wnk', '2024-05-28'],
  ['20240528014702-pfh', '2024-05-29'],
  ['20240528074703-npf', '2024-05-30'],
  ['20240528134729-3iv', '2024-05-31'],
];

for (const backend of BACKENDS) {
  describe(`FtM deltas (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(async () => store.close());

    it('refuses a delta with no earlier snapshot to apply it to', async () => {
      const [version, date] = DELTAS[0]!;
      await assert.rejects(
        loadSnapshot(store, { format: 'ftm', path: yente('t2', version, 'entities.delta.json'), asOf: date, dataset: 'sanctions' }),
        (error: unknown) => error instanceof InvalidInputError && /load the full list first/.test(error.message),
      );
      assert.deepEqual(await store.listDatasets(), []);
    });

    it('applies each delta to the previous snapshot', async () => {
      await loadSnapshot(store, { format: 'ftm', path: yente('t1', 'entities.ftm.json'), asOf: '2024-05-27', dataset: 'sanctions' });
      for (const [version, date] of DELTAS) {
        await loadSnapshot(store, { format: 'ftm', path: yente('t2', version, 'entities.delta.json'), asOf: date, dataset: 'sanctions' });
      }
      const events = (await store.listEvents({ dataset: 'sanctions' })).map((e) => `${e.snapshotDate} ${e.type} ${e.entityId}${e.changed.length ? ` ${e.changed.join(',')}` : ''}`);
      assert.deepEqual(events, [
        '2024-05-28 designated NK-2T3S8Hu29ktYnKSTgQp2wL',
        '2024-05-28 designated NK-2sJaJRaPJcWUfMbHjTtWcL',
        // The MOD carries the whole new entity: a renamed fixture without its other values.
        '2024-05-29 amended NK-2T3S8Hu29ktYnKSTgQp2wL addressEntity,alias,country,createdAt,description,modifiedAt,name,notes,sourceUrl,topics,weakAlias',
        '2024-05-29 designated NK-500Poltergeist',
        '2024-05-30 delisted NK-500Poltergeist',
        '2024-05-31 designated Q4365364',
      ]);
      const snapshots = await store.listSnapshots('sanctions');
      assert.deepEqual(snapshots.map((s) => s.targetCount), [6, 8, 9, 8, 9]);
      const renamed = await entityAsOf(store, 'NK-2T3S8Hu29ktYnKSTgQp2wL');
      assert.ok(renamed.properties.name!.includes('Foobar Foobargroup'));
      const before = await entityAsOf(store, 'NK-2T3S8Hu29ktYnKSTgQp2wL', '2024-05-28');
      assert.ok(!before.properties.name!.includes('Foobar Foobargroup'));
    });
  });
}

/**
 * The mass-delisting guard on a dataset without sanction targets: FARA registrations. A
 * truncated file would end most representations at once, so it is refused like a truncated
 * sanctions list, and the store is left as it was.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Store } from '../store/store.js';
import { sharedData } from '../../test/support/paths.js';
import { tempCopies } from '../../test/support/source-testing.js';
import { BACKENDS, openWithSnapshots } from '../../test/support/stores.js';
import { loadSnapshot } from './ingest.js';

const FARA = sharedData('fara', '2019-06-25');

/** The FARA folder with only the first tenth of each file's lines. */
function truncatedFara(): string {
  const copies = tempCopies('fara-truncated-');
  for (const name of ['FARA_All_Registrants.csv', 'FARA_All_ForeignPrincipals.csv']) {
    const lines = readFileSync(`${FARA}/${name}`, 'utf8').split('\n');
    copies.write(name, `${lines.slice(0, Math.ceil(lines.length / 10)).join('\n')}\n`);
  }
  return copies.dir;
}

describe('a truncated FARA file', () => {
  let store: Store;
  before(async () => {
    store = await openWithSnapshots(BACKENDS[0]!, [{ format: 'fara-csv', path: FARA, asOf: '2019-06-25' }]);
  });
  after(() => store.close());

  it('is refused, naming how many entities it would remove, and nothing is recorded', async () => {
    const load = { format: 'fara-csv', path: truncatedFara(), asOf: '2019-07-25' };
    await assert.rejects(loadSnapshot(store, load), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'refused');
      assert.match(error.message, /^this snapshot would remove \d+ of \d+ entities of us_fara \(89%, more than 20%\); .*--force$/);
      return true;
    });
    assert.deepEqual((await store.listSnapshots('us_fara')).map((s) => s.asOf), ['2019-06-25']);
  });
});

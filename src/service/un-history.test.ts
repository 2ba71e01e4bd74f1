/**
 * The seven real UN Security Council list snapshots, loaded in date order: additions and
 * removals per step equal those counted from the files by REFERENCE_NUMBER (data README
 * 10.3), and designations carry the UN's own LISTED_ON date. Runs on both store backends.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Store } from '../store/store.js';
import { BACKENDS } from '../../test/support/stores.js';
import { sharedData } from '../../test/support/paths.js';
import { loadSnapshot } from './ingest.js';
import { entityAsOf } from './entities.js';

const UN_DATES = readdirSync(sharedData('un')).sort();
// Set differences of REFERENCE_NUMBER, as in ../shared/data/README.md section 10.3, except
// 2024-09-26: the README counts 69 / 200 because the 2020 files write 28 references with a
// trailing space ("CDi.032 "); the same listing under the same reference is not a change.
const EXPECTED_STEPS: Record<string, { added: number; removed: number }> = {
  '2018-10-29': { added: 95, removed: 23 },
  '2020-03-20': { added: 23, removed: 102 },
  '2020-12-01': { added: 5, removed: 13 },
  '2024-09-26': { added: 41, removed: 172 },
  '2025-04-19': { added: 4, removed: 2 },
  '2026-02-27': { added: 130, removed: 4 },
};

/** REFERENCE_NUMBERs of a snapshot, read straight from the file. */
function referenceNumbers(date: string): Set<string> {
  const text = readFileSync(sharedData('un', date, 'consolidated.xml'), 'utf8');
  return new Set([...text.matchAll(/<REFERENCE_NUMBER>([^<]*)<\/REFERENCE_NUMBER>/g)].map((m) => m[1]!.trim()));
}

for (const backend of BACKENDS) {
  describe(`UN SC list history (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
      for (const date of UN_DATES) {
        await loadSnapshot(store, { format: 'un-xml', path: sharedData('un', date, 'consolidated.xml'), asOf: date });
      }
    });
    after(async () => store.close());

    it('reports per step the additions and removals counted from the files', async () => {
      assert.deepEqual(UN_DATES, ['2017-07-03', ...Object.keys(EXPECTED_STEPS)]);
      for (let i = 1; i < UN_DATES.length; i++) {
        const [before, after] = [referenceNumbers(UN_DATES[i - 1]!), referenceNumbers(UN_DATES[i]!)];
        const fromFiles = { added: [...after].filter((r) => !before.has(r)).length, removed: [...before].filter((r) => !after.has(r)).length };
        assert.deepEqual(fromFiles, EXPECTED_STEPS[UN_DATES[i]!], `file differences to ${UN_DATES[i]}`);
      }
      const events = await store.listEvents({ dataset: 'un_sc_sanctions' });
      for (const [date, expected] of Object.entries(EXPECTED_STEPS)) {
        const step = events.filter((e) => e.snapshotDate === date);
        const count = (...types: string[]) => step.filter((e) => types.includes(e.type)).length;
        assert.deepEqual({ added: count('designated', 'relisted'), removed: count('delisted') }, expected, `step to ${date}`);
      }
    });

    it('dates designations by LISTED_ON, including those already listed in the first snapshot', async () => {
      const qdi001 = (await store.listEvents({ entityId: 'unsc-qdi-001' })).filter((e) => e.type === 'designated');
      assert.equal(qdi001.length, 1);
      assert.equal(qdi001[0]!.snapshotDate, '2017-07-03');
      assert.match(qdi001[0]!.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(qdi001[0]!.date < '2017-07-03');
      const iranRemoved = (await store.listEvents({ dataset: 'un_sc_sanctions', types: ['delisted'] })).filter((e) => e.snapshotDate === '2024-09-26' && e.entityId.startsWith('unsc-i'));
      assert.ok(iranRemoved.length >= 80, `Iran entries removed on Transition Day: ${iranRemoved.length}`);
    });

    it('shows an Iran entry as listed before Transition Day and gone after', async () => {
      const iranEvent = (await store.listEvents({ dataset: 'un_sc_sanctions', types: ['delisted'] })).find((e) => e.snapshotDate === '2024-09-26' && e.entityId.startsWith('unsc-i'))!;
      const before2023 = await entityAsOf(store, iranEvent.entityId, '2020-12-31');
      assert.equal(before2023.listed, true);
      assert.equal(before2023.caption, iranEvent.caption);
      await assert.rejects(entityAsOf(store, iranEvent.entityId, '2024-10-01'), /was not on any loaded list on 2024-10-01/);
    });
  });
}

/**
 * GET /changes over the real OFAC SDN snapshots 2019-01-04 and 2021-06-29 and the UN list of
 * 2026-02-27: EN+ GROUP PLC is delisted on the date the store derives (2021-06-29, the first
 * loaded snapshot without it) with its two Ukraine programmes and its countries; each filter
 * changes the result; per-month counts add up to the filtered total; bad parameters are
 * 400s and an unknown dataset a 404, each naming what is wrong.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';

const WINDOW = 'from=2019-01-04&to=2021-06-29';

interface ChangeEvent {
  date: string;
  type: string;
  entity_id: string;
  schema: string;
  caption: string;
  dataset: string;
  changed: string[];
  programs: string[];
  countries: string[];
}

interface MonthCounts {
  month: string;
  designated: number;
  delisted: number;
  relisted: number;
  amended: number;
}

interface Changes {
  events: ChangeEvent[];
  total: number;
  limit: number;
  offset: number;
  per_month: MonthCounts[];
}

const monthTotal = (m: MonthCounts) => m.designated + m.delisted + m.relisted + m.amended;
const ids = (changes: Changes) => changes.events.map((e) => e.entity_id);

describe('GET /changes', () => {
  let api: ApiUnderTest;
  const changes = (query: string): Promise<Changes> => api.json(`/changes?${query}`);
  before(async () => {
    api = await apiOverSnapshots();
  });
  after(() => api.close());

  it('lists EN+ GROUP PLC delisted on 2021-06-29 with its programmes and countries', async () => {
    const delisted = await changes(`${WINDOW}&type=delisted&limit=1000`);
    assert.equal(delisted.total, 261);
    const enPlus = delisted.events.find((e) => e.entity_id === 'ofac-24226');
    assert.deepEqual(enPlus, {
      date: '2021-06-29',
      type: 'delisted',
      entity_id: 'ofac-24226',
      schema: 'LegalEntity',
      caption: 'EN+ GROUP PLC',
      dataset: 'us_ofac_sdn',
      changed: [],
      programs: ['UKRAINE-EO13661', 'UKRAINE-EO13662'],
      countries: ['gb', 'je', 'ru'],
    });
  });

  it('pages the whole window sorted by date then entity id, with per-month counts of all of it', async () => {
    const first = await changes(`${WINDOW}&limit=50`);
    assert.deepEqual([first.total, first.limit, first.offset, first.events.length], [3021, 50, 0, 50]);
    assert.deepEqual(first.events.slice(0, 2).map((e) => `${e.date} ${e.entity_id} ${e.type} ${e.programs}`), [
      '2019-02-28 unsc-qdi-421 designated Al-Qaida',
      '2019-03-22 unsc-qde-160 designated Al-Qaida',
    ]);
    const second = await changes(`${WINDOW}&limit=50&offset=50`);
    const both = [...first.events, ...second.events].map((e) => `${e.date} ${e.entity_id}`);
    assert.deepEqual(both, [...both].sort());
    assert.equal(new Set(both).size, 100, 'the second page continues the first');
    assert.equal(first.per_month.length, 29, 'every month from 2019-02 to 2021-06, empty ones included');
    assert.deepEqual([first.per_month[0]!.month, first.per_month[2]!.month, first.per_month.at(-1)!.month], ['2019-02', '2019-04', '2021-06']);
    assert.equal(monthTotal(first.per_month[2]!), 0);
    assert.deepEqual(first.per_month.at(-1), { month: '2021-06', designated: 1859, delisted: 261, relisted: 0, amended: 879 });
    assert.equal(first.per_month.reduce((sum, m) => sum + monthTotal(m), 0), 3021);
  });

  it('filters by dataset, and by type given repeated or comma-separated', async () => {
    const un = await changes(`${WINDOW}&dataset=un_sc_sanctions&limit=1000`);
    assert.equal(un.total, 23);
    assert.ok(un.events.every((e) => e.dataset === 'un_sc_sanctions' && e.type === 'designated'));
    assert.equal((await changes(`${WINDOW}&dataset=us_ofac_sdn&limit=1`)).total, 2998);
    const commas = await changes(`${WINDOW}&type=delisted,amended&limit=1000`);
    const repeated = await changes(`${WINDOW}&type=delisted&type=amended&limit=1000`);
    assert.equal(commas.total, 1140);
    assert.deepEqual(ids(repeated), ids(commas));
    assert.deepEqual(new Set(commas.events.map((e) => e.type)), new Set(['delisted', 'amended']));
  });

  it('filters by schema, country and programme, and per_month counts only what passes', async () => {
    const vessels = await changes(`${WINDOW}&schema=Vessel&limit=1000`);
    assert.equal(vessels.total, 309);
    assert.ok(vessels.events.every((e) => e.schema === 'Vessel'));
    const russian = await changes(`${WINDOW}&country=ru&limit=1000`);
    assert.equal(russian.total, 175);
    assert.ok(russian.events.every((e) => e.countries.includes('ru')));
    assert.ok(ids(russian).includes('ofac-24226'));
    const ukraine = await changes(`${WINDOW}&program=UKRAINE-EO13662&limit=1000`);
    assert.equal(ukraine.total, 10);
    assert.ok(ukraine.events.every((e) => e.programs.includes('UKRAINE-EO13662')));
    assert.deepEqual(ids(await changes(`${WINDOW}&program=ukraine-eo13662&limit=1000`)), ids(ukraine), 'programmes match whatever the case');
    const all = await changes(`${WINDOW}&country=ru&program=UKRAINE-EO13662&type=delisted`);
    assert.deepEqual(all.events.map((e) => `${e.entity_id} ${e.caption}`), ['ofac-24226 EN+ GROUP PLC', 'ofac-24227 JSC EUROSIBENERGO', 'ofac-24228 UNITED COMPANY RUSAL PLC']);
    assert.deepEqual(all.per_month, [{ month: '2021-06', designated: 0, delisted: 3, relisted: 0, amended: 0 }]);
    assert.equal(russian.per_month.reduce((sum, m) => sum + monthTotal(m), 0), russian.total);
  });

  it('answers bad parameters with 400 naming them, and an unknown dataset with 404', async () => {
    const cases: [string, number, string][] = [
      ['from=2019-02-30', 400, 'from: must be a date YYYY-MM-DD, got "2019-02-30"'],
      ['to=29/06/2021', 400, 'to: must be a date YYYY-MM-DD, got "29/06/2021"'],
      ['from=2021-06-29&to=2019-01-04', 400, 'from (2021-06-29) is after to (2019-01-04)'],
      ['type=delisted,removed', 400, 'type: unknown event type "removed"; use designated, delisted, relisted, amended'],
      ['schema=Persn', 400, 'schema: unknown FollowTheMoney schema "Persn" (e.g. Person, Organization, Vessel)'],
      ['country=xx', 400, 'country: unknown country code "xx"; use an ISO 3166 alpha-2 code such as ru'],
      ['limit=0', 400, 'query.limit: Too small: expected number to be >=1'],
      ['offset=-1', 400, 'query.offset: Too small: expected number to be >=0'],
      ['dataset=eu_fsf', 404, 'no dataset eu_fsf has been loaded (loaded: un_sc_sanctions, us_ofac_sdn)'],
    ];
    for (const [query, status, detail] of cases) {
      const body = await api.json(`/changes?${query}`, undefined, status);
      assert.equal(body.detail, detail, query);
    }
  });
});

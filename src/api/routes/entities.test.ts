import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';

interface Nested {
  id: string;
  caption: string;
  schema: string;
  listed: boolean;
  properties: Record<string, (string | Nested)[]>;
}

const nestedIn = (entity: Nested, prop: string) => (entity.properties[prop] ?? []).filter((v): v is Nested => typeof v !== 'string');

describe('GET /entities/{id} and /entities/{id}/history', () => {
  // OFAC SDN 2019-01-04 + 2021-06-29 and UN 2026-02-27.
  let api: ApiUnderTest;
  before(async () => {
    api = await apiOverSnapshots();
  });
  after(() => api.close());

  it("serves CHEMEZOV with his Sanction nested under `sanctions`, its programme and its plain reference back to him", async () => {
    const entity: Nested = await api.json('/entities/ofac-16685');
    assert.equal(entity.caption, 'CHEMEZOV, Sergei');
    assert.equal(entity.listed, true);
    const sanctions = nestedIn(entity, 'sanctions');
    assert.deepEqual(sanctions.map((s) => s.id), ['ofac-16685-sanction-31b971ffd27d']);
    assert.equal(sanctions[0]!.schema, 'Sanction');
    assert.deepEqual(sanctions[0]!.properties.program, ['UKRAINE-EO13661']);
    assert.deepEqual(sanctions[0]!.properties.authority, ['Office of Foreign Assets Control']);
    assert.deepEqual(sanctions[0]!.properties.entity, ['ofac-16685']);
  });

  it('leaves relations out with nested=false', async () => {
    const entity: Nested = await api.json('/entities/ofac-16685?nested=false');
    assert.equal(entity.properties.sanctions, undefined);
    assert.deepEqual(entity.properties.program, ['UKRAINE-EO13661']);
  });

  it('serves EN+ GROUP PLC after its delisting as last seen, listed:false, with its addresses, registration and sanctions', async () => {
    const entity: Nested = await api.json('/entities/ofac-24226');
    assert.equal(entity.caption, 'EN+ GROUP PLC');
    assert.equal(entity.listed, false);
    assert.equal((entity as unknown as { last_seen: string }).last_seen, '2019-01-04');
    assert.deepEqual(nestedIn(entity, 'addressEntity').map((a) => [a.schema, a.caption]), [
      ['Address', 'Esplanade 44, Saint Helier JE4 9WG, Jersey'],
      ['Address', '1 Vasilisy Kozhinoy St., Moscow 121096, Russia'],
      ['Address', '8 Cleveland Row, London SW1A 1DH, United Kingdom'],
    ]);
    assert.deepEqual(nestedIn(entity, 'identification').map((i) => [i.schema, i.properties.number]), [['Identification', ['91061']]]);
    assert.deepEqual(nestedIn(entity, 'sanctions').map((s) => s.properties.program), [['UKRAINE-EO13661'], ['UKRAINE-EO13662']]);
    const listedThen: Nested = await api.json('/entities/ofac-24226?as_of=2019-01-10');
    assert.equal(listedThen.listed, true);
  });

  it("nests a passport under the holder's `identification`", async () => {
    const entity: Nested = await api.json('/entities/unsc-cdi-021');
    const [passport] = nestedIn(entity, 'identification');
    assert.equal(passport!.schema, 'Passport');
    assert.deepEqual(passport!.properties.number, ['OB 0243318']);
    assert.deepEqual(nestedIn(entity, 'sanctions').map((s) => s.properties.unscId), [['CDi.021']]);
  });

  it('shows a link with the entity at its other end, from either end, without cycles', async () => {
    const person: Nested = await api.json('/entities/ofac-11355');
    const link = nestedIn(person, 'unknownLinkTo').find((l) => l.id === 'ofac-11355-link-6ddcd8a87fb7')!;
    assert.deepEqual(link.properties.subject, ['ofac-11355']);
    assert.deepEqual(nestedIn(link, 'object').map((o) => [o.id, o.caption]), [['ofac-16223', 'JAMIA TALEEM-UL-QURAN-WAL-HADITH MADRASSA']]);
    // One level only: the far end's own references stay ids.
    assert.ok(nestedIn(link, 'object')[0]!.properties.addressEntity!.every((v) => typeof v === 'string'));
    const madrassa: Nested = await api.json('/entities/ofac-16223');
    const back = nestedIn(madrassa, 'unknownLinkFrom').find((l) => l.id === 'ofac-11355-link-6ddcd8a87fb7')!;
    assert.deepEqual(nestedIn(back, 'subject').map((s) => s.caption), ['AMEEN AL-PESHAWARI, Fazeel-A-Tul Shaykh Abu Mohammed']);
    assert.deepEqual(back.properties.object, ['ofac-16223']);
  });

  it('answers an unknown id with 404, a date before the listing with 404 and a bad as_of with 400', async () => {
    assert.equal((await api.json('/entities/ofac-0', undefined, 404)).detail, 'no entity ofac-0 in any loaded dataset');
    assert.equal((await api.json('/entities/ofac-0/history', undefined, 404)).detail, 'no entity ofac-0 in any loaded dataset');
    const before2019 = await api.json('/entities/ofac-16685?as_of=2018-01-01', undefined, 404);
    assert.equal(before2019.detail, 'ofac-16685 was not on any loaded list on 2018-01-01 (first seen 2019-01-04, last seen before that date)');
    assert.equal((await api.json('/entities/ofac-16685?as_of=2019-1-1', undefined, 400)).detail, 'as_of: must be a date YYYY-MM-DD, got "2019-1-1"');
    assert.match((await api.json('/entities/ofac-16685?nested=yes', undefined, 400)).detail, /^query\.nested: /);
  });

  it("gives EN+ GROUP's delisting and each value's snapshots as history", async () => {
    const history = await api.json('/entities/ofac-24226/history');
    assert.equal(history.id, 'ofac-24226');
    assert.deepEqual(history.events, [
      { date: '2021-06-29', type: 'delisted', entity_id: 'ofac-24226', schema: 'LegalEntity', caption: 'EN+ GROUP PLC', dataset: 'us_ofac_sdn', changed: [] },
    ]);
    const name = history.values.find((v: { prop: string }) => v.prop === 'name');
    assert.deepEqual(name, { dataset: 'us_ofac_sdn', prop: 'name', value: 'EN+ GROUP PLC', first_seen: '2019-01-04', last_seen: '2019-01-04', spans: [{ first_seen: '2019-01-04', last_seen: '2019-01-04' }] });
  });

  it('gives designations: on the UN listing date, and on the OFAC snapshot that first had the entity', async () => {
    const hamza = await api.json('/entities/unsc-qdi-421/history');
    assert.deepEqual(hamza.events.map((e: { date: string; type: string }) => [e.date, e.type]), [['2019-02-28', 'designated']]);
    const center = await api.json('/entities/ofac-30722/history');
    assert.deepEqual(center.events.map((e: { date: string; type: string; caption: string }) => [e.date, e.type, e.caption]), [['2021-06-29', 'designated', '27TH SCIENTIFIC CENTER']]);
    // CHEMEZOV was already on the first OFAC snapshot loaded: his programme is on record from it, with no event.
    const chemezov = await api.json('/entities/ofac-16685/history');
    assert.deepEqual(chemezov.events, []);
    const program = chemezov.values.find((v: { prop: string }) => v.prop === 'program');
    assert.deepEqual([program.value, program.first_seen, program.last_seen], ['UKRAINE-EO13661', '2019-01-04', '2021-06-29']);
  });
});

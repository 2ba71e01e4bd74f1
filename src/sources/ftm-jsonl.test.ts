import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { assertGolden } from '../../test/support/golden-entities.js';
import { sharedData } from '../../test/support/paths.js';
import { assertRefused, collectItems, countBy, itemEntities, schemaCounts, tempCopies } from '../../test/support/source-testing.js';
import { ftmJsonl } from './ftm-jsonl.js';

const yente = (...parts: string[]): string => sharedData('opensanctions', 'yente', ...parts);
const T1 = yente('t1', 'entities.ftm.json');
const DONATIONS = yente('parteispenden', 'entities.ftm.json');
const DELTA = yente('entities.delta.json');
const T1_TEXT = readFileSync(T1, 'utf8');
const writeCopy = tempCopies('ftm-').write;
const collect = (file: string, limit?: number) => collectItems(ftmJsonl, file, limit);
const refused = (file: string, pattern: RegExp) => assertRefused(ftmJsonl, file, pattern);

test('metadata: dataset from the file name, no publication date', async () => {
  assert.equal(await ftmJsonl.defaultDataset(T1), 'entities');
  assert.equal(await ftmJsonl.defaultDataset('/data/EU-FSF 2024.ftm.json'), 'eu_fsf_2024');
  assert.equal(await ftmJsonl.publicationDate(T1), undefined);
  assert.deepEqual(await ftmJsonl.inputFiles(T1), [T1]);
});

test('t1: 6 sanctioned targets and 1 address; last line without newline', async () => {
  const items = await collect(T1);
  assert.ok(items.every((item) => item.kind === 'entity'));
  const entities = itemEntities(items);
  assert.deepEqual(countBy(entities, (e) => `${e.schema}${e.target ? ' target' : ''}`), { 'Organization target': 2, 'Person target': 4, Address: 1 });
  const kuzmenko = entities.find((e) => e.id === 'NK-2Ka3UvopqbpZmVDFjWd4LA')!;
  assert.deepEqual(kuzmenko, {
    id: 'NK-2Ka3UvopqbpZmVDFjWd4LA',
    schema: 'Person',
    target: true,
    properties: {
      birthDate: ['1971-01-22'],
      createdAt: ['2024-02-23'],
      firstName: ['Vitalij', 'Vitaly', 'Виталий'],
      gender: ['male'],
      lastName: ['KUZMENKO', 'Kuzmenko', 'КУЗЬМЕНКО'],
      name: ['Vitalij Kuzmenko', 'Vitaly Yurievich KUZMENKO', 'Виталий Юрьевич КУЗЬМЕНКО'],
      nationality: ['ru'],
      notes: ['The plant is part of the High Precision Systems holding company of Rostec'],
      position: ['General Director of JSC 163 Armor Repair Plant'],
      taxNumber: ['366510784303'],
      topics: ['sanction'],
    },
  });
  const tobacco = entities.find((e) => e.id === 'NK-2GdmHtZTeNXjNVrBGEXZNj')!;
  assert.equal(tobacco.properties.name!.length, 12);
  assert.deepEqual([tobacco.properties.registrationNumber, tobacco.properties.country], [['808000714'], ['by']]);
  const address = entities.find((e) => e.schema === 'Address')!;
  assert.deepEqual([address.target, address.properties.full, address.properties.country], [false, ['Majengo area, Mombasa, KENYA'], ['ke']]);
});

test('parteispenden: 475 entities, Payment 290, Address 89, Company 56, Person 22, Organization 18', async () => {
  const entities = itemEntities(await collect(DONATIONS));
  assert.equal(entities.length, 475);
  assert.deepEqual(schemaCounts(entities), { Payment: 290, Address: 89, Company: 56, Person: 22, Organization: 18 });
  assert.ok(entities.every((e) => !e.target), 'no target field means not a target');
  const payment = entities.find((e) => e.id === '2216b422a31242fe204654ce194864661f515921')!;
  assert.deepEqual(payment.properties, {
    amountEur: ['100000'],
    beneficiary: ['6d03aec76fdeec8f9697d8b19954ab6fc2568bc8'],
    date: ['2011-12-29'],
    namesMentioned: ['Frau Lina Dachner', 'MLPD'],
    payer: ['f9c295f21b233ac878fbac4d271bb6fd13d7952a'],
  });
  const donor = entities.find((e) => e.id === 'f9c295f21b233ac878fbac4d271bb6fd13d7952a')!;
  assert.deepEqual(donor.properties.name, ['Frau Lina Dachner']);
});

test('entities.delta.json: the first ten operations', async () => {
  const items = await collect(DELTA, 10);
  assert.deepEqual(items.map((item) => item.kind), ['upsert', 'upsert', 'upsert', 'upsert', 'delete', 'upsert', 'upsert', 'upsert', 'upsert', 'upsert']);
  assert.deepEqual(items[4], { kind: 'delete', entityId: 'NK-3MDjERC9RyRHv3wEq9xWe4' });
  const first = itemEntities(items)[0]!;
  assert.deepEqual([first.id, first.schema, first.target], ['NK-2T3S8Hu29ktYnKSTgQp2wL', 'Organization', true]);
  assert.ok(first.properties.alias!.includes('Al-Qaida in Mesopotamia'));
});

test('entities.delta.json: all 1,700 operations (MOD 1,039 + ADD 90 upserts, 571 DEL)', async () => {
  const items = await collect(DELTA);
  assert.deepEqual(countBy(items, (item) => item.kind), { upsert: 1129, delete: 571 });
  assert.deepEqual(schemaCounts(itemEntities(items)), {
    Organization: 97, Person: 451, Address: 2, Company: 1, Sanction: 547, LegalEntity: 27, UnknownLink: 2, Passport: 1, Ownership: 1,
  });
});

test('t2 deltas: ADD, MOD and DEL files of the sanctions collection', async () => {
  const t2 = (version: string): string => yente('t2', version, 'entities.delta.json');
  const added = await collect(t2('20240527194702-wnk'));
  assert.deepEqual(added.map((item) => item.kind === 'upsert' && item.entity.schema), ['Organization', 'Person']);
  const changed = await collect(t2('20240528014702-pfh'));
  assert.deepEqual(changed.map((item) => item.kind), ['upsert', 'upsert']);
  assert.deepEqual(await collect(t2('20240528074703-npf')), [{ kind: 'delete', entityId: 'NK-500Poltergeist' }]);
  const [plotnikov] = itemEntities(await collect(t2('20240528134729-3iv')));
  assert.deepEqual(plotnikov, {
    id: 'Q4365364',
    schema: 'Person',
    target: true,
    properties: {
      birthDate: ['1961-11-30'],
      createdAt: ['2022-09-15'],
      firstName: ['Vladimir', 'Владимир'],
      gender: ['male'],
      lastName: ['PLOTNIKOV', 'ПЛОТНИКОВ'],
      name: ['Vladimir Nikolaevich PLOTNIKOV', 'Vladimir Nikolajevitj PLOTNIKOV', 'Владимир Николаевич ПЛОТНИКОВ'],
      position: ['Member of the State Duma'],
      topics: ['sanction'],
    },
  });
});

test('golden: t1 as parsed', async () => {
  assertGolden('ftm/t1-entities.json', await collect(T1));
});

test('broken copies are refused with file, line, record and field', async () => {
  const lines = T1_TEXT.split('\n');
  await refused(writeCopy('truncated.json', T1_TEXT.slice(0, T1_TEXT.length - 40)), /line 7: not valid JSON/);
  const invalid = [...lines.slice(0, 3), '{"id": "x", "schema": ', ...lines.slice(3)].join('\n');
  await refused(writeCopy('invalid.json', invalid), /line 4: not valid JSON/);
  const unknownSchema = T1_TEXT.replace('"schema":"Address"', '"schema":"Adress"');
  await refused(writeCopy('schema.json', unknownSchema), /line 4, record NK-2MQE6AmhAk4tqhENJAMUG9, field schema: unknown FollowTheMoney schema "Adress"/);
  const unknownProp = T1_TEXT.replace('"taxNumber":', '"taxNumbr":');
  await refused(writeCopy('property.json', unknownProp), /line 2, record NK-2Ka3UvopqbpZmVDFjWd4LA, field taxNumbr: schema Person has no property "taxNumbr"/);
  const delta = readFileSync(yente('t2', '20240528074703-npf', 'entities.delta.json'), 'utf8');
  await refused(writeCopy('mixed.json', `${lines[0]}\n${delta}\n`), /line 2, field op: found a delta operation after the entity on line 1/);
  await refused(writeCopy('empty.json', ''), /line 1: no entities or delta operations; refusing an empty file/);
  const latin1 = Buffer.from(T1_TEXT.replace('KENYA', 'K#NYA'));
  latin1[latin1.indexOf('K#NYA') + 1] = 0xc9; // É in Latin-1, invalid as UTF-8
  await refused(writeCopy('latin1.json', latin1), /line 4: not valid UTF-8/);
  await refused(writeCopy('duplicate.json', `${lines[0]}\n${lines[0]}\n`), /line 2, record NK-2GdmHtZTeNXjNVrBGEXZNj, field id: entity id already used on line 1/);
  await refused(writeCopy('bad-date.json', T1_TEXT.replace('"1971-01-22"', '"22.01.1971"')), /line 2, record NK-2Ka3UvopqbpZmVDFjWd4LA, field birthDate: .*not an ISO 8601 date/);
  await refused(writeCopy('op.json', '{"op":"UPSERT","entity":{"id":"a"}}\n'), /line 1, field op: "op" must be ADD, MOD or DEL/);
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Entity } from '../model/entity.js';
import { sharedData } from '../../test/support/paths.js';
import { assertRefused, entitiesOf, entityById, schemaCounts, tempCopies } from '../../test/support/source-testing.js';
import { usFaraCsv } from './us-fara-csv.js';

const FOLDER = sharedData('fara', '2019-06-25');
const REGISTRANTS = readFileSync(join(FOLDER, 'FARA_All_Registrants.csv'), 'utf8');
const PRINCIPALS = readFileSync(join(FOLDER, 'FARA_All_ForeignPrincipals.csv'), 'utf8');
const entities = await entitiesOf(usFaraCsv, FOLDER);
const byId = new Map<string, Entity>(entities.map((e) => [e.id, e]));
const representationsOf = (clientId: string): Entity[] => entities.filter((e) => e.schema === 'Representation' && e.properties.client?.includes(clientId));

/** A folder with the two files, the principals file being `principals`. */
function folderWith(name: string, principals: string | undefined, registrants: string = REGISTRANTS): string {
  const copies = tempCopies(`fara-${name}-`);
  copies.write('FARA_All_Registrants.csv', registrants);
  if (principals !== undefined) copies.write('FARA_All_ForeignPrincipals.csv', principals);
  return copies.dir;
}

test('metadata: dataset us_fara, folder input with both files, no stated publication date', async () => {
  assert.equal(usFaraCsv.input, 'folder');
  assert.equal(await usFaraCsv.defaultDataset(FOLDER), 'us_fara');
  assert.equal(await usFaraCsv.publicationDate(FOLDER), undefined);
  assert.deepEqual(await usFaraCsv.inputFiles(FOLDER), [join(FOLDER, 'FARA_All_ForeignPrincipals.csv'), join(FOLDER, 'FARA_All_Registrants.csv')]);
});

test('every registrant, principal and representation of 2019-06-25; none is a sanctions target', () => {
  // 6,217 registrant rows; 15,897 principal rows less 8 split by unescaped quotes.
  assert.equal(entities.filter((e) => e.id.startsWith('us-fara-reg-')).length, 6217);
  assert.equal(schemaCounts(entities).Representation, 15889);
  assert.equal(entities.filter((e) => e.target).length, 0);
});

test('En+ Group plc represented by Mercury Public Affairs (registration 6170) since 2019-05-22', () => {
  const principal = entityById(entities, 'us-fara-fp-engroupplc-ru');
  assert.deepEqual(principal.properties, { country: ['ru'], name: ['En+Group plc'] });
  const [representation, ...others] = representationsOf(principal.id);
  assert.equal(others.length, 0);
  assert.deepEqual(representation!.properties, {
    agent: ['us-fara-reg-6170'],
    client: ['us-fara-fp-engroupplc-ru'],
    recordId: ['6170'],
    role: ['Foreign principal'],
    startDate: ['2019-05-22'],
  });
  assert.deepEqual(byId.get('us-fara-reg-6170')!.properties, {
    address: ['300 Tingey Street, Suite 202, Washington, DC, 20003'],
    name: ['Mercury Public Affairs, LLC'],
    registrationNumber: ['6170'],
  });
});

test('one principal with two registrants: Rossiya Segodnya by RIA Global (6524) and Reston Translator (6490)', () => {
  const id = 'us-fara-fp-federalstateunitaryenterpriserossiyasegodnyainternationalinformationagency-ru';
  const agents = representationsOf(id).map((r) => [r.properties.agent![0], r.properties.startDate![0]]).sort();
  assert.deepEqual(agents, [['us-fara-reg-6490', '2017-11-15'], ['us-fara-reg-6524', '2018-02-16']]);
});

test('terminated representations keep both dates as stated, even an end before the start', () => {
  const rdif = representationsOf('us-fara-fp-russiandirectinvestmentfund-ru');
  const dates = rdif.map((r) => [r.properties.agent![0], r.properties.startDate![0], r.properties.endDate![0]]).sort();
  assert.deepEqual(dates, [
    ['us-fara-reg-5653', '2014-09-26', '2007-10-31'],
    ['us-fara-reg-6253', '2014-09-26', '2014-11-03'],
  ]);
});

test('a missing file, a file for a folder, a missing column and a bad date are refused with where and why', async () => {
  await assertRefused(usFaraCsv, folderWith('missing', undefined), /FARA_All_ForeignPrincipals\.csv: file not found; a FARA snapshot needs both bulk CSV files/);
  const file = join(FOLDER, 'FARA_All_Registrants.csv');
  await assertRefused(usFaraCsv, file, /expected a folder holding FARA_All_Registrants\.csv and FARA_All_ForeignPrincipals\.csv, found a file/);
  const noCountry = PRINCIPALS.replace('"Country/Location_Represented"', '"Country"');
  await assertRefused(usFaraCsv, folderWith('column', noCountry), /FARA_All_ForeignPrincipals\.csv, line 1, field Country\/Location_Represented: missing column/);
  const badDate = PRINCIPALS.replace('"","ANO TV-Novosti","11/10/2017"', '"","ANO TV-Novosti","2017-11-10"');
  await assertRefused(usFaraCsv, folderWith('date', badDate), /line 2, record 6485, field Foreign_Principal_Registration_Date: expected a date MM\/DD\/YYYY, found "2017-11-10"/);
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Entity } from '../model/entity.js';
import { SourceFormatError } from '../model/errors.js';
import { assertGolden } from '../../test/support/golden-entities.js';
import { sharedData } from '../../test/support/paths.js';
import { assertDoctypeRefused, assertRefused, collectItems, entitiesOf, entityById, sanctionsOf, schemaCounts, tempCopies } from '../../test/support/source-testing.js';
import { euFsfXml } from './eu-fsf-xml.js';

const SAMPLE = sharedData('eu-sample', '2020-04-15', 'sample_eu.xml');
const SAMPLE_TEXT = readFileSync(SAMPLE, 'utf8');
const copies = tempCopies('eu-fsf-');
const writeCopy = copies.write;
const refused = (file: string, pattern: RegExp) => assertRefused(euFsfXml, file, pattern);

// sample_eu.xml holds two sanctionEntity elements with logicalId 5468: the real one (Sok-hwa
// Hwang, line 43) and a one-word test record added by the sample's maintainers (line 110).
const BLOCKS = SAMPLE_TEXT.match(/<sanctionEntity[\s\S]*?<\/sanctionEntity>/g)!;
const withoutBlock = (index: number): string => SAMPLE_TEXT.replace(BLOCKS[index]!, '');

const realOnly = writeCopy('real-records.xml', withoutBlock(5));
const entities = await entitiesOf(euFsfXml, realOnly);
const byId = (id: string): Entity => entityById(entities, id);

test('metadata: dataset, publication date from generationDate, input file', async () => {
  assert.equal(await euFsfXml.defaultDataset(SAMPLE), 'eu_fsf');
  assert.equal(await euFsfXml.publicationDate(SAMPLE), '2020-04-15');
  assert.deepEqual(await euFsfXml.inputFiles(SAMPLE), [SAMPLE]);
  await assert.rejects(euFsfXml.inputFiles(join(copies.dir, 'absent.xml')), SourceFormatError);
});

test('the sample as published is refused: logicalId 5468 is used twice', async () => {
  const error = await refused(SAMPLE, /line 110, record 5468, field logicalId: .*already used by the sanctionEntity on line 43/);
  assert.equal(error.location.line, 110);
});

test('the six real records: six Person targets, one Sanction each', () => {
  const targets = entities.filter((e) => e.target);
  assert.deepEqual(targets.map((e) => e.id), ['eu-fsf-5295', 'eu-fsf-5463', 'eu-fsf-5468', 'eu-fsf-191', 'eu-fsf-5807', 'eu-fsf-927']);
  assert.ok(targets.every((e) => e.schema === 'Person'));
  assert.deepEqual(schemaCounts(entities), { Person: 6, Sanction: 6, Passport: 2, Identification: 1, Address: 2 });
});

test('5295 Abid Hammadou: aliases, two birth dates (one circa), nationality, remark, TAQA', () => {
  const p = byId('eu-fsf-5295').properties;
  assert.deepEqual(p.name, ['Abid Hammadou']);
  assert.deepEqual(p.alias, ['Abdelhamid Abou Zeid', 'Abou Abdellah', 'Amor Mohamed Ghedeir', 'Youcef Adel']);
  assert.deepEqual([p.firstName, p.lastName], [['Abid'], ['Hammadou']]);
  assert.deepEqual(p.birthDate, ['1958', '1965-12-12']);
  assert.deepEqual(p.birthPlace, ['Deb-Deb, Amenas, Wilaya (province) of Illizi', 'Touggourt, Wilaya (province) of Ouargla']);
  assert.deepEqual([p.birthCountry, p.nationality], [['dz'], ['dz']]);
  assert.match(p.notes![0]!, /^\(a\) Mother's name is Benarouba Bachira/);
  const [sanction] = sanctionsOf(entities, 'eu-fsf-5295');
  assert.deepEqual(sanction!.properties.program, ['TAQA']);
  assert.deepEqual(sanction!.properties.listingDate, ['2008-07-03']);
  assert.deepEqual(sanction!.properties.authorityId, ['EU.2026.82']);
  assert.deepEqual(sanction!.properties.authority, ['European Union']);
  assert.deepEqual(sanction!.properties.country, ['eu']);
  assert.deepEqual(sanction!.properties.description, ['2019/555 (OJ L97), amendment, published 2019-04-08']);
  assert.deepEqual(sanction!.properties.sourceUrl, ['https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=OJ:L:2019:097:FULL&from=EN']);
});

test('5463 and 5468: DPRK officials with function as position, PRK programme', () => {
  assert.deepEqual(byId('eu-fsf-5463').properties.name, ['Yu-ro Han']);
  assert.deepEqual(byId('eu-fsf-5463').properties.position, ['Director of Korea Ryongaksan General Trading Corporation']);
  const hwang = byId('eu-fsf-5468').properties;
  assert.deepEqual([hwang.name, hwang.firstName, hwang.lastName], [['Sok-hwa Hwang'], ['Sok-hwa'], ['Hwang']]);
  assert.deepEqual(hwang.position, ['Director of the General Bureau of Atomic Energy (GBAE)']);
  for (const id of ['eu-fsf-5463', 'eu-fsf-5468']) {
    const [sanction] = sanctionsOf(entities, id);
    assert.deepEqual([sanction!.properties.program, sanction!.properties.listingDate], [['PRK'], ['2009-07-16']]);
  }
});

test('191 Khalid Shaikh Mohammed: five strong names, gender, passport without country, no designationDate', () => {
  const p = byId('eu-fsf-191').properties;
  assert.deepEqual(p.name, ['Fahd Bin Adballah BIN KHALID']);
  assert.deepEqual(p.alias, ['Ashraf Refaat Nabith HENIN', 'Khalid Adbul WADOOD', 'Khalid Shaikh MOHAMMED', 'Salem ALI']);
  assert.deepEqual(p.gender, ['male']);
  assert.deepEqual(p.birthDate, ['1964-03-01', '1965-04-14']);
  assert.equal(p.birthPlace, undefined, 'city="-" is a placeholder');
  assert.deepEqual(p.birthCountry, ['pk']);
  assert.deepEqual(p.passportNumber, ['488555']);
  const passport = entities.find((e) => e.schema === 'Passport' && e.properties.holder?.[0] === 'eu-fsf-191')!;
  assert.deepEqual(passport.properties, { holder: ['eu-fsf-191'], number: ['488555'], type: ['National passport'] });
  const [sanction] = sanctionsOf(entities, 'eu-fsf-191');
  assert.deepEqual(sanction!.properties.program, ['TERR']);
  assert.equal(sanction!.properties.listingDate, undefined);
});

test('5807 Leo Manzi: four birth years/places, citizenship, address in the DRC with remark', () => {
  const p = byId('eu-fsf-5807').properties;
  assert.deepEqual(p.birthDate, ['1953', '1954']);
  assert.deepEqual(p.birthPlace, ['Kigali', 'Rushashi (Northern Province)']);
  assert.deepEqual(p.nationality, ['rw']);
  const address = byId(p.addressEntity![0]!).properties;
  assert.deepEqual(address.full, ['Kikoma forest, Bogoyi, Walikale, North Kivu, CONGO, Democratic Republic of (was Zaire)']);
  assert.deepEqual([address.region, address.country], [['North Kivu'], ['cd']]);
  assert.match(address.remarks![0]!, /^FDLR HQ at Kikoma forest/);
  assert.deepEqual(sanctionsOf(entities, 'eu-fsf-5807')[0]!.properties.program, ['COD']);
});

test('927 Mohamed Ben Belkacem Aouadi: address in Tunis, national ID card and passport', () => {
  const p = byId('eu-fsf-927').properties;
  assert.deepEqual(p.name, ['Mohamed Ben Belkacem Aouadi']);
  assert.deepEqual(p.middleName, ['Ben Belkacem']);
  assert.deepEqual([p.birthDate, p.birthPlace, p.birthCountry, p.nationality], [['1974-12-11'], ['Tunis'], ['tn'], ['tn']]);
  assert.deepEqual(p.address, ['23 50th Street, Zehrouni, Tunis, TUNISIA']);
  assert.deepEqual([p.idNumber, p.passportNumber], [['04643632'], ['L191609']]);
  const id = entities.find((e) => e.schema === 'Identification')!;
  assert.deepEqual(id.properties, { country: ['tn'], holder: ['eu-fsf-927'], number: ['04643632'], type: ['National identification card'] });
  assert.deepEqual(byId(p.addressEntity![0]!).properties.remarks, ['Italian Fiscal Code: DAOMMD74T11Z352Z']);
  assert.deepEqual(sanctionsOf(entities, 'eu-fsf-927')[0]!.properties.program, ['TAQA']);
});

test('the one-word test record, read on its own', async () => {
  const alone = await entitiesOf(euFsfXml, writeCopy('test-record.xml', withoutBlock(2)));
  const p = entityById(alone, 'eu-fsf-5468').properties;
  assert.deepEqual([p.name, p.position, p.firstName], [['TestOneWord'], ['Test one word entry'], undefined]);
});

test('golden: every entity of the six real records', async () => {
  assertGolden('eu-xml/sample_eu-real-records.json', await collectItems(euFsfXml, realOnly));
});

test('broken copies are refused with file and line', async () => {
  await refused(writeCopy('truncated.xml', SAMPLE_TEXT.slice(0, 9000)), /line \d+/);
  await refused(writeCopy('mismatched.xml', SAMPLE_TEXT.replace('</nameAlias>', '</nameAlia>')), /line 10, .*malformed XML: 10:19: unexpected close tag/);
  await refused(writeCopy('empty.xml', ''), /line 1: .*(empty file|must contain a root element)/);
  await refused(writeCopy('un.xml', readFileSync(sharedData('un', '2020-03-20', 'consolidated.xml'))), /line 1.*expected root element <export>, found <CONSOLIDATED_LIST>/);
  const latin1 = Buffer.from(SAMPLE_TEXT.replace('Leo Manzi', 'Léo Manzi'), 'latin1');
  await refused(writeCopy('latin1.xml', latin1), /line 87.*not valid UTF-8/);
  await refused(writeCopy('no-entities.xml', '<export xmlns="http://eu.europa.ec/fpi/fsd/export"/>'), /refusing an empty list/);
});

test('a DOCTYPE with an external entity is refused (hostile XML in depth: lib/xml.test.ts)', async () => {
  await assertDoctypeRefused(euFsfXml, copies, SAMPLE_TEXT, 'export');
});

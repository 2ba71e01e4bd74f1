import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Entity } from '../model/entity.js';
import { SourceFormatError } from '../model/errors.js';
import { assertGolden } from '../../test/support/golden-entities.js';
import { sharedData } from '../../test/support/paths.js';
import { assertDoctypeRefused, assertRefused, entitiesOf, entityById, partsOf, tempCopies } from '../../test/support/source-testing.js';
import { unScXml } from './un-sc-xml.js';

const unFile = (date: string): string => sharedData('un', date, 'consolidated.xml');
const copies = tempCopies('un-sc-xml-');
const writeCopy = copies.write;
const refused = (file: string, pattern: RegExp) => assertRefused(unScXml, file, pattern);

// Individuals / entities per file: README section 3 (and `grep -c '<INDIVIDUAL>'`).
const SNAPSHOTS: ReadonlyArray<readonly [string, number, number]> = [
  ['2017-07-03', 650, 371],
  ['2018-10-29', 703, 390],
  ['2020-03-20', 709, 305],
  ['2020-12-01', 712, 294],
  ['2024-09-26', 682, 193],
  ['2025-04-19', 684, 193],
  ['2026-02-27', 730, 273],
];

const parsed = new Map<string, Entity[]>();
for (const [date] of SNAPSHOTS) parsed.set(date, await entitiesOf(unScXml, unFile(date)));
const [old, latest] = [parsed.get('2017-07-03')!, parsed.get('2026-02-27')!];

test('every snapshot: Person / Organization counts, one Sanction each, date = folder date, unique ids', async () => {
  for (const [date, individuals, organizations] of SNAPSHOTS) {
    const entities = parsed.get(date)!;
    const count = (schema: string): number => entities.filter((e) => e.schema === schema).length;
    assert.deepEqual([count('Person'), count('Organization'), count('Sanction')], [individuals, organizations, individuals + organizations], date);
    assert.ok(entities.filter((e) => e.target).every((e) => e.id.startsWith('unsc-')), date);
    assert.equal(new Set(entities.map((e) => e.id)).size, entities.length, `${date}: ids are unique`);
    assert.equal(await unScXml.publicationDate(unFile(date)), date, 'dateGenerated as written, no time-zone shift');
  }
  assert.equal(await unScXml.defaultDataset(unFile('2026-02-27')), 'un_sc_sanctions');
  assert.deepEqual(await unScXml.inputFiles(unFile('2026-02-27')), [unFile('2026-02-27')]);
  await assert.rejects(unScXml.inputFiles(join(copies.dir, 'absent.xml')), SourceFormatError);
});

test('QDi.001 (2026): four name parts, Arabic original script as alias, good/low aliases, two DOBs', () => {
  const p = entityById(latest, 'unsc-qdi-001').properties;
  assert.deepEqual(p.name, ['MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE']);
  assert.deepEqual([p.firstName, p.secondName], [['MOHAMMED'], ['SALAHALDIN']]);
  assert.deepEqual(p.alias, ['Muhamad Ibrahim Makkawi', 'Sayf-Al Adl', 'محمد صلاح الدين عبدالحليم زيدان']);
  assert.deepEqual(p.weakAlias, ['Ibrahim al-Madani', "Saif Al-'Adil", 'Seif al Adel']);
  assert.deepEqual([p.birthDate, p.birthPlace, p.birthCountry, p.nationality], [['1960-04-11', '1963-04-11'], ['Monufia Governate, Egypt'], ['eg'], ['eg']]);
  assert.ok(p.notes!.some((n) => n.startsWith('Responsible for Usama bin Laden’s (deceased) security.')), 'COMMENTS1');
  assert.ok(p.notes!.includes('Sayf-Al Adl: DOB: 11 Apr. 1963. POB: Monufia Governorate, Egypt. Nationality: Egypt. In Arabic: سيف العدل'), 'alias note, line break as a space');
  const sanction = entityById(latest, 'unsc-qdi-001-sanction-e2732c9e8d9e').properties;
  assert.deepEqual(sanction, {
    authority: ['United Nations Security Council'],
    authorityId: ['QDi.001'],
    country: ['un'],
    entity: ['unsc-qdi-001'],
    listingDate: ['2001-01-25'],
    modifiedAt: ['2010-12-16', '2013-07-24', '2017-02-15', '2019-03-29', '2019-05-01', '2022-11-08'],
    program: ['Al-Qaida'],
    unscId: ['QDi.001'],
  });
});

test('QDi.001 (2017): then listed under the name SAYF-AL ADL, same id and listing date', () => {
  const p = entityById(old, 'unsc-qdi-001').properties;
  assert.deepEqual([p.name, p.alias], [['SAYF-AL ADL'], ['Mohammed Salahaldin Abd El Halim Zidan', 'Muhamad Ibrahim Makkawi', 'سيف العدل']]);
  assert.deepEqual(entityById(old, 'unsc-qdi-001-sanction-e2732c9e8d9e').properties.listingDate, ['2001-01-25']);
});

test('original script: Cyrillic name of QDi.368 is an alias', () => {
  assert.ok(entityById(latest, 'unsc-qdi-368').properties.alias!.includes('Шамиль Магомедович Измайлов'));
});

test('TAi.002: two BETWEEN birth ranges give every year; titles and designations', () => {
  for (const entities of [old, latest]) {
    const p = entityById(entities, 'unsc-tai-002').properties;
    assert.deepEqual(p.birthDate, ['1945', '1946', '1947', '1948', '1949', '1950', '1955', '1956', '1957', '1958']);
    assert.deepEqual(p.title, ['Haji', 'Mullah']);
    assert.ok(p.position!.includes('Foreign Minister under the Taliban regime'));
    assert.ok(p.notes!.includes('Date of birth: Approximately'));
  }
});

test('KPi.006: one passport stated in three languages is one Passport entity', () => {
  const passports = partsOf(latest, 'unsc-kpi-006').filter((e) => e.schema === 'Passport');
  assert.equal(passports.length, 1);
  assert.deepEqual(passports[0]!.properties, {
    holder: ['unsc-kpi-006'],
    number: ['381420754'],
    startDate: ['2011-12-07'],
    summary: ['Expires on 7 Dec. 2016'],
    type: ['Numéro de passeport', 'Número de pasaporte', 'Passport'],
  });
  assert.deepEqual(entityById(latest, 'unsc-kpi-006').properties.passportNumber, ['381420754']);
});

test('QDe.114 (2017): Organization with an address and its "at time of listing" remark', () => {
  const p = entityById(old, 'unsc-qde-114').properties;
  assert.equal(entityById(old, 'unsc-qde-114').schema, 'Organization');
  const address = entityById(old, p.addressEntity![0]!).properties;
  assert.deepEqual(address.full, ['Jan Hanzenstraat 114, 1053SV, Amsterdam, The Netherlands']);
  assert.deepEqual([address.city, address.remarks], [['Amsterdam'], ['at time of listing']]);
});

test('nationality and issuing country written as adjectives (2017: QDi.273 "Afghan", QDi.265 "Pakistani") get codes', () => {
  const p = entityById(old, 'unsc-qdi-273').properties;
  assert.deepEqual(p.nationality, ['af']);
  assert.ok(!p.notes!.includes('Nationality: Afghan'), 'a recognised nationality is not kept as a note');
  const documents = partsOf(old, 'unsc-qdi-265').filter((e) => e.schema === 'Passport' || e.schema === 'Identification');
  assert.deepEqual(documents.map((e) => e.properties.number![0]).sort(), ['24492025390', '6110125312507', 'A-374184', 'AT0712501']);
  for (const document of documents) {
    assert.deepEqual(document.properties.country, ['pk']);
    assert.ok(!(document.properties.summary ?? []).some((text) => text.startsWith('issuing country')));
  }
});

test('golden: seven records from both serialisation eras', () => {
  const chosen = [
    ...['unsc-qdi-001', 'unsc-tai-002', 'unsc-qde-114'].flatMap((id) => partsOf(old, id)),
    ...['unsc-qdi-001', 'unsc-kpi-006', 'unsc-iri-001', 'unsc-kpe-001'].flatMap((id) => partsOf(latest, id)),
  ];
  assertGolden('un-xml/consolidated-2017-07-03-and-2026-02-27-seven-records.json', chosen);
});

// A small document: the 2026 file's head and its first record (CDi.001, ASCII only).
const LATEST_TEXT = readFileSync(unFile('2026-02-27'), 'utf8');
const FIRST_RECORD = /<INDIVIDUAL>[\s\S]*?<\/INDIVIDUAL>/.exec(LATEST_TEXT)![0];
const HEAD = LATEST_TEXT.slice(0, LATEST_TEXT.indexOf(FIRST_RECORD));
const oneRecordDocument = (...records: string[]): string => `${HEAD}${records.join('\n')}\n  </INDIVIDUALS>\n</CONSOLIDATED_LIST>\n`;

test('a repeated REFERENCE_NUMBER gets an id with its DATAID, so ids stay unique', async () => {
  const twin = FIRST_RECORD.replace(/<DATAID>\d+<\/DATAID>/, '<DATAID>999</DATAID>');
  const entities = await entitiesOf(unScXml, writeCopy('twins.xml', oneRecordDocument(FIRST_RECORD, twin)));
  assert.deepEqual(entities.filter((e) => e.target).map((e) => e.id), ['unsc-cdi-001', 'unsc-cdi-001-999']);
  await refused(writeCopy('triplets.xml', oneRecordDocument(FIRST_RECORD, twin, twin)), /record INDIVIDUAL DATAID 999, field DATAID: REFERENCE_NUMBER CDi.001 is listed twice with the same DATAID/);
});

test('a list without records is refused (loading it would delist everyone)', async () => {
  await refused(writeCopy('no-records.xml', oneRecordDocument()), /refusing an empty list/);
});

test('broken copies are refused naming file, line and record', async () => {
  await refused(writeCopy('truncated.xml', LATEST_TEXT.slice(0, 300_000)), /line \d+, .*unexpected end of file/);
  await refused(writeCopy('empty.xml', ''), /line 1: empty file/);
  await refused(writeCopy('ofac.xml', readFileSync(sharedData('ofac-xml', '2018-04-06', 'consolidated.xml'))), /line 2: expected root element <CONSOLIDATED_LIST>, found <sdnList>/);
  const latin1Text = oneRecordDocument(FIRST_RECORD.replace('<FIRST_NAME>ERIC</FIRST_NAME>', '<FIRST_NAME>ÉRIC</FIRST_NAME>')).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
  const line = latin1Text.slice(0, latin1Text.indexOf('ÉRIC')).split('\n').length;
  await refused(writeCopy('latin1.xml', Buffer.from(latin1Text, 'latin1')), new RegExp(`line ${line}: not valid UTF-8`));
  const noReference = oneRecordDocument(FIRST_RECORD.replace(/<REFERENCE_NUMBER>.*<\/REFERENCE_NUMBER>/, ''));
  await refused(writeCopy('no-reference.xml', noReference), /line 4, record INDIVIDUAL DATAID 6907993, field REFERENCE_NUMBER/);
  const badDate = oneRecordDocument(FIRST_RECORD.replace(/<LISTED_ON>.*<\/LISTED_ON>/, '<LISTED_ON>25/01/2001</LISTED_ON>'));
  await refused(writeCopy('bad-date.xml', badDate), /line 4, record INDIVIDUAL CDi.001, field LISTED_ON: "25\/01\/2001" is not a date/);
});

test('a DOCTYPE with an external entity is refused (hostile XML in depth: lib/xml.test.ts)', async () => {
  await assertDoctypeRefused(unScXml, copies, oneRecordDocument(FIRST_RECORD), 'CONSOLIDATED_LIST');
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import type { Entity } from '../model/entity.js';
import { assertGolden } from '../../test/support/golden-entities.js';
import { sharedData } from '../../test/support/paths.js';
import { assertRefused, entitiesOf, entityById, partsOf, sanctionsOf as sanctionsIn, tempCopies } from '../../test/support/source-testing.js';
import { gbHmtCsv } from './gb-hmt-csv.js';
import { readCsvRows } from './lib/csv.js';

const CONLIST = sharedData('uk', '2020-04-27', 'ConList.csv');
// latin1 maps each byte to one char and back (copies are written as latin1 too), so edits keep the file's own bytes.
const RAW = readFileSync(CONLIST).toString('latin1');
const LINES = RAW.split('\r\n');
const writeCopy = tempCopies('gb-hmt-', 'latin1').write;
const collect = (file: string): Promise<Entity[]> => entitiesOf(gbHmtCsv, file);
const refused = (file: string, pattern: RegExp) => assertRefused(gbHmtCsv, file, pattern);

/** The first `count` lines of the real file, as a (smaller) CSV. */
const head = (count: number): string => `${LINES.slice(0, count).join('\r\n')}\r\n`;

const entities = await collect(CONLIST);
const get = (id: string): Entity => entityById(entities, id);
const sanctionsOf = (id: string): Entity[] => sanctionsIn(entities, id);
const groupEntities = (groupId: string): Entity[] => partsOf(entities, `gb-hmt-${groupId}`);

test('metadata: dataset, publication date from line 1, input file', async () => {
  assert.equal(await gbHmtCsv.defaultDataset(CONLIST), 'gb_hmt_sanctions');
  assert.equal(await gbHmtCsv.publicationDate(CONLIST), '2020-04-27');
  assert.deepEqual(await gbHmtCsv.inputFiles(CONLIST), [CONLIST]);
});

test('2,114 targets (1,523 Person, 591 Organization) from 9,492 rows', async () => {
  let rows = 0;
  for await (const _ of readCsvRows(CONLIST, { format: 'test', encoding: 'windows-1252', skipLines: 2 })) rows++;
  assert.equal(rows, 9492);
  const targets = entities.filter((e) => e.target);
  assert.equal(targets.length, 2114);
  assert.equal(targets.filter((e) => e.schema === 'Person').length, 1523);
  assert.equal(targets.filter((e) => e.schema === 'Organization').length, 591);
  // 2,114 groups + 9 extra regimes (seven groups are listed under two or three regimes).
  assert.equal(entities.filter((e) => e.schema === 'Sanction').length, 2123);
  const ukraine = new Set(entities.filter((e) => e.properties.program?.[0] === 'Ukraine (Sovereignty)').map((e) => e.properties.entity![0]));
  assert.equal(ukraine.size, 219);
});

test('GIRKIN Igor Vsevolodovich (Ukraine (Sovereignty)), field by field; ‘ ’ decoded from 0x91/0x92', () => {
  const p = get('gb-hmt-12964').properties;
  assert.equal(get('gb-hmt-12964').schema, 'Person');
  assert.deepEqual(p.name, ['Igor Vsevolodovich GIRKIN']);
  assert.deepEqual(p.alias, ['Igor STRELKOV', 'Ihor STRIELKOV']);
  assert.deepEqual([p.firstName, p.middleName, p.lastName], [['Igor', 'Ihor'], ['Vsevolodovich'], ['GIRKIN', 'STRELKOV', 'STRIELKOV']]);
  assert.deepEqual([p.birthDate, p.birthPlace, p.birthCountry], [['1970-12-17'], ['Moscow'], ['ru']]);
  assert.deepEqual(p.position, ['Head of \u2018Novorossia\u2019 public movement']);
  assert.match(p.notes![0]!, /^Staff of Main Intelligence Directorate .*\(GRU\)/);
  const [sanction, ...others] = sanctionsOf('gb-hmt-12964');
  assert.equal(others.length, 0);
  assert.deepEqual(sanction!.properties, {
    authority: ['HM Treasury Office of Financial Sanctions Implementation'],
    authorityId: ['12964'],
    country: ['gb'],
    entity: ['gb-hmt-12964'],
    listingDate: ['2014-04-29'],
    modifiedAt: ['2020-03-18'],
    program: ['Ukraine (Sovereignty)'],
  });
});

test('ALMAZ-ANTEY (Ukraine (Sovereignty)): rows on lines 1806-1809 and 5265 make one Organization', () => {
  const org = get('gb-hmt-13076');
  assert.equal(org.schema, 'Organization');
  assert.deepEqual(org.properties.name, ['JOINT-STOCK COMPANY CONCERN ALMAZ-ANTEY']);
  assert.deepEqual(org.properties.alias, ['ALMAZ-ANTEY CONCERN', 'ALMAZ-ANTEY CORP.', 'ALMAZ-ANTEY DEFENSE CORPORATION', 'ALMAZ-ANTEY JSC']);
  assert.deepEqual([org.properties.country, org.properties.address], [['ru'], ['41 ul. Vereiskaya Street, Moscow 121471, Russian Federation']]);
  assert.deepEqual(get(org.properties.addressEntity![0]!).properties, {
    country: ['ru'],
    full: ['41 ul. Vereiskaya Street, Moscow 121471, Russian Federation'],
  });
  const [sanction] = sanctionsOf('gb-hmt-13076');
  assert.deepEqual([sanction!.properties.listingDate, sanction!.properties.modifiedAt], [['2014-07-31'], ['2018-09-20']]);
});

test('AL HAKIM (13190): ’ in names, enumerated towns of birth, three birth years, gender from notes', () => {
  const p = get('gb-hmt-13190').properties;
  assert.deepEqual(p.name, ['Abdullah Yahya AL HAKIM']);
  assert.ok(p.alias!.includes('Abdallah AL-MU\u2019AYYAD'));
  assert.deepEqual(p.birthPlace, ['Dahyan', 'Sa\u2019dah Governorate']);
  assert.deepEqual([p.birthDate, p.nationality, p.gender], [['1984', '1985', '1986'], ['ye'], ['male']]);
});

test('AL-QAHTANI (13349): passport number taken out of its text, two nationalities', () => {
  const p = get('gb-hmt-13349').properties;
  assert.deepEqual([p.nationality, p.passportNumber, p.birthDate], [['qa', 'sa'], ['592667'], ['1980', '1981']]);
  const passport = entities.find((e) => e.schema === 'Passport' && e.properties.holder?.[0] === 'gb-hmt-13349')!;
  assert.deepEqual(passport.properties.summary, ['Passport No: 592667 (Qatari passport issued on 3 May 2007).']);
});

test('JAFARI (10638): one Sanction per regime with its own listing date', () => {
  const listed = sanctionsOf('gb-hmt-10638').map((s) => `${s.properties.program![0]} ${s.properties.listingDate![0]}`).sort();
  assert.deepEqual(listed, ['Iran (human rights) 2011-04-14', 'Iran (nuclear proliferation) 2008-06-24', 'Syria 2011-06-24']);
});

test('golden: five groups', () => {
  assertGolden('uk-csv/ConList-2020-04-27-five-groups.json', ['12964', '13076', '13190', '13349', '10638'].flatMap(groupEntities));
});

test('a copy re-saved as UTF-8 is read as UTF-8 and gives the same entities', async () => {
  const utf8 = iconv.encode(iconv.decode(Buffer.from(head(900), 'latin1'), 'win1252'), 'utf-8');
  const fromUtf8 = await collect(writeCopy('utf8.csv', utf8));
  const fromCp1252 = await collect(writeCopy('cp1252.csv', head(900)));
  assert.deepEqual(fromUtf8, fromCp1252);
  const hakim = fromUtf8.find((e) => e.id === 'gb-hmt-13190')!;
  assert.deepEqual(hakim.properties.birthPlace, ['Dahyan', 'Sa\u2019dah Governorate']);
});

test('broken copies are refused with file and line', async () => {
  // Line 21 cut inside its quoted "Other Information", then before it.
  await refused(writeCopy('truncated-quote.csv', `${head(20)}${LINES[20]!.slice(0, 60)}`), /line 21: malformed CSV: Quote Not Closed/);
  await refused(writeCopy('truncated.csv', `${head(20)}${LINES[20]!.slice(0, 40)}`), /line 21, field NI Number: expected 29 columns as in the header on line 2, found 12/);
  const short = head(40).replace('ABAS,Yaser,Aziz,,', 'ABAS,Yaser,Aziz,');
  await refused(writeCopy('columns.csv', short), /line 21, field Group ID: expected 29 columns as in the header on line 2, found 28/);
  await refused(writeCopy('header.csv', head(40).replace(',Group ID\r\n', ',Group\r\n')), /line 2, field Group ID: missing column "Group ID"/);
  await refused(writeCopy('empty.csv', ''), /line 1: empty file/);
  await refused(writeCopy('header-only.csv', head(2)), /refusing an empty list/);
  await refused(writeCopy('sdn.csv', readFileSync(sharedData('ofac', '2019-01-04', 'sdn.csv'))), /line 1, field Last Updated: expected "Last Updated,<dd\/mm\/yyyy>" on line 1.*UK consolidated list/);
  const utf16 = Buffer.from(iconv.decode(Buffer.from(head(40), 'latin1'), 'win1252'), 'utf16le');
  await refused(writeCopy('utf16.csv', utf16), /line 1: .*NUL characters/);
  await refused(writeCopy('bad-dob.csv', head(40).replace('08/11/1965', '31/02/1965')), /line 19, record \d+, field DOB: invalid date of birth "31\/02\/1965"/);
});

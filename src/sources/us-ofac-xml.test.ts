import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Entity } from '../model/entity.js';
import { SourceFormatError } from '../model/errors.js';
import { assertGolden } from '../../test/support/golden-entities.js';
import { sharedData } from '../../test/support/paths.js';
import { assertDoctypeRefused, assertRefused, entitiesOf, entityById, partsOf, schemaCounts, tempCopies } from '../../test/support/source-testing.js';
import { usOfacCsv } from './us-ofac-csv.js';
import { usOfacXml } from './us-ofac-xml.js';

const xmlFile = (date: string): string => sharedData('ofac-xml', date, 'consolidated.xml');
const FILE_2018 = xmlFile('2018-04-06');
const TEXT_2018 = readFileSync(FILE_2018, 'utf8');
const copies = tempCopies('ofac-xml-');
const writeCopy = copies.write;
const refused = (file: string, pattern: RegExp) => assertRefused(usOfacXml, file, pattern);

const entities2018 = await entitiesOf(usOfacXml, FILE_2018);
const props = (id: string): Entity['properties'] => entityById(entities2018, id).properties;

// Entry counts from the README (section 2) and `grep -c '<sdnEntry>'`; the Record_Count of each file agrees.
const SNAPSHOTS: ReadonlyArray<readonly [string, Record<string, number>]> = [
  ['2018-04-06', { LegalEntity: 471, Person: 94, Vessel: 74 }],
  ['2020-03-17', { LegalEntity: 293, Person: 82 }],
  ['2024-05-06', { LegalEntity: 364, Person: 79 }],
  ['2025-03-28', { LegalEntity: 363, Person: 80 }],
  ['2025-06-30', { LegalEntity: 363, Person: 80 }],
];

test('every snapshot: entry counts per schema, publication date = Publish_Date, unique ids, cons dataset', async () => {
  for (const [date, counts] of SNAPSHOTS) {
    const file = xmlFile(date);
    const entities = date === '2018-04-06' ? entities2018 : await entitiesOf(usOfacXml, file);
    assert.deepEqual(schemaCounts(entities.filter((e) => e.target)), counts, date);
    assert.equal(new Set(entities.map((e) => e.id)).size, entities.length, `${date}: ids are unique`);
    assert.equal(await usOfacXml.publicationDate(file), date);
    assert.equal(await usOfacXml.defaultDataset(file), 'us_ofac_cons');
    assert.deepEqual(await usOfacXml.inputFiles(file), [file]);
  }
  assert.equal(await usOfacXml.defaultDataset('/downloads/SDN.XML'), 'us_ofac_sdn');
  assert.equal(await usOfacXml.defaultDataset('/downloads/CONS_PRIM.XML'), 'us_ofac_cons');
  await assert.rejects(usOfacXml.inputFiles(join(copies.dir, 'absent.xml')), SourceFormatError);
});

test('the same publication as CSV (ofac-cons/2018-04-06) and as XML gives identical entities', async () => {
  const fromCsv = await entitiesOf(usOfacCsv, sharedData('ofac-cons', '2018-04-06'));
  const sortById = (entities: readonly Entity[]): Entity[] => [...entities].sort((a, b) => a.id.localeCompare(b.id));
  assert.equal(fromCsv.length, 3015);
  assert.deepEqual(sortById(entities2018), sortById(fromCsv));
});

test('9639 HANIYA: person name in OFAC form, aliases, birth, NS-PLC sanction', () => {
  const p = props('ofac-9639');
  assert.deepEqual([p.name, p.firstName, p.lastName], [['HANIYA, Ismail Abdul Salah'], ['Ismail Abdul Salah'], ['HANIYA']]);
  assert.deepEqual(p.alias, ['HANIYA, Ismail', 'HANIYYA, Ismaeel']);
  assert.deepEqual([p.birthDate, p.birthPlace, p.program], [['1962'], ['Shati'], ['NS-PLC']]);
  const sanction = partsOf(entities2018, 'ofac-9639').find((e) => e.schema === 'Sanction')!;
  assert.deepEqual(sanction.properties, {
    authority: ['Office of Foreign Assets Control'],
    country: ['us'],
    entity: ['ofac-9639'],
    program: ['NS-PLC'],
    programId: ['NS-PLC'],
  });
});

test('15036 SHONA: vessel info, IMO and MMSI ids, former flags, weak-free aliases, Linked To', () => {
  const p = props('ofac-15036');
  assert.equal(entityById(entities2018, 'ofac-15036').schema, 'Vessel');
  assert.deepEqual([p.callSign, p.type, p.flag], [['T2EU4'], ['Crude/Oil Products Tanker'], ['tz']]);
  assert.deepEqual([p.tonnage, p.grossRegisteredTonnage], [['99144'], ['56068']]);
  assert.deepEqual([p.imoNumber, p.mmsi, p.pastFlags], [['9187629'], ['572469210'], ['mt', 'tv']]);
  assert.deepEqual(p.previousName, ['ABADAN', 'ALPHA']);
  assert.ok(p.notes!.includes('alt. Former Vessel Flag None Identified'), 'a flag that is no country stays as written');
  const link = partsOf(entities2018, 'ofac-15036').find((e) => e.schema === 'UnknownLink')!;
  assert.deepEqual(link.properties, { object: ['ofac-15117'], role: ['Linked To'], subject: ['ofac-15036'] });
  assert.deepEqual(props('ofac-15117').name, ['NATIONAL IRANIAN TANKER COMPANY']);
});

test('17015 VNESHECONOMBANK: weak alias, web and e-mail, BIK document, directive as provision', () => {
  const p = props('ofac-17015');
  assert.deepEqual(p.weakAlias, ['VEB']);
  assert.deepEqual([p.website, p.email], [['http://www.veb.ru'], ['info@veb.ru']]);
  assert.deepEqual(p.address, ['9 Akademika Sakharova prospekt, Moscow 107996, Russia']);
  assert.deepEqual(p.country, ['ru']);
  const [sanction] = partsOf(entities2018, 'ofac-17015').filter((e) => e.schema === 'Sanction');
  assert.deepEqual(sanction!.properties.program, ['UKRAINE-EO13662']);
  assert.deepEqual(sanction!.properties.provisions, ['Executive Order 13662 Directive Determination - Subject to Directive 1']);
  const bik = partsOf(entities2018, 'ofac-17015').find((e) => e.schema === 'Identification')!;
  assert.deepEqual(bik.properties, { holder: ['ofac-17015'], number: ['044525060'], type: ['BIK (RU)'] });
});

test('golden: nine entries of 2018 and 2025 (bank, person, vessel, SSI bank, CMIC, FSE passport holder)', async () => {
  const entities2025 = await entitiesOf(usOfacXml, xmlFile('2025-06-30'));
  const chosen = [
    ...['ofac-4632', 'ofac-9639', 'ofac-15036', 'ofac-17015', 'ofac-11625'].flatMap((id) => partsOf(entities2018, id)),
    ...['ofac-17018', 'ofac-30882', 'ofac-26182', 'ofac-9647'].flatMap((id) => partsOf(entities2025, id)),
  ];
  assertGolden('ofac-xml/consolidated-2018-04-06-and-2025-06-30-nine-entries.json', chosen);
});

test('OFAC Enhanced XML and its ZIP are refused with the reason', async () => {
  for (const file of [sharedData('ofac-xml', '2024-05-24', 'yemen_sanctions.xml'), sharedData('ofac-xml', '2024-08-28', 'IRGC_sanctions.xml')]) {
    await refused(file, /line 2: expected root element <sdnList>, found <sanctionsData>: this is OFAC Enhanced XML .* which ofac-xml does not support/);
  }
  await refused(sharedData('ofac-xml', '2025-01-10', 'CONS_ENHANCED.ZIP'), /line 1: this is a ZIP archive/);
});

test('broken copies are refused naming file and line', async () => {
  await refused(writeCopy('truncated.xml', TEXT_2018.slice(0, 200_000)), /line \d+, .*unexpected end of file/);
  await refused(writeCopy('empty.xml', ''), /line 1: empty file/);
  await refused(writeCopy('un.xml', readFileSync(sharedData('un', '2017-07-03', 'consolidated.xml'))), /line 1: expected root element <sdnList>, found <CONSOLIDATED_LIST>/);
  const latin1Text = TEXT_2018.replace('<?xml version="1.0" standalone="yes"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>').replace('<lastName>BANK MASKAN</lastName>', '<lastName>BANK MASKÂN</lastName>');
  const line = latin1Text.slice(0, latin1Text.indexOf('MASKÂN')).split('\n').length;
  await refused(writeCopy('latin1.xml', Buffer.from(latin1Text, 'latin1')), new RegExp(`line ${line}: not valid UTF-8`));
  await refused(writeCopy('bad-type.xml', TEXT_2018.replace('<sdnType>Individual</sdnType>', '<sdnType>Robot</sdnType>')), /line \d+, record sdnEntry uid \d+, field sdnType: sdnType "Robot"/);
});

test('Record_Count must match the entries: a well-formed file missing one entry is refused', async () => {
  const firstEntry = /<sdnEntry>[\s\S]*?<\/sdnEntry>\r?\n/.exec(TEXT_2018)![0];
  const error = await refused(writeCopy('one-less.xml', TEXT_2018.replace(firstEntry, '')), /line 3, field Record_Count: Record_Count says 639 entries but the file has 638/);
  assert.equal(error.location.field, 'Record_Count');
  const head = TEXT_2018.slice(0, TEXT_2018.indexOf('<sdnEntry>')).replace('<Record_Count>639</Record_Count>', '<Record_Count>0</Record_Count>');
  await refused(writeCopy('no-entries.xml', `${head}</sdnList>\n`), /no <sdnEntry> elements; refusing an empty list/);
});

test('a DOCTYPE with an external entity is refused (hostile XML in depth: lib/xml.test.ts)', async () => {
  await assertDoctypeRefused(usOfacXml, copies, TEXT_2018, 'sdnList');
});

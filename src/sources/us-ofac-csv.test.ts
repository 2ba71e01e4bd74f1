/**
 * The OFAC CSV folder parser on the real files in ../shared/data (counts from its README,
 * entities checked field by field against the rows), a golden file for five chosen listings,
 * and broken copies made in a temp dir.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Entity } from '../model/entity.js';
import { assertGolden } from '../../test/support/golden-entities.js';
import { sharedData } from '../../test/support/paths.js';
import { assertRefused as assertParseRefused, assertSourceError } from '../../test/support/source-testing.js';
import { makeTempDir } from '../../test/support/temp.js';
import { usOfacCsv } from './us-ofac-csv.js';

interface ParsedFolder {
  targets: Record<string, number>;
  /** Every entity of the listings asked for: ofac-<n> and the entities derived from it. */
  listings: Map<string, Entity[]>;
  elapsedMs: number;
}

async function parseFolder(path: string, entNums: readonly string[] = []): Promise<ParsedFolder> {
  const wanted = new Set(entNums.map((n) => `ofac-${n}`));
  const result: ParsedFolder = { targets: {}, listings: new Map(), elapsedMs: 0 };
  const started = performance.now();
  for await (const item of usOfacCsv.parse(path)) {
    assert.equal(item.kind, 'entity');
    if (item.kind !== 'entity') continue;
    const entity = item.entity;
    if (entity.target) result.targets[entity.schema] = (result.targets[entity.schema] ?? 0) + 1;
    const owner = /^ofac-\d+/.exec(entity.id)?.[0];
    if (owner !== undefined && wanted.has(owner)) result.listings.set(owner, [...(result.listings.get(owner) ?? []), entity]);
  }
  result.elapsedMs = performance.now() - started;
  return result;
}

function listing(parsed: ParsedFolder, entNum: string): { target: Entity; of: (schema: string) => Entity[] } {
  const entities = parsed.listings.get(`ofac-${entNum}`) ?? [];
  const target = entities[0];
  assert.ok(target !== undefined && target.id === `ofac-${entNum}` && target.target, `ofac-${entNum} is emitted first, as a target`);
  return { target, of: (schema) => entities.filter((e) => e.schema === schema) };
}

const programsOf = (sanctions: Entity[]): string[] => sanctions.flatMap((s) => s.properties.program ?? []).sort();

describe('usOfacCsv folder handling', () => {
  it('lists the files present, sorted, and names the dataset by the list', async () => {
    const sdn = sharedData('ofac', '2019-01-04');
    assert.deepEqual(await usOfacCsv.inputFiles(sdn), ['add.csv', 'alt.csv', 'sdn.csv', 'sdn_comments.csv'].map((f) => join(sdn, f)));
    assert.equal(await usOfacCsv.defaultDataset(sdn), 'us_ofac_sdn');
    assert.equal(await usOfacCsv.publicationDate(sdn), undefined);
    const only = sharedData('ofac', '2024-07-02');
    assert.deepEqual(await usOfacCsv.inputFiles(only), [join(only, 'sdn.csv')]);
    const cons = sharedData('ofac-cons', '2018-04-06');
    assert.deepEqual(await usOfacCsv.inputFiles(cons), ['cons_add.csv', 'cons_alt.csv', 'cons_comments.csv', 'cons_prim.csv'].map((f) => join(cons, f)));
    assert.equal(await usOfacCsv.defaultDataset(cons), 'us_ofac_cons');
  });

  it('refuses a folder with only add/alt/comments files (2025-01-03), saying sdn.csv is missing', async () => {
    const folder = sharedData('ofac', '2025-01-03');
    for (const call of [usOfacCsv.inputFiles, usOfacCsv.defaultDataset]) {
      await assertSourceError(() => call(folder), /sdn\.csv .*or cons_prim\.csv .*is missing from this folder/, folder);
    }
  });
});

describe('usOfacCsv on ofac/2019-01-04 (LF line ends, no 0x1A)', () => {
  let parsed: ParsedFolder;
  before(async () => {
    parsed = await parseFolder(sharedData('ofac', '2019-01-04'), ['16685', '24226', '12300', '15599', '18325', '21328', '15036', '15431']);
  });

  it('yields the 7379 listings of the README table by schema', () => {
    assert.deepEqual(parsed.targets, { Person: 3845, LegalEntity: 2994, Vessel: 323, Airplane: 217 });
  });

  it('CHEMEZOV, Sergei (16685): names, birth, alias, programme', () => {
    const { target, of } = listing(parsed, '16685');
    assert.equal(target.schema, 'Person');
    assert.deepEqual(target.properties, {
      name: ['CHEMEZOV, Sergei'], lastName: ['CHEMEZOV'], firstName: ['Sergei'],
      birthDate: ['1952-08-20'], birthPlace: ['Cheremkhovo, Irkutsk, Russia'], birthCountry: ['ru'],
      alias: ['CHEMEZOV, Sergey Viktorovich'], program: ['UKRAINE-EO13661'], topics: ['sanction'],
    });
    const [sanction] = of('Sanction');
    assert.deepEqual(sanction!.properties, {
      authority: ['Office of Foreign Assets Control'], country: ['us'], entity: ['ofac-16685'],
      program: ['UKRAINE-EO13661'], programId: ['UKRAINE-EO13661'],
    });
  });

  it('EN+ GROUP PLC (24226): two programmes, three addresses, the link to DERIPASKA', () => {
    const { target, of } = listing(parsed, '24226');
    assert.equal(target.schema, 'LegalEntity');
    assert.deepEqual(target.properties.program, ['UKRAINE-EO13661', 'UKRAINE-EO13662']);
    assert.deepEqual(programsOf(of('Sanction')), ['UKRAINE-EO13661', 'UKRAINE-EO13662']);
    assert.deepEqual(target.properties.country, ['gb', 'je', 'ru']);
    assert.deepEqual(of('Address').map((a) => a.properties.full![0]).sort(), [
      '1 Vasilisy Kozhinoy St., Moscow 121096, Russia', '8 Cleveland Row, London SW1A 1DH, United Kingdom', 'Esplanade 44, Saint Helier JE4 9WG, Jersey',
    ]);
    assert.deepEqual(target.properties.registrationNumber, ['91061']);
    assert.deepEqual(of('UnknownLink').map((l) => l.properties.object![0]), ['ofac-24283']);
  });

  it('joins Remarks cut at 1000 characters with sdn_comments.csv: "PROMO RAI" + "Z S.A.S." links 12300 to 12396', () => {
    const { target, of } = listing(parsed, '12300');
    const objects = of('UnknownLink').map((l) => l.properties.object![0]);
    assert.ok(objects.includes('ofac-12396'), 'PROMO RAIZ S.A.S. (12396), named across the cut');
    assert.equal(target.properties.notes?.some((n) => n.includes('PROMO RAI')) ?? false, false);
  });

  it('resolves "Linked To:" names to listings of the same file, incl. the last one of a continued remark', () => {
    const { of } = listing(parsed, '15599');
    const objects = of('UnknownLink').map((l) => l.properties.object![0]);
    // The last clause of sdn_comments.csv row 15599: "Linked To: VILLAS DEL COLLI S.A. DE C.V." (16123).
    assert.ok(objects.includes('ofac-16123'));
    assert.ok(objects.includes('ofac-16127'), 'TAXI AEREO NACIONAL DE CULIACAN, S.A.');
    const [link] = listing(parsed, '18325').of('UnknownLink');
    assert.deepEqual(link!.properties, { subject: ['ofac-18325'], object: ['ofac-16721'], role: ['Linked To'] });
  });

  it('matches the golden file for five chosen listings and their derived entities', () => {
    const chosen = ['21328', '18325', '15036', '15431', '15599'];
    assertGolden('ofac-csv/sdn-2019-01-04.json', Object.fromEntries(chosen.map((n) => [`ofac-${n}`, parsed.listings.get(`ofac-${n}`)])));
  });
});

describe('usOfacCsv on ofac/2021-06-29 (CRLF, 0x1A)', () => {
  it('yields 8976 listings and joins a remark cut inside a quoted alias', async () => {
    const parsed = await parseFolder(sharedData('ofac', '2021-06-29'), ['28263']);
    assert.deepEqual(parsed.targets, { Person: 4620, LegalEntity: 3673, Vessel: 406, Airplane: 277 });
    // sdn.csv ends "a.k.a. 'snowsjo", sdn_comments.csv goes on "hn'; Linked To: LAZARUS GROUP."
    const { target, of } = listing(parsed, '28263');
    assert.deepEqual(target.properties.weakAlias, ['snowsjohn', 'tianyinyin0404']);
    assert.deepEqual(of('UnknownLink').map((l) => l.properties.object![0]), ['ofac-27307']);
  });
});

describe('usOfacCsv on ofac/2024-07-02 (the largest SDN file)', () => {
  let parsed: ParsedFolder;
  before(async () => {
    parsed = await parseFolder(sharedData('ofac', '2024-07-02'), ['16685']);
  });

  it('yields the 15443 listings of the README table by schema', (t) => {
    assert.deepEqual(parsed.targets, { Person: 6927, LegalEntity: 7270, Vessel: 872, Airplane: 374 });
    t.diagnostic(`parsed 15443 listings in ${Math.round(parsed.elapsedMs)} ms`);
  });

  it('CHEMEZOV, Sergei (16685): RUSSIA-EO14024 added, nationality, gender, tax number', () => {
    const { target, of } = listing(parsed, '16685');
    assert.deepEqual(target.properties.program, ['RUSSIA-EO14024', 'UKRAINE-EO13661']);
    assert.deepEqual(programsOf(of('Sanction')), ['RUSSIA-EO14024', 'UKRAINE-EO13661']);
    assert.deepEqual(target.properties.nationality, ['ru']);
    assert.deepEqual(target.properties.gender, ['male']);
    assert.deepEqual(target.properties.taxNumber, ['770202363089']);
    const [document] = of('Identification');
    assert.deepEqual(document!.properties, { holder: ['ofac-16685'], number: ['770202363089'], type: ['Tax ID No.'], country: ['ru'] });
    assert.deepEqual(of('Sanction')[0]!.properties.provisions, ['Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209']);
  });
});

describe('usOfacCsv on the Consolidated (non-SDN) list', () => {
  it('ofac-cons/2018-04-06: 639 listings, the empty cons_comments.csv accepted', async () => {
    const parsed = await parseFolder(sharedData('ofac-cons', '2018-04-06'));
    assert.deepEqual(parsed.targets, { Person: 94, LegalEntity: 471, Vessel: 74 });
  });

  it('ofac-cons/2025-12-19: 442 listings; GAZPROMBANK (17016) gets the remark continued in cons_comments.csv', async () => {
    const parsed = await parseFolder(sharedData('ofac-cons', '2025-12-19'), ['17016']);
    assert.deepEqual(parsed.targets, { Person: 79, LegalEntity: 363 });
    const { target, of } = listing(parsed, '17016');
    assert.deepEqual(target.properties.taxNumber, ['7744001497']);
    assert.deepEqual(target.properties.leiCode, ['253400WSS48YWMBUA688']);
    assert.deepEqual(target.properties.swiftBic, ['GAZPRUMM']);
    assert.deepEqual(programsOf(of('Sanction')), ['RUSSIA-EO14024', 'UKRAINE-EO13662']);
    const provisions = of('Sanction')[0]!.properties.provisions!;
    assert.ok(provisions.includes('Listing Date (EO 14024 Directive 3): 24 Feb 2022'));
    assert.ok(provisions.some((p) => p.includes("the 'Effective Date (EO 14024 Directive)' associated with this name are prohibited")));
  });
});

describe('usOfacCsv on broken copies', () => {
  const sdn2019 = readFileSync(sharedData('ofac', '2019-01-04', 'sdn.csv'), 'latin1').split('\n').slice(0, 40);

  function folderWith(sdnText: string | Buffer, extra: Record<string, string> = {}): string {
    const dir = makeTempDir('ofac-csv-');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'sdn.csv'), sdnText);
    for (const [name, source] of Object.entries(extra)) copyFileSync(source, join(dir, name));
    return dir;
  }

  async function assertRefused(dir: string, file: string, line: number, reason: RegExp): Promise<void> {
    const error = await assertParseRefused(usOfacCsv, dir, reason, join(dir, file));
    assert.ok(error.message.includes(`line ${line}`), error.message);
  }

  it('a file cut inside a quoted field', async () => {
    const row = sdn2019[16]!; // 587,"CRUZ, Juan M. de la",...,"Director, Banco Nacional de Cuba."
    const cut = `${sdn2019.slice(0, 16).join('\n')}\n${row.slice(0, row.lastIndexOf('"Director') + 5)}`;
    await assertRefused(folderWith(cut), 'sdn.csv', 17, /malformed CSV: Quote Not Closed/);
  });

  it('a row with 11 columns', async () => {
    const rows = [...sdn2019];
    rows[9] = rows[9]!.replace(/,[^,]*$/, '');
    await assertRefused(folderWith(rows.join('\n')), 'sdn.csv', 10, /expected 12 columns, found 11/);
  });

  it('a Latin-1 byte (0xE9) at a known line', async () => {
    const bytes = Buffer.from(sdn2019.join('\n'), 'latin1');
    const at = bytes.indexOf(Buffer.from('"AEROCARIBBEAN AIRLINES"')) + 2;
    bytes[at] = 0xe9;
    await assertRefused(folderWith(bytes), 'sdn.csv', 1, /not valid UTF-8/);
    const later = Buffer.from(sdn2019.join('\n'), 'latin1');
    later[later.indexOf(Buffer.from('"CRUZ, Juan M. de la"')) + 3] = 0xe9;
    await assertRefused(folderWith(later), 'sdn.csv', 17, /not valid UTF-8/);
  });

  it('an empty sdn.csv: an SDN list with no listings is refused', async () => {
    await assertRefused(folderWith(''), 'sdn.csv', 1, /no listings is not a valid list/);
  });

  it('the UN XML list saved as sdn.csv', async () => {
    const xml = readFileSync(sharedData('un', '2017-07-03', 'consolidated.xml'));
    await assertRefused(folderWith(xml), 'sdn.csv', 1, /XML document, not an OFAC CSV file/);
  });

  it('an add.csv that belongs to another sdn.csv', async () => {
    const dir = folderWith(sdn2019.join('\n'), { 'add.csv': sharedData('ofac', '2019-01-04', 'add.csv') });
    // add.csv line 16 is the first address of a listing beyond the 40 rows kept (ent_num 587 is row 17).
    const addLines = readFileSync(sharedData('ofac', '2019-01-04', 'add.csv'), 'latin1').split('\n');
    const kept = new Set(sdn2019.map((row) => row.split(',')[0]));
    const firstOrphan = addLines.findIndex((row) => !kept.has(row.split(',')[0])) + 1;
    await assertRefused(dir, 'add.csv', firstOrphan, /is not listed in .*sdn\.csv/);
  });
});

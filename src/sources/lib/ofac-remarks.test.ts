/**
 * Remarks parsing on real remark strings, copied verbatim from ../shared/data/ofac/*\/sdn.csv
 * and ofac-cons/*\/cons_prim.csv (ent_num and snapshot in each test name).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RemarkDocument } from './ofac-remark-ids.js';
import { parseRemarkDate } from './ofac-remark-dates.js';
import { parseOfacRemarks, splitRemarkClauses, type RemarkFact } from './ofac-remarks.js';

interface Summary {
  properties: Record<string, string[]>;
  documents: RemarkDocument[];
  relations: string[];
  wallets: string[];
  provisions: string[];
  notes: string[];
}

function summarize(remarks: string): Summary {
  const summary: Summary = { properties: {}, documents: [], relations: [], wallets: [], provisions: [], notes: [] };
  for (const fact of parseOfacRemarks(remarks) as RemarkFact[]) {
    if (fact.kind === 'property') (summary.properties[fact.prop] ??= []).push(fact.value);
    if (fact.kind === 'document') summary.documents.push(fact.document);
    if (fact.kind === 'relation') summary.relations.push(`${fact.relation}: ${fact.name}`);
    if (fact.kind === 'wallet') summary.wallets.push(`${fact.currency} ${fact.address}`);
    if (fact.kind === 'provision') summary.provisions.push(fact.text);
    if (fact.kind === 'note') summary.notes.push(fact.text);
  }
  return summary;
}

const doc = (label: string, number: string, extra: Partial<RemarkDocument> = {}): Partial<RemarkDocument> => ({ label, number, ...extra });

function assertDocuments(actual: RemarkDocument[], expected: Partial<RemarkDocument>[]): void {
  assert.equal(actual.length, expected.length, JSON.stringify(actual));
  expected.forEach((want, i) => {
    for (const [key, value] of Object.entries(want)) assert.deepEqual(actual[i]![key as keyof RemarkDocument], value, `${key} of ${want.label}`);
  });
}

describe('splitRemarkClauses', () => {
  it('splits on ";" with or without a space and drops the closing period (7940, 2019-01-04)', () => {
    assert.deepEqual(splitRemarkClauses("DOB 01 Feb 1966; POB Hashmija, Iraq; nationality possibly Palestinian;arrested 23 Apr 2002; a.k.a. 'ABU ALI'."), [
      'DOB 01 Feb 1966', 'POB Hashmija, Iraq', 'nationality possibly Palestinian', 'arrested 23 Apr 2002', "a.k.a. 'ABU ALI'",
    ]);
  });

  it('keeps a quoted name whole even when it holds a ";" or an apostrophe', () => {
    assert.deepEqual(splitRemarkClauses("a.k.a. 'X; Y'; alt. a.k.a. 'AL-QA'IDA'; f.k.a. 'ANSAR INSTITUTE'."), [
      "a.k.a. 'X; Y'", "alt. a.k.a. 'AL-QA'IDA'", "f.k.a. 'ANSAR INSTITUTE'",
    ]);
  });

  it('keeps a period that is part of a clause before ";" (cons 17016, 2025-12-19)', () => {
    assert.deepEqual(splitRemarkClauses('alt. Secondary sanctions risk: See Section 11 of Executive Order 14024.; Organization Established Date 31 Jul 1990'), [
      'alt. Secondary sanctions risk: See Section 11 of Executive Order 14024.', 'Organization Established Date 31 Jul 1990',
    ]);
  });
});

describe('parseOfacRemarks: people', () => {
  it('CHEMEZOV 16685 (2024-07-02): DOB, POB with country, nationality, gender, tax id, provision', () => {
    const s = summarize('DOB 20 Aug 1952; POB Cheremkhovo, Irkutsk, Russia; nationality Russia; Gender Male; Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209; Tax ID No. 770202363089 (Russia).');
    assert.deepEqual(s.properties, {
      birthDate: ['1952-08-20'], birthPlace: ['Cheremkhovo, Irkutsk, Russia'], birthCountry: ['ru'], nationality: ['ru'], gender: ['male'],
    });
    assertDocuments(s.documents, [doc('Tax ID No.', '770202363089', { country: 'ru', prop: 'taxNumber', isPassport: false })]);
    assert.deepEqual(s.provisions, ['Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209']);
    assert.deepEqual(s.notes, []);
  });

  it('DOB circa keeps the year and the original text (7782 SAHINPASIC, 2019-01-04)', () => {
    const s = summarize('DOB circa 1951; POB Foca, Bosnia-Herzegovina.');
    assert.deepEqual(s.properties.birthDate, ['1951']);
    assert.deepEqual(s.properties.birthPlace, ['Foca, Bosnia-Herzegovina']);
    assert.deepEqual(s.properties.birthCountry, ['ba']);
    assert.deepEqual(s.notes, ['DOB circa 1951']);
  });

  it('DOB year range spells out the years (15496 NISHIGUCHI, 2019-01-04)', () => {
    const s = summarize('DOB 1929 to 1930; Linked To: SUMIYOSHI-KAI.');
    assert.deepEqual(s.properties.birthDate, ['1929', '1930']);
    assert.deepEqual(s.relations, ['linkedTo: SUMIYOSHI-KAI']);
  });

  it('DOB "01 Jan 1953 to 31 Dec 1954" is the years 1953 and 1954 (15960 GHALEBANI, 2019-01-04)', () => {
    const s = summarize('DOB 01 Jan 1953 to 31 Dec 1954; Additional Sanctions Information - Subject to Secondary Sanctions; Passport H20676140 (Iran); Managing Director, National Iranian Oil Company; Director, Hong Kong Intertrade Company; Director, Petro Suisse Intertrade Company.');
    assert.deepEqual(s.properties.birthDate, ['1953', '1954']);
    assertDocuments(s.documents, [doc('Passport', 'H20676140', { country: 'ir', isPassport: true, prop: 'passportNumber' })]);
    assert.deepEqual(s.provisions, ['Additional Sanctions Information - Subject to Secondary Sanctions']);
    assert.equal(s.notes.length, 4);
  });

  it('DOB month-only and a whole-month range (6862 HAMIEH; 24761 AL-DAKHIL, 2024-07-02)', () => {
    assert.deepEqual(summarize('DOB Sep 1938.').properties.birthDate, ['1938-09']);
    const s = summarize('DOB 01 Sep 1964; alt. DOB 01 Mar 1965 to 31 Mar 1965; POB Faisalabad, Pakistan; nationality Pakistan; Gender Male.');
    assert.deepEqual(s.properties.birthDate, ['1964-09-01', '1965-03']);
    assert.deepEqual(s.properties.birthCountry, ['pk']);
  });

  it('several DOBs with "alt." (2679 FADLALLAH, 2019-01-04)', () => {
    const s = summarize('DOB 1938; alt. DOB 1936; POB Najf Al Ashraf (Najaf), Iraq; Additional Sanctions Information - Subject to Secondary Sanctions Pursuant to the Hizballah Financial Sanctions Regulations; Leading Ideological Figure of HIZBALLAH.');
    assert.deepEqual(s.properties.birthDate, ['1938', '1936']);
    assert.deepEqual(s.properties.birthCountry, ['iq']);
    assert.deepEqual(s.notes, ['Leading Ideological Figure of HIZBALLAH']);
  });

  it('citizen and weak aliases (6915 ABDULLAH, 2019-01-04)', () => {
    const s = summarize("DOB 1963; POB Egypt; citizen Egypt; a.k.a. 'ABU MARIAM'; a.k.a. 'SALEH'.");
    assert.deepEqual(s.properties.citizenship, ['eg']);
    assert.deepEqual(s.properties.weakAlias, ['ABU MARIAM', 'SALEH']);
    assert.deepEqual(s.properties.birthCountry, ['eg']);
  });

  it('Gender Female, Cedula and a passport with expiry (17807 HARINGHTON PADRON, 2019-01-04)', () => {
    const s = summarize("DOB 05 Dec 1971; POB Caracas, Venezuela; citizen Venezuela; Gender Female; Cedula No. 10.548.414 (Venezuela); Passport 042677664 (Venezuela) expires 25 Feb 2016; National Level Prosecutor, 20th District, Venezuela's Public Ministry.");
    assert.deepEqual(s.properties.gender, ['female']);
    assertDocuments(s.documents, [
      doc('Cedula No.', '10.548.414', { country: 've', prop: undefined }),
      doc('Passport', '042677664', { country: 've', expiryDate: '2016-02-25', issueDate: undefined }),
    ]);
    assert.deepEqual(s.notes, ["National Level Prosecutor, 20th District, Venezuela's Public Ministry"]);
  });

  it('passports with issue and expiry dates, national ids (6991 KAHIE, 2019-01-04)', () => {
    const s = summarize('DOB 22 Sep 1959; POB Mogadishu, Somalia; nationality Norway; Passport 26941812 (Norway) issued 23 Nov 2008; alt. Passport 27781924 (Norway) issued 11 May 2011 expires 11 May 2020; National ID No. 22095919778 (Norway).');
    assertDocuments(s.documents, [
      doc('Passport', '26941812', { country: 'no', issueDate: '2008-11-23' }),
      doc('Passport', '27781924', { country: 'no', issueDate: '2011-05-11', expiryDate: '2020-05-11' }),
      doc('National ID No.', '22095919778', { country: 'no', isPassport: false }),
    ]);
  });

  it('a passport number with a space and no country (Passport L 191609 ...)', () => {
    const s = summarize('Passport L 191609 issued 28 Feb 1996 expires 27 Feb 2001.');
    assertDocuments(s.documents, [doc('Passport', 'L 191609', { country: undefined, issueDate: '1996-02-28', expiryDate: '2001-02-27' })]);
  });

  it('Diplomatic Passport issued in a year (10481 SOLEIMANI, 2019-01-04)', () => {
    const s = summarize('DOB 11 Mar 1957; POB Qom, Iran; nationality Iran; citizen Iran; Additional Sanctions Information - Subject to Secondary Sanctions; Diplomatic Passport 008827 (Iran) issued 1999.');
    assertDocuments(s.documents, [doc('Diplomatic Passport', '008827', { country: 'ir', issueDate: '1999', isPassport: true })]);
    assert.deepEqual(s.properties.nationality, ['ir']);
    assert.deepEqual(s.properties.citizenship, ['ir']);
  });

  it('Passport Booklet with a colon (12295 MAKKI, 2024-07-02)', () => {
    const s = summarize('DOB 10 Dec 1954; alt. DOB 1948; POB Bahawalpur, Punjab Province, Pakistan; Passport CG9153881 (Pakistan) issued 02 Nov 2007 expires 31 Oct 2012; alt. Passport Booklet: A5199819 (Pakistan); National ID No. 6110111883885 (Pakistan); alt. National ID No. 34454009709 (Pakistan).');
    assert.equal(s.documents.length, 4);
    assertDocuments(s.documents.slice(1, 2), [doc('Passport Booklet', 'A5199819', { country: 'pk', isPassport: true })]);
  });

  it('C.U.R.P. with "#" and an Immigration No. (9976 HERNANDEZ SOMERO, 2024-07-02)', () => {
    const s = summarize('DOB 25 May 1943; POB Mexicali, Baja California, Mexico; C.U.R.P. # HESU430525HBCRMR13 (Mexico); alt. C.U.R.P. # HESU430525HBCRMR05 (Mexico); alt. C.U.R.P. # HEXU430525HBCRXR07 (Mexico); Immigration No. A38839964 (United States).');
    assert.deepEqual(s.documents.map((d) => `${d.label} ${d.number} ${d.country}`), [
      'C.U.R.P. HESU430525HBCRMR13 mx', 'C.U.R.P. HESU430525HBCRMR05 mx', 'C.U.R.P. HEXU430525HBCRXR07 mx', 'Immigration No. A38839964 us',
    ]);
  });

  it('SSN and a weak alias with an apostrophe (3754 ABU MARZOOK, 2019-01-04)', () => {
    const s = summarize("DOB 09 Feb 1951; POB Gaza, Egypt; Passport 92/664 (Egypt); SSN 523-33-8386 (United States); Political Leader in Amman, Jordan and Damascus, Syria for HAMAS; a.k.a. 'ABU-'UMAR'.");
    assertDocuments(s.documents, [doc('Passport', '92/664', { country: 'eg' }), doc('SSN', '523-33-8386', { country: 'us', prop: 'socialSecurityNumber' })]);
    assert.deepEqual(s.properties.weakAlias, ["ABU-'UMAR"]);
  });

  it("a weak alias that starts with an apostrophe (a.k.a. ''ALI AL-KHAL')", () => {
    const s = summarize("DOB 15 Jan 1968; POB Muharraq, Bahrain; nationality Bahrain; a.k.a. 'ABU MUHAMMAD AL-KHAL'; a.k.a. ''ALI AL-KHAL'.");
    assert.deepEqual(s.properties.weakAlias, ['ABU MUHAMMAD AL-KHAL', "'ALI AL-KHAL"]);
  });

  it('"nationality possibly Palestinian" and "arrested ..." stay notes (7940 ABU DHESS, 2019-01-04)', () => {
    const s = summarize("DOB 01 Feb 1966; POB Hashmija, Iraq; nationality possibly Palestinian;arrested 23 Apr 2002; a.k.a. 'ABU ALI'.");
    assert.deepEqual(s.notes, ['nationality possibly Palestinian', 'arrested 23 Apr 2002']);
    assert.equal(s.properties.nationality, undefined);
  });

  it('a remark cut at 1000 characters inside a quoted name keeps the fragment as a note (2024-07-02)', () => {
    const s = summarize("Identification Number 321284198607120616 (China); a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo");
    assert.deepEqual(s.properties.weakAlias, ['tianyinyin0404']);
    assert.deepEqual(s.notes, ["a.k.a. 'snowsjo"]);
  });

  it('e-mail addresses, a digital currency address and an expiring passport (26137 KHORASHADIZADEH, 2019-01-04)', () => {
    const s = summarize("DOB 21 Sep 1979; POB Tehran, Iran; nationality Iran; Email Address iranvisacart@yahoo.com; alt. Email Address mastercartaria@yahoo.com; Gender Male; Digital Currency Address - XBT 149w62rY42aZBox8fGcmqNsXUzSStKeq8C; Passport T14553558 (Iran) issued 28 Oct 2008 expires 29 Oct 2013; a.k.a. 'Mastercartaria'.");
    assert.deepEqual(s.properties.email, ['iranvisacart@yahoo.com', 'mastercartaria@yahoo.com']);
    assert.deepEqual(s.wallets, ['XBT 149w62rY42aZBox8fGcmqNsXUzSStKeq8C']);
    assert.deepEqual(s.properties.weakAlias, ['Mastercartaria']);
  });
});

describe('parseOfacRemarks: organisations, vessels, aircraft', () => {
  it('weak alias in a bank remark (306 BANCO NACIONAL DE CUBA, 2019-01-04)', () => {
    assert.deepEqual(summarize("a.k.a. 'BNC'.").properties, { weakAlias: ['BNC'] });
  });

  it('f.k.a. -> previousName (12478 ANSAR BANK, 2019-01-04)', () => {
    const s = summarize("Additional Sanctions Information - Subject to Secondary Sanctions; f.k.a. 'ANSAR INSTITUTE'; f.k.a. 'ANSAR AL-MOJAHEDIN NO-INTEREST LOAN INSTITUTE'; f.k.a. 'ANSAR SAVING AND INTEREST FREE-LOANS FUND'.");
    assert.deepEqual(s.properties.previousName, ['ANSAR INSTITUTE', 'ANSAR AL-MOJAHEDIN NO-INTEREST LOAN INSTITUTE', 'ANSAR SAVING AND INTEREST FREE-LOANS FUND']);
  });

  it('n.k.a., establishment date, organisation type, Russian tax and registration numbers (41920, 2024-07-02)', () => {
    const s = summarize("Organization Established Date 1971; Organization Type: Mining of iron ores; Tax ID No. 3127000014 (Russia); Registration Number 1023102257914 (Russia); n.k.a. 'LGOK'; Linked To: HOLDINGOVAYA KOMPANIYA METALLOINVEST AO.");
    assert.deepEqual(s.properties, { incorporationDate: ['1971'], sector: ['Mining of iron ores'], alias: ['LGOK'] });
    assertDocuments(s.documents, [
      doc('Tax ID No.', '3127000014', { country: 'ru', prop: 'taxNumber' }),
      doc('Registration Number', '1023102257914', { country: 'ru', prop: 'registrationNumber' }),
    ]);
    assert.deepEqual(s.relations, ['linkedTo: HOLDINGOVAYA KOMPANIYA METALLOINVEST AO']);
  });

  it('website, directive determination, ids without country, a link to keep (18782 ROSOBORONEKSPORT, 2019-01-04)', () => {
    const s = summarize('Website www.roe.ru; Executive Order 13662 Directive Determination - Subject to Directive 3; Registration ID 1117746521452; Tax ID No. 7718852163; Government Gazette Number 56467052; For more information on directives, please visit the following link: http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives; Linked To: ROSTEC.');
    assert.deepEqual(s.properties.website, ['www.roe.ru']);
    assert.deepEqual(s.provisions, ['Executive Order 13662 Directive Determination - Subject to Directive 3']);
    assert.deepEqual(s.documents.map((d) => [d.label, d.number, d.country, d.prop]), [
      ['Registration ID', '1117746521452', undefined, 'registrationNumber'],
      ['Tax ID No.', '7718852163', undefined, 'taxNumber'],
      ['Government Gazette Number', '56467052', undefined, undefined],
    ]);
    assert.deepEqual(s.notes, ['For more information on directives, please visit the following link: http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives']);
    assert.deepEqual(s.relations, ['linkedTo: ROSTEC']);
  });

  it('phone numbers and the "Alt. Fax" spelling (12802 MEHR-E EQTESAD-E IRANIAN INVESTMENT COMPANY, 2019-01-04)', () => {
    const s = summarize('Website www.mebank.ir; Additional Sanctions Information - Subject to Secondary Sanctions; Phone Number 982188526300; alt. Phone Number 982188526301; Business Registration Document # 103222 (Iran); National ID No. 10101863528 (Iran); Fax: 982188526337; Alt. Fax: 9221227700019; Linked To: MEHR EQTESAD BANK.');
    assert.deepEqual(s.properties.phone, ['982188526300', '982188526301']);
    assert.deepEqual(s.documents.map((d) => `${d.label}=${d.number}`), ['Business Registration Document #=103222', 'National ID No.=10101863528']);
    assert.deepEqual(s.notes, ['Fax: 982188526337', 'Alt. Fax: 9221227700019']);
  });

  it('"Telephone No." (11346 WAAD PROJECT, 2019-01-04)', () => {
    const s = summarize('Additional Sanctions Information - Subject to Secondary Sanctions Pursuant to the Hizballah Financial Sanctions Regulations; Telephone No. 009613679153; Telephone No. 03889402.');
    assert.deepEqual(s.properties.phone, ['009613679153', '03889402']);
  });

  it('D-U-N-S and secondary sanctions risk (23171, 2019-01-04)', () => {
    const s = summarize('D-U-N-S Number 542957624; Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210.');
    assertDocuments(s.documents, [doc('D-U-N-S Number', '542957624', { prop: 'dunsCode' })]);
    assert.deepEqual(s.provisions, ['Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210']);
  });

  it('Unified Social Credit Code and "Transactions Prohibited ..." (24977, 2019-01-04)', () => {
    const s = summarize('Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: North Korea Sanctions Regulations section 510.214; Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China).');
    assertDocuments(s.documents, [doc('Unified Social Credit Code (USCC)', '91222401MA0Y31E659', { country: 'cn', prop: 'registrationNumber' })]);
    assert.equal(s.provisions.length, 2);
  });

  it('a registry court in parentheses becomes the authority (44201, 2024-07-02)', () => {
    const s = summarize('Organization Established Date 22 Jun 2021; Registration Number HRA 738077 (Stuttgart) (Germany); Linked To: RAHMANI, Ajmal.');
    assertDocuments(s.documents, [doc('Registration Number', 'HRA 738077 (Stuttgart)', { country: 'de', authority: undefined })]);
    assert.deepEqual(s.properties.incorporationDate, ['2021-06-22']);
    assert.deepEqual(s.relations, ['linkedTo: RAHMANI, Ajmal']);
  });

  it('vessel: former flags, IMO, MMSI, fka (15036 ARTAVIL, 2024-07-02)', () => {
    const s = summarize("Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu; alt. Former Vessel Flag None Identified; alt. Former Vessel Flag Tanzania; Additional Sanctions Information - Subject to Secondary Sanctions; Vessel Registration Identification IMO 9187629; MMSI 572469210; f.k.a. 'ALPHA'; Linked To: NATIONAL IRANIAN TANKER COMPANY.");
    assert.deepEqual(s.properties, { pastFlags: ['mt', 'tv', 'tz'], previousName: ['ALPHA'] });
    assertDocuments(s.documents, [
      doc('Vessel Registration Identification IMO', '9187629', { prop: 'imoNumber' }),
      doc('MMSI', '572469210', { prop: 'mmsi' }),
    ]);
    assert.deepEqual(s.notes, ['alt. Former Vessel Flag None Identified']);
  });

  it('"Nationality of Registration" is a flag, not a nationality (23149 YUSONG SHIPPING CO, 2024-07-02)', () => {
    const s = summarize('Nationality of Registration Korea, North; Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; Company Number 5146578.');
    assert.deepEqual(s.properties, { flag: ['kp'] });
  });

  it('aircraft: construction number, build date, model, operator, MSN (15431 EP-GOM, 2019-01-04)', () => {
    const s = summarize("Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Manufacture Date 1992; Aircraft Model IL76-TD; Aircraft Operator YAS AIR; Aircraft Manufacturer's Serial Number (MSN) 1023409321; Linked To: POUYA AIR.");
    assert.deepEqual(s.properties, { buildDate: ['1992'], model: ['IL76-TD'] });
    assert.deepEqual(s.relations, ['operator: YAS AIR', 'linkedTo: POUYA AIR']);
    assert.deepEqual(s.documents.map((d) => `${d.label}|${d.number}|${d.prop}`), [
      'Aircraft Construction Number (also called L/N or S/N or F/N)|8401|undefined',
      "Aircraft Manufacturer's Serial Number (MSN)|1023409321|serialNumber",
    ]);
  });

  it('aircraft tail number (18150 MSN 391, 2024-07-02)', () => {
    const s = summarize("Aircraft Manufacture Date 2002; Aircraft Model Airbus A340-642; Aircraft Manufacturer's Serial Number (MSN) 391; Aircraft Tail Number EP-MMH; Additional Sanctions Information - Subject to Secondary Sanctions; Linked To: MAHAN AIR.");
    assert.deepEqual(s.documents.map((d) => `${d.label}=${d.number}`), ["Aircraft Manufacturer's Serial Number (MSN)=391", 'Aircraft Tail Number=EP-MMH']);
  });

  it('Executive Order 13846 menu-based sanctions are provisions (25064, 2024-07-02)', () => {
    const s = summarize('Website www.en.msc.ir; Additional Sanctions Information - Subject to Secondary Sanctions; Executive Order 13846 information: LOANS FROM UNITED STATES FINANCIAL INSTITUTIONS.  Sec. 5(a)(i); alt. Executive Order 13846 information: FOREIGN EXCHANGE.  Sec. 5(a)(ii).');
    assert.deepEqual(s.provisions, [
      'Additional Sanctions Information - Subject to Secondary Sanctions',
      'Executive Order 13846 information: LOANS FROM UNITED STATES FINANCIAL INSTITUTIONS.  Sec. 5(a)(i)',
      'Executive Order 13846 information: FOREIGN EXCHANGE.  Sec. 5(a)(ii)',
    ]);
  });

  it('SWIFT/BIC without digits, directive information and listing dates (cons 17016 GAZPROMBANK, 2025-12-19)', () => {
    const s = summarize('SWIFT/BIC GAZPRUMM; Website www.gazprombank.ru; Executive Order 14024 Directive Information - For more information on directives, please visit the following link: https://home.treasury.gov/; Listing Date (EO 14024 Directive 3): 24 Feb 2022; Effective Date (EO 14024 Directive 3): 26 Mar 2022; Legal Entity Number 253400WSS48YWMBUA688.');
    assertDocuments(s.documents, [doc('SWIFT/BIC', 'GAZPRUMM', { prop: 'swiftBic' }), doc('Legal Entity Number', '253400WSS48YWMBUA688', { prop: 'leiCode' })]);
    assert.deepEqual(s.provisions, ['Listing Date (EO 14024 Directive 3): 24 Feb 2022', 'Effective Date (EO 14024 Directive 3): 26 Mar 2022']);
    assert.deepEqual(s.notes, ['Executive Order 14024 Directive Information - For more information on directives, please visit the following link: https://home.treasury.gov/']);
  });
});

describe('parseRemarkDate', () => {
  it('reads the forms OFAC uses and refuses others', () => {
    assert.deepEqual(parseRemarkDate('20 Aug 1952'), { dates: ['1952-08-20'], isExact: true });
    assert.deepEqual(parseRemarkDate('circa Mar 1960'), { dates: ['1960-03'], isExact: false });
    assert.deepEqual(parseRemarkDate('Mar 1965 to Mar 1966'), { dates: ['1965-03', '1966-03'], isExact: false });
    assert.deepEqual(parseRemarkDate('1900 to 1950'), { dates: ['1900', '1950'], isExact: false });
    assert.equal(parseRemarkDate('31 Feb 1960'), undefined);
    assert.equal(parseRemarkDate('1962 to 1960'), undefined);
  });
});

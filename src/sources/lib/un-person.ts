/**
 * The parts of a UN `<INDIVIDUAL>` record that only people have: TITLE/VALUE, DESIGNATION/
 * VALUE, NATIONALITY/VALUE, GENDER, INDIVIDUAL_DATE_OF_BIRTH (TYPE_OF_DATE EXACT |
 * APPROXIMATELY | BETWEEN with DATE, YEAR or FROM_YEAR/TO_YEAR, and NOTE),
 * INDIVIDUAL_PLACE_OF_BIRTH (STREET, CITY, STATE_PROVINCE, COUNTRY, NOTE) and
 * INDIVIDUAL_DOCUMENT (TYPE_OF_DOCUMENT, TYPE_OF_DOCUMENT2, NUMBER, ISSUING_COUNTRY,
 * COUNTRY_OF_ISSUE, DATE_OF_ISSUE, CITY_OF_ISSUE, NOTE).
 */
import { countryCode, nationalityCode } from './countries.js';
import { parseIsoDate } from './dates.js';
import { accepts } from './model-checks.js';
import { addIdentityDocument, joinParts, type TargetAssembly } from './target-assembly.js';
import { sourceError, type RecordLocation } from './record-location.js';
import { childrenNamed, childText, pathTexts, type XmlElement } from './xml.js';

/** Longest birth-year range spelled out year by year; wider ones keep only their ends. */
const MAX_YEAR_RANGE = 20;

/**
 * A UN xs:date ("2001-01-25"), which some records write with a time zone ("2015-07-01-04:00",
 * "1960-01-01-05:00"): the date as written, the zone dropped.
 */
export function unDate(text: string, at: RecordLocation, field: string): string {
  const date = parseIsoDate(text.replace(/^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})$/, '$1'));
  if (date === undefined) throw sourceError(at, `"${text}" is not a date (YYYY-MM-DD)`, field);
  return date;
}

function year(text: string, at: RecordLocation, field: string): number {
  if (!/^\d{4}$/.test(text)) throw sourceError(at, `"${text}" is not a year`, field);
  return Number(text);
}

/**
 * BETWEEN FROM_YEAR and TO_YEAR: every year of the range (what OpenSanctions does), so a
 * match on any of them counts; an implausibly wide range keeps only its two ends.
 */
function yearsBetween(from: number, to: number): string[] {
  if (to < from || to - from > MAX_YEAR_RANGE) return [String(from), String(to)];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/**
 * An alias's DATE_OF_BIRTH: a date, a year, or (2024-09-26 file only) a range "1958 - 1964";
 * "null" (written out, 4 times there) is no date.
 */
export function aliasBirthDates(text: string, at: RecordLocation): string[] {
  if (text === 'null') return [];
  const range = /^(\d{4}) - (\d{4})$/.exec(text);
  if (range !== null) return yearsBetween(Number(range[1]), Number(range[2]));
  return [unDate(text, at, 'DATE_OF_BIRTH')];
}

function addBirthDates(assembly: TargetAssembly, record: XmlElement, at: RecordLocation): void {
  for (const dob of childrenNamed(record, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const where = { ...at, line: dob.line };
    const date = childText(dob, 'DATE');
    const single = childText(dob, 'YEAR');
    const [from, to] = [childText(dob, 'FROM_YEAR'), childText(dob, 'TO_YEAR')];
    const target = assembly.target;
    if (date !== undefined) target.add('birthDate', unDate(date, where, 'DATE'));
    if (single !== undefined) target.add('birthDate', String(year(single, where, 'YEAR')));
    if (from !== undefined && to !== undefined) target.add('birthDate', yearsBetween(year(from, where, 'FROM_YEAR'), year(to, where, 'TO_YEAR')));
    else if (from !== undefined || to !== undefined) throw sourceError(where, 'FROM_YEAR and TO_YEAR must come together', from === undefined ? 'FROM_YEAR' : 'TO_YEAR');
    const note = childText(dob, 'NOTE');
    if (note !== undefined) target.add('notes', `Date of birth: ${note}`);
  }
}

function addBirthPlaces(assembly: TargetAssembly, record: XmlElement): void {
  for (const place of childrenNamed(record, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    const country = childText(place, 'COUNTRY');
    const text = joinParts([childText(place, 'STREET'), childText(place, 'CITY'), childText(place, 'STATE_PROVINCE'), country]);
    const note = childText(place, 'NOTE');
    assembly.target
      .add('birthPlace', text || undefined)
      .add('birthCountry', country === undefined ? undefined : countryCode(country))
      .add('notes', note === undefined ? undefined : `Place of birth: ${note}`);
  }
}

const PASSPORT = /pass(?:port|eport)|pasaporte/i;

/**
 * The first issuing country that is a known country; the unknown ones as written. Some are
 * written as the adjective ("Pakistani", "Tunisian").
 */
function issuingCountry(doc: XmlElement): { code?: string; unknown: string[] } {
  const names = [childText(doc, 'ISSUING_COUNTRY'), childText(doc, 'COUNTRY_OF_ISSUE')].filter((c): c is string => c !== undefined);
  return {
    code: names.map(nationalityCode).find((code) => code !== undefined),
    unknown: names.filter((name) => nationalityCode(name) === undefined).map((name) => `issuing country: ${name}`),
  };
}

function addDocument(assembly: TargetAssembly, doc: XmlElement, at: RecordLocation): void {
  const [main, second] = [childText(doc, 'TYPE_OF_DOCUMENT'), childText(doc, 'TYPE_OF_DOCUMENT2')];
  const type = main === undefined || second === undefined ? (main ?? second) : `${main} (${second})`;
  const number = childText(doc, 'NUMBER');
  const note = childText(doc, 'NOTE');
  // Some NUMBERs are prose ("Central African Republic armed forces (FACA) Military
  // identification number 911-..."): not an identifier, so kept as text.
  if (number === undefined || !accepts('Identification', 'number', number)) {
    const text = joinParts([type, number, note]);
    if (text !== '') assembly.target.add('notes', `Document: ${text}`);
    return;
  }
  const country = issuingCountry(doc);
  const issued = childText(doc, 'DATE_OF_ISSUE');
  // The UN states one passport in three languages (KPi.006: "Numéro de passeport", "Número
  // de pasaporte", "Passport" 381420754): one document with three type names.
  addIdentityDocument(assembly, {
    isPassport: type !== undefined && PASSPORT.test(type),
    number,
    type,
    country: country.code,
    authority: childText(doc, 'CITY_OF_ISSUE'),
    startDate: issued === undefined ? undefined : unDate(issued, { ...at, line: doc.line }, 'DATE_OF_ISSUE'),
    summary: [...country.unknown, note],
    hasTypeVariants: true,
  });
}

function addCountries(assembly: TargetAssembly, record: XmlElement): void {
  for (const name of pathTexts(record, ['NATIONALITY', 'VALUE'])) {
    const code = nationalityCode(name);
    if (code === undefined) assembly.target.add('notes', `Nationality: ${name}`);
    else assembly.target.add('nationality', code);
  }
}

function addGender(assembly: TargetAssembly, record: XmlElement): void {
  const gender = childText(record, 'GENDER');
  if (gender === undefined || gender.toLowerCase() === 'unknown') return;
  const value = gender.toLowerCase();
  if (value === 'male' || value === 'female') assembly.target.add('gender', value);
  else assembly.target.add('notes', `Gender: ${gender}`);
}

export function addPersonFacts(assembly: TargetAssembly, record: XmlElement, at: RecordLocation): void {
  assembly.target.add('title', pathTexts(record, ['TITLE', 'VALUE'])).add('position', pathTexts(record, ['DESIGNATION', 'VALUE']));
  addCountries(assembly, record);
  addGender(assembly, record);
  addBirthDates(assembly, record, at);
  addBirthPlaces(assembly, record);
  for (const doc of childrenNamed(record, 'INDIVIDUAL_DOCUMENT')) addDocument(assembly, doc, at);
}

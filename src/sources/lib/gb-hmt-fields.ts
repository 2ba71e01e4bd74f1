/**
 * Reading the free-text cells of the UK consolidated list: enumerations ("(1) German (2)
 * Moroccan", "a) French, b) Tunisian", "1) Dahyan, 2) Sa’dah Governorate"), country and
 * nationality words, document numbers inside prose ("Passport No: 592667 (Qatari passport
 * issued on 3 May 2007).") and dates of birth (dd/mm/yyyy, 00 for an unknown part).
 */
import { nationalityCode } from './countries.js';
import { parseDayMonthYearNumeric } from './dates.js';

export const UK_FORMAT = 'uk-csv';

/** One data row of the list, with its 1-based line in the file. */
export interface UkRow {
  readonly line: number;
  /** Cell text by column name. */
  readonly cells: Readonly<Record<string, string>>;
}

/** The trimmed text of a cell ('' when empty). */
export const cell = (row: UkRow, column: string): string => row.cells[column]?.trim() ?? '';

// A list marker: "(1)", "1)", "(a)", "b)", "(1)-(2)", "(1) to (6)", at the start or after a
// space or comma. A letter or number glued to a word ("(expired)") is not a marker.
const MARKER = /(?:^|(?<=[\s,]))\(?(?:\d{1,2}|[a-zA-Z])\)(?:\s*(?:-|to)\s*\(?\d{1,2}\))?/g;

/**
 * The items of an enumerated cell. Text before the first marker ("Jordanian passport
 * numbers (1) K048787 (2) 486298") applies to every item and is kept in front of each.
 */
export function splitEnumeration(text: string): string[] {
  const markers = [...text.matchAll(MARKER)];
  if (markers.length === 0) return text.trim() === '' ? [] : [text.trim()];
  const prefix = text.slice(0, markers[0]!.index).trim();
  const items: string[] = [];
  markers.forEach((marker, i) => {
    const end = i + 1 < markers.length ? markers[i + 1]!.index : text.length;
    const item = text.slice(marker.index! + marker[0].length, end).replace(/^[\s,;]+|[\s,;]+$/g, '');
    if (item !== '') items.push(prefix === '' ? item : `${prefix} ${item}`);
  });
  return items;
}

// Short forms of country names the UK list writes ("RDC" is the French one).
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([['drc', 'cd'], ['rdc', 'cd'], ['bosnia', 'ba']]);

/** FtM code for a country name or nationality word as the UK list writes it ("Afghan."), or undefined. */
export function ukCountryCode(text: string): string | undefined {
  const clean = text.replace(/[.\s]+$/, '');
  return SHORT_FORMS.get(clean.replace(/\s+/g, ' ').trim().toLowerCase()) ?? nationalityCode(clean);
}

export interface CountryList {
  codes: string[];
  /** False when some text was not a plain country word, so the raw text must be kept as well. */
  isComplete: boolean;
}

// Words around a country that qualify it: "Iranian citizenship", "Possibly Ethiopian", "Sudanese by birth".
const QUALIFIERS = /\([^)]*\)|\b(?:citizenship|citizen|nationals?|nationality|nationalities|possibly|by birth|former|previous)\b/gi;

/** Country codes of one enumerated item: the whole item, else its comma/"and" parts. */
function itemCodes(item: string, list: CountryList): void {
  const whole = ukCountryCode(item);
  if (whole !== undefined) {
    list.codes.push(whole);
    return;
  }
  for (const part of item.split(/,|\band\b|\//)) {
    if (part.trim() === '') continue;
    const code = ukCountryCode(part) ?? ukCountryCode(part.replace(QUALIFIERS, ' '));
    if (code === undefined || ukCountryCode(part) === undefined) list.isComplete = false;
    if (code !== undefined) list.codes.push(code);
  }
}

/** Country codes of an enumerated country / nationality cell ("Syrian, Turkish", "(1) Afghan (2) Pakistani"). */
export function countryList(text: string): CountryList {
  const list: CountryList = { codes: [], isComplete: true };
  for (const item of splitEnumeration(text)) itemCodes(item, list);
  return list;
}

const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
const YEAR_LIKE = /^(19|20)\d{2}$/;

/**
 * The document number in one item of a "Passport Details" / "NI Number" cell: the first
 * run of characters around a digit (digit groups separated by single spaces stay together:
 * "842 781", "1 63 08 4 01 001 005E") with at least four digits that is not a date or a
 * year. The item text itself is kept beside it, since issue dates, countries and names in
 * it have no reliable structure to parse.
 */
export function documentNumber(item: string): string | undefined {
  for (const match of item.matchAll(/[A-Za-z0-9./-]*\d[A-Za-z0-9./-]*(?: \d[A-Za-z0-9]*)*/g)) {
    const token = match[0].replace(/^[./-]+|[./-]+$/g, '').replace(/^(?:no|nr)\./i, '');
    if ((token.match(/\d/g) ?? []).length < 4) continue;
    if (DATE_LIKE.test(token) || YEAR_LIKE.test(token)) continue;
    return token;
  }
  return undefined;
}

/** Dates of birth in a DOB cell; undefined when the cell holds something else. */
export function birthDates(text: string): string[] | undefined {
  const parts = text.split(/[;,]|\s+or\s+/).map((part) => part.trim()).filter((part) => part !== '');
  const dates = parts.map((part) => parseDayMonthYearNumeric(part));
  return dates.every((date): date is string => date !== undefined) ? dates : undefined;
}

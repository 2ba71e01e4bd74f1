/**
 * FARA rows to FtM entities. A registrant row (Registration_Number, Name, Business_Name,
 * address columns) becomes a LegalEntity; a foreign
 * principal row (Foreign_Principal, Country/Location_Represented, Registration_Number,
 * Foreign_Principal_Registration_Date, Foreign_Principal_Termination_Date, address columns)
 * becomes a LegalEntity for the principal and a Representation (agent = registrant,
 * client = principal). None of them is a sanctions target.
 *
 * Ids: registrants by registration number (`us-fara-reg-6170`); principals by name and
 * country, the name reduced to letters and digits so that DOJ's case and punctuation edits
 * ("En+ Group international" -> "En+ Group International") keep the id; representations by
 * registration number, principal id and principal registration date.
 */
import { EntityBuilder, type Entity } from '../../model/entity.js';
import { derivedId, sourceId } from '../../model/ids.js';
import { countryCode } from './countries.js';
import { parseMonthDayYearNumeric } from './dates.js';
import { sourceError, withLocation, type RecordLocation } from './record-location.js';

export const FARA_FORMAT = 'fara-csv';

export const REGISTRANT_COLUMNS = ['Registration_Number', 'Name', 'Business_Name'] as const;
export const PRINCIPAL_COLUMNS = [
  'Foreign_Principal',
  'Foreign_Principal_Registration_Date',
  'Foreign_Principal_Termination_Date',
  'Country/Location_Represented',
  'Registration_Number',
] as const;

/** One CSV row by column name, with where it sits. */
export interface FaraRow {
  readonly at: RecordLocation;
  readonly cells: Readonly<Record<string, string>>;
}

export const registrantId = (registrationNumber: string): string => sourceId('us-fara-reg', registrationNumber);

/** The name as the id sees it: letters and digits only, lower case. */
function nameKey(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function cell(row: FaraRow, column: string): string {
  return (row.cells[column] ?? '').trim();
}

/** A MM/DD/YYYY date, undefined when blank; anything else is an error naming the column. */
function dateCell(row: FaraRow, column: string): string | undefined {
  const text = cell(row, column);
  if (text === '') return undefined;
  const date = parseMonthDayYearNumeric(text);
  if (date === undefined) throw sourceError(row.at, `expected a date MM/DD/YYYY, found "${text.slice(0, 40)}"`, column);
  return date;
}

function registrationNumber(row: FaraRow): string {
  const number = cell(row, 'Registration_Number');
  if (!/^\d+$/.test(number)) throw sourceError(row.at, `registration number "${number.slice(0, 40)}" is not a number`, 'Registration_Number');
  return number;
}

function address(row: FaraRow): string | undefined {
  const parts = ['Address_1', 'Address_2', 'City', 'State', 'Zip'].map((column) => cell(row, column)).filter((p) => p !== '');
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** The row with its registration number as the record errors name. */
function located(row: FaraRow): { row: FaraRow; number: string } {
  const number = registrationNumber(row);
  return { row: { ...row, at: { ...row.at, record: number } }, number };
}

export function registrantEntity(sourceRow: FaraRow): Entity {
  const { row, number } = located(sourceRow);
  return withLocation(row.at, () => {
    const name = cell(row, 'Name');
    if (name === '') throw sourceError(row.at, 'registrant without a name', 'Name');
    const business = cell(row, 'Business_Name');
    return new EntityBuilder('LegalEntity', registrantId(number))
      .add('name', name)
      .add('alias', business === name ? undefined : business)
      .add('registrationNumber', number)
      .add('address', address(row))
      .build();
  });
}

/**
 * The principal and its representation. The registration number goes to the
 * Representation's `recordId`: it is the source's key of the registration the representation
 * is filed under (an identifier, where `summary` is free text).
 */
export function principalEntities(sourceRow: FaraRow): [Entity, Entity] {
  const { row, number } = located(sourceRow);
  return withLocation(row.at, () => {
    const name = cell(row, 'Foreign_Principal');
    if (nameKey(name) === '') throw sourceError(row.at, 'foreign principal without a name', 'Foreign_Principal');
    // A few rows carry a date or an unknown place here; the country is then left unstated.
    const country = countryCode(cell(row, 'Country/Location_Represented'));
    const principalId = sourceId('us-fara-fp', `${nameKey(name).slice(0, 120)}-${country ?? 'xx'}`);
    const start = dateCell(row, 'Foreign_Principal_Registration_Date');
    const principal = new EntityBuilder('LegalEntity', principalId).add('name', name).add('country', country).add('address', address(row)).build();
    const representation = new EntityBuilder('Representation', derivedId(`us-fara-${number}`, 'rep', principalId, start ?? ''))
      .add('agent', registrantId(number))
      .add('client', principalId)
      .add('recordId', number)
      .add('role', 'Foreign principal')
      .add('startDate', start)
      .add('endDate', dateCell(row, 'Foreign_Principal_Termination_Date'))
      .build();
    return [principal, representation];
  });
}

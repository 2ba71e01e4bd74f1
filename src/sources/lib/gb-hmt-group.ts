/**
 * One group of the UK consolidated list (all rows sharing a `Group ID`) -> the listed party
 * (`gb-hmt-<Group ID>`: Person, Organization or Vessel) plus its Address, Passport,
 * Identification and Sanction entities.
 *
 * Input spec: each row is one combination of a name variant (`Name 1`..`Name 6`, `Alias
 * Type`) with one of the party's dates of birth, addresses and regimes, so the other cells
 * repeat across rows; every row is read and repeated values collapse. `Name 6` is the
 * surname or the entity's name, `Name 1`..`Name 5` given names.
 */
import type { Entity } from '../../model/entity.js';
import { sourceId } from '../../model/ids.js';
import { addAddress, addIdentityDocument, TargetAssembly } from './target-assembly.js';
import { sourceError, withLocation, type RecordLocation } from './record-location.js';
import { birthDates, cell, countryList, documentNumber, splitEnumeration, ukCountryCode, UK_FORMAT, type UkRow } from './gb-hmt-fields.js';
import { addRegimeSanctions } from './gb-hmt-sanctions.js';

const SCHEMA_BY_GROUP_TYPE: Readonly<Record<string, string>> = { Individual: 'Person', Entity: 'Organization', Ship: 'Vessel' };

// This file's values are Prime Alias / AKA / FKA; later lists write Primary name / Alias /
// Primary name variation. A "Prime Alias" is the name the listing is under (one distinct
// name per group in the 2020-04-27 file), so it is the name, not an alias.
const NAME_PROPERTY_BY_ALIAS_TYPE: Readonly<Record<string, string>> = {
  'prime alias': 'name',
  'primary name': 'name',
  'fka': 'previousName',
  'aka': 'alias',
  'alias': 'alias',
  'primary name variation': 'alias',
};

const GIVEN_NAME_COLUMNS = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'];
const ADDRESS_COLUMNS = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6'];

export const UK_REQUIRED_COLUMNS: readonly string[] = [
  'Name 6', ...GIVEN_NAME_COLUMNS, 'Title', 'DOB', 'Town of Birth', 'Country of Birth', 'Nationality',
  'Passport Details', 'NI Number', 'Position', ...ADDRESS_COLUMNS, 'Post/Zip Code', 'Country',
  'Other Information', 'Group Type', 'Alias Type', 'Regime', 'Listed On', 'Last Updated', 'Group ID',
];

function groupSchema(rows: readonly UkRow[], at: RecordLocation): string {
  const types = new Set(rows.map((row) => cell(row, 'Group Type')));
  const [type] = types;
  const schema = type === undefined ? undefined : SCHEMA_BY_GROUP_TYPE[type];
  if (types.size !== 1 || schema === undefined) {
    throw sourceError({ ...at, field: 'Group Type' }, `expected one Group Type of Individual, Entity or Ship, found ${[...types].join(' / ')}`);
  }
  return schema;
}

export function convertGroup(groupId: string, rows: readonly UkRow[], file: string): Entity[] {
  const at: RecordLocation = { format: UK_FORMAT, file, record: groupId, line: rows[0]!.line };
  const assembly = withLocation(at, () => new TargetAssembly(groupSchema(rows, at), sourceId('gb-hmt', groupId)));
  for (const row of rows) {
    const cellAt = (column: string): RecordLocation => ({ ...at, line: row.line, field: column });
    withLocation(cellAt('Name 6'), () => addRowName(assembly, row, cellAt('Name 6')));
    for (const [column, read] of CELL_READERS) {
      const value = cell(row, column);
      if (value !== '') withLocation(cellAt(column), () => read(assembly, value, cellAt(column)));
    }
    withLocation(cellAt('Address 1'), () => addRowAddress(assembly, row));
  }
  assembly.nameFromAliases();
  addRegimeSanctions(assembly, rows, at);
  return assembly.entities();
}

function addRowName(assembly: TargetAssembly, row: UkRow, at: RecordLocation): void {
  const given = GIVEN_NAME_COLUMNS.map((column) => cell(row, column)).filter((name) => name !== '');
  const last = cell(row, 'Name 6');
  const full = [...given, last].filter((name) => name !== '').join(' ');
  if (full === '') throw sourceError(at, 'row without a name in Name 1..Name 6');
  assembly.target.add(NAME_PROPERTY_BY_ALIAS_TYPE[cell(row, 'Alias Type').toLowerCase()] ?? 'alias', full);
  if (assembly.target.schema !== 'Person') return;
  assembly.target.add('firstName', given[0]).add('middleName', given.slice(1).join(' ')).add('lastName', last);
}

function addRowAddress(assembly: TargetAssembly, row: UkRow): void {
  const lines = ADDRESS_COLUMNS.map((column) => cell(row, column)).filter((line) => line !== '');
  const [postalCode, countryText] = [cell(row, 'Post/Zip Code'), cell(row, 'Country')];
  const country = countryText === '' ? undefined : ukCountryCode(countryText);
  // A bare recognised country ("Afghanistan") says where the party is, not an address.
  if (lines.length === 0 && postalCode === '' && (countryText === '' || country !== undefined)) {
    assembly.target.add('country', country);
    return;
  }
  addAddress(assembly, { extra: lines.join(', '), postalCode: postalCode || undefined, countryText: countryText || undefined, country });
}

type CellReader = (assembly: TargetAssembly, value: string, at: RecordLocation) => void;

/** Person-only facts on an Organization or Vessel row are kept as notes, never dropped. */
function personFact(property: string, read: (value: string) => readonly string[] = (value) => [value]): CellReader {
  return (assembly, value, at) => {
    if (assembly.target.schema === 'Person') assembly.target.add(property, read(value));
    else assembly.target.add('notes', `${at.field}: ${value}`);
  };
}

function countries(property: string): CellReader {
  return (assembly, value, at) => {
    if (assembly.target.schema !== 'Person') return personFact(property)(assembly, value, at);
    const list = countryList(value);
    assembly.target.add(property, list.codes);
    // Unrecognised or qualified text ("Bahrain (citizenship revoked in January 2015)") is kept.
    if (!list.isComplete) assembly.target.add('notes', `${at.field}: ${value}`);
  };
}

function documents(isPassport: boolean): CellReader {
  const label = isPassport ? 'Passport' : 'National identification';
  return (assembly, value) => {
    const schema = assembly.target.schema;
    // Only a Person holds a passport (passportNumber); a Vessel has no idNumber either.
    const canHold = isPassport ? schema === 'Person' : schema !== 'Vessel';
    for (const item of splitEnumeration(value)) {
      const number = canHold ? documentNumber(item) : undefined;
      if (number === undefined) assembly.target.add('notes', `${label}: ${item}`);
      else addIdentityDocument(assembly, { isPassport, number, type: isPassport ? 'Passport' : undefined, summary: [item] });
    }
  };
}

const CELL_READERS: ReadonlyArray<readonly [string, CellReader]> = [
  ['Title', personFact('title')],
  ['DOB', (assembly, value, at) => {
    const dates = birthDates(value);
    if (dates === undefined) throw sourceError(at, `invalid date of birth "${value}", expected dd/mm/yyyy`);
    personFact('birthDate', () => dates)(assembly, value, at);
  }],
  ['Town of Birth', personFact('birthPlace', splitEnumeration)],
  ['Country of Birth', countries('birthCountry')],
  ['Nationality', countries('nationality')],
  ['Passport Details', documents(true)],
  ['NI Number', documents(false)],
  ['Position', personFact('position')],
  ['Other Information', (assembly, value) => {
    assembly.target.add('notes', value);
    const gender = /\bGender:\s*(male|female)\b/i.exec(value)?.[1];
    if (gender !== undefined && assembly.target.schema === 'Person') assembly.target.add('gender', gender.toLowerCase());
  }],
];

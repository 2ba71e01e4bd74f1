/**
 * One record of the UN Security Council Consolidated List (an `<INDIVIDUAL>` or `<ENTITY>`)
 * to FtM entities: the listed party, its Address entities, its identity documents and the
 * Sanction it is listed under (one per record: the record's UN_LIST_TYPE committee).
 *
 * Record children used here (both kinds): FIRST_NAME..FOURTH_NAME (entities: FIRST_NAME),
 * UN_LIST_TYPE, REFERENCE_NUMBER, LISTED_ON, NAME_ORIGINAL_SCRIPT, COMMENTS1,
 * LAST_DAY_UPDATED/VALUE, INDIVIDUAL_ALIAS | ENTITY_ALIAS (QUALITY, ALIAS_NAME, NOTE),
 * INDIVIDUAL_ADDRESS | ENTITY_ADDRESS (STREET, CITY, STATE_PROVINCE, ZIP_CODE, COUNTRY, NOTE),
 * SUBMITTED_BY / SUBMITTED_ON; the individual-only ones are in un-person.ts. Not used, as
 * they describe the list's upkeep rather than the party: DATAID (an internal key, changed for
 * 7 REFERENCE_NUMBERs between these snapshots), VERSIONNUM, LIST_TYPE ("UN List" always),
 * SORT_KEY, SORT_KEY_LAST_MOD.
 */
import type { Entity } from '../../model/entity.js';
import { countryCode } from './countries.js';
import { addAddress, extendEntity, joinParts, TargetAssembly } from './target-assembly.js';
import { sourceError, type RecordLocation } from './record-location.js';
import { buildSanction } from './sanctions.js';
import { addPersonFacts, aliasBirthDates, unDate } from './un-person.js';
import { childrenNamed, childText, pathTexts, requiredChildText, type XmlElement } from './xml.js';

const AUTHORITY = 'United Nations Security Council';

/** INDIVIDUAL_ALIAS QUALITY (Good/Low) and ENTITY_ALIAS QUALITY (a.k.a./f.k.a.) -> property. */
const ALIAS_PROPERTY: Readonly<Record<string, string>> = {
  Good: 'alias',
  Low: 'weakAlias',
  'a.k.a.': 'alias',
  'f.k.a.': 'previousName',
  '': 'alias',
};

function addNames(assembly: TargetAssembly, record: XmlElement, at: RecordLocation): void {
  const parts = [requiredChildText(record, 'FIRST_NAME', at), ...['SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((name) => childText(record, name))];
  const target = assembly.target.add('name', parts.filter((part) => part !== undefined).join(' '));
  // The parts are positional, not given/family name (DPRK records start with the family name,
  // "RI WON HO"); like OpenSanctions, only the first two are named, all four are in `name`.
  if (target.schema === 'Person') target.add('firstName', parts[0]).add('secondName', parts[1]);
  // The name in its own script (Arabic, Cyrillic, ...) is what a match on the original needs.
  target.add('alias', childText(record, 'NAME_ORIGINAL_SCRIPT'));
}

function addAliases(assembly: TargetAssembly, record: XmlElement, at: RecordLocation): void {
  for (const alias of childrenNamed(record, `${record.name}_ALIAS`)) {
    // Birth data stated under an alias; since 2024 also under an alias without a name (KPi.030).
    addBirthUnderAlias(assembly, alias, at);
    const name = childText(alias, 'ALIAS_NAME');
    if (name === undefined) continue;
    const quality = childText(alias, 'QUALITY') ?? '';
    const prop = ALIAS_PROPERTY[quality];
    if (prop === undefined) throw sourceError({ ...at, line: alias.line }, `alias QUALITY "${quality}" is none of Good, Low, a.k.a., f.k.a.`, 'QUALITY');
    const note = childText(alias, 'NOTE');
    assembly.target.add(prop, name).add('notes', note === undefined ? undefined : `${name}: ${note}`);
  }
}

function addBirthUnderAlias(assembly: TargetAssembly, alias: XmlElement, at: RecordLocation): void {
  const date = childText(alias, 'DATE_OF_BIRTH');
  const city = childText(alias, 'CITY_OF_BIRTH');
  const country = childText(alias, 'COUNTRY_OF_BIRTH');
  if (date === undefined && city === undefined && country === undefined) return;
  assembly.target
    .add('birthDate', date === undefined ? undefined : aliasBirthDates(date, { ...at, line: alias.line }))
    .add('birthPlace', joinParts([city, country]) || undefined)
    .add('birthCountry', country === undefined ? undefined : countryCode(country));
}

function addAddresses(assembly: TargetAssembly, record: XmlElement): void {
  for (const address of childrenNamed(record, `${record.name}_ADDRESS`)) {
    const countryText = childText(address, 'COUNTRY');
    const facts = {
      street: childText(address, 'STREET'),
      city: childText(address, 'CITY'),
      region: childText(address, 'STATE_PROVINCE'),
      postalCode: childText(address, 'ZIP_CODE'),
      countryText,
      country: countryText === undefined ? undefined : countryCode(countryText),
      remarks: childText(address, 'NOTE'),
    };
    if (joinParts([facts.street, facts.city, facts.region, facts.postalCode, countryText]) !== '') addAddress(assembly, facts);
    else assembly.target.add('notes', facts.remarks === undefined ? undefined : `Address: ${facts.remarks}`);
  }
}

/** One Sanction per record; LISTED_ON is the UN's own listing date (designation events use it). */
function addSanction(assembly: TargetAssembly, record: XmlElement, at: RecordLocation): void {
  const reference = requiredChildText(record, 'REFERENCE_NUMBER', at);
  const program = requiredChildText(record, 'UN_LIST_TYPE', at);
  assembly.target.add('program', program).add('topics', 'sanction');
  const sanction = buildSanction({
    targetId: assembly.target.id,
    authority: AUTHORITY,
    country: 'un',
    program,
    listingDate: unDate(requiredChildText(record, 'LISTED_ON', at), at, 'LISTED_ON'),
    unscId: reference,
    authorityId: reference,
  });
  // The days the UN amended the entry: they change only when the entry does.
  const updated = pathTexts(record, ['LAST_DAY_UPDATED', 'VALUE']).map((text) => unDate(text, at, 'LAST_DAY_UPDATED'));
  assembly.addEntity(extendEntity(sanction, { modifiedAt: updated }));
}

function addNotes(assembly: TargetAssembly, record: XmlElement): void {
  const submittedBy = childText(record, 'SUBMITTED_BY');
  const submittedOn = childText(record, 'SUBMITTED_ON');
  assembly.target
    .add('notes', childText(record, 'COMMENTS1'))
    .add('notes', submittedBy === undefined ? undefined : `Submitted by: ${submittedBy}`)
    .add('notes', submittedOn === undefined ? undefined : `Submitted on: ${submittedOn}`);
}

/**
 * The record with every text's whitespace runs as one space: the indented files of 2024-2026
 * break long values over lines ("Northern\n                    Ireland"), those of 2017-2020
 * do not, and the same text must give the same value in both.
 */
function withPlainSpaces(element: XmlElement): XmlElement {
  return { ...element, text: element.text.replace(/\s+/g, ' '), children: element.children.map(withPlainSpaces) };
}

/** The entities of one record, the listed party first. */
export function unRecordEntities(xmlRecord: XmlElement, id: string, at: RecordLocation): Entity[] {
  const record = withPlainSpaces(xmlRecord);
  const assembly = new TargetAssembly(record.name === 'INDIVIDUAL' ? 'Person' : 'Organization', id);
  addNames(assembly, record, at);
  addAliases(assembly, record, at);
  if (record.name === 'INDIVIDUAL') addPersonFacts(assembly, record, at);
  addAddresses(assembly, record);
  addNotes(assembly, record);
  addSanction(assembly, record, at);
  return assembly.entities();
}

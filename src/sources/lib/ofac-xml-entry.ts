/**
 * One OFAC `<sdnEntry>` (classic sdnList XML, as in SDN.XML and CONSOLIDATED.XML) to FtM
 * entities: the listed party (`ofac-<uid>`, the same id the CSV format gives `ent_num`), one
 * Sanction per `programList/program`, its Address and Passport/Identification entities.
 *
 * Entry children: uid, firstName, lastName, title, sdnType (Individual | Entity | Vessel |
 * Aircraft), remarks, programList/program, idList/id, akaList/aka (type a.k.a./f.k.a./n.k.a.,
 * category strong/weak, firstName, lastName), addressList/address (address1-3, city,
 * stateOrProvince, postalCode, country), nationalityList/nationality/country,
 * citizenshipList/citizenship/country, dateOfBirthList/dateOfBirthItem/dateOfBirth,
 * placeOfBirthList/placeOfBirthItem/placeOfBirth, vesselInfo.
 */
import type { Entity } from '../../model/entity.js';
import { sourceId } from '../../model/ids.js';
import { countryCode } from './countries.js';
import { addAddress, joinParts, sourceError, TargetAssembly, withLocation, type RecordLocation } from './ftm-parse-support.js';
import { addOfacId, isSanctionTerm, type OfacId } from './ofac-xml-ids.js';
import { addOfacSanctions, type SanctionTerm } from './ofac-xml-sanctions.js';
import { requiredText, yearsBetween } from './un-ofac-xml-support.js';
import { childrenNamed, childText, pathTexts, type XmlElement } from './xml.js';
import { parseDayMonthNameYear } from './dates.js';

const SCHEMA_BY_SDN_TYPE: Readonly<Record<string, string>> = {
  Individual: 'Person',
  Entity: 'LegalEntity',
  Vessel: 'Vessel',
  Aircraft: 'Airplane',
};

/** The items of a list element: listItems(entry, 'akaList', 'aka'). */
function listItems(entry: XmlElement, list: string, item: string): XmlElement[] {
  return childrenNamed(entry, list).flatMap((element) => childrenNamed(element, item));
}

/** OFAC writes a person's name "LASTNAME, First"; entities have only lastName. */
function ofacName(element: XmlElement, at: RecordLocation): string {
  const last = requiredText(element, 'lastName', at);
  const first = childText(element, 'firstName');
  return first === undefined ? last : `${last}, ${first}`;
}

function addNames(assembly: TargetAssembly, entry: XmlElement, at: RecordLocation): void {
  const target = assembly.target.add('name', ofacName(entry, at));
  if (target.schema === 'Person') target.add('firstName', childText(entry, 'firstName')).add('lastName', childText(entry, 'lastName'));
  for (const aka of listItems(entry, 'akaList', 'aka')) {
    const name = ofacName(aka, at);
    if (childText(aka, 'category') === 'weak') target.add('weakAlias', name);
    else if (childText(aka, 'type') === 'f.k.a.') target.add('previousName', name);
    else target.add('alias', name);
  }
}

/**
 * "20 Aug 1952", "Aug 1952", "1960", "circa 1960", and ranges "01 Jan 1953 to 31 Dec 1954"
 * (whole years: every year in between). Undefined for text of another shape.
 */
export function parseOfacDateOfBirth(text: string): string[] | undefined {
  const plain = text.replace(/^circa\s+/i, '').trim();
  const range = /^(.+?)\s+to\s+(.+)$/.exec(plain);
  if (range === null) {
    const date = parseDayMonthNameYear(plain);
    return date === undefined ? undefined : [date];
  }
  const [from, to] = [parseDayMonthNameYear(range[1]!), parseDayMonthNameYear(range[2]!)];
  if (from === undefined || to === undefined) return undefined;
  if (from.endsWith('-01-01') && to.endsWith('-12-31')) return yearsBetween(Number(from.slice(0, 4)), Number(to.slice(0, 4)));
  return [from, to];
}

function addPersonFacts(assembly: TargetAssembly, entry: XmlElement): void {
  const target = assembly.target;
  const isPerson = target.schema === 'Person';
  for (const text of pathTexts(entry, ['dateOfBirthList', 'dateOfBirthItem', 'dateOfBirth'])) {
    const dates = parseOfacDateOfBirth(text);
    if (isPerson && dates !== undefined) target.add('birthDate', dates);
    else target.add('notes', `DOB ${text}`);
  }
  for (const text of pathTexts(entry, ['placeOfBirthList', 'placeOfBirthItem', 'placeOfBirth'])) {
    if (isPerson) target.add('birthPlace', text);
    else target.add('notes', `POB ${text}`);
  }
  const countries: [string, string[]][] = [
    ['nationality', pathTexts(entry, ['nationalityList', 'nationality', 'country'])],
    ['citizenship', pathTexts(entry, ['citizenshipList', 'citizenship', 'country'])],
  ];
  for (const [prop, names] of countries) {
    for (const name of names) {
      const code = countryCode(name);
      if (code === undefined) target.add('notes', `${prop}: ${name}`);
      else target.add(isPerson ? prop : 'country', code);
    }
  }
  const title = childText(entry, 'title');
  if (isPerson) target.add('position', title);
  else if (title !== undefined) target.add('notes', `Title: ${title}`);
}

function addVesselInfo(assembly: TargetAssembly, entry: XmlElement): void {
  for (const info of childrenNamed(entry, 'vesselInfo')) {
    const flag = childText(info, 'vesselFlag');
    const flagCode = flag === undefined ? undefined : countryCode(flag);
    assembly.target
      .add('callSign', childText(info, 'callSign'))
      .add('type', childText(info, 'vesselType'))
      .add('flag', flagCode)
      .add('notes', flag !== undefined && flagCode === undefined ? `Flag: ${flag}` : undefined)
      .add('tonnage', childText(info, 'tonnage'))
      .add('grossRegisteredTonnage', childText(info, 'grossRegisteredTonnage'));
    const owner = childText(info, 'vesselOwner');
    if (owner !== undefined) assembly.target.add('notes', `Owner: ${owner}`);
  }
}

function addAddresses(assembly: TargetAssembly, entry: XmlElement): void {
  for (const address of listItems(entry, 'addressList', 'address')) {
    const country = childText(address, 'country');
    addAddress(assembly, {
      street: joinParts(['address1', 'address2', 'address3'].map((name) => childText(address, name))) || undefined,
      city: childText(address, 'city'),
      postalCode: childText(address, 'postalCode'),
      region: childText(address, 'stateOrProvince'),
      countryText: country,
      country: country === undefined ? undefined : countryCode(country),
    });
  }
}

/** Adds the id items to the target; returns those that describe the sanction instead. */
function addIds(assembly: TargetAssembly, entry: XmlElement, at: RecordLocation): SanctionTerm[] {
  const terms: SanctionTerm[] = [];
  for (const item of listItems(entry, 'idList', 'id')) {
    const id: OfacId = {
      type: requiredText(item, 'idType', at),
      number: requiredText(item, 'idNumber', at),
      country: childText(item, 'idCountry'),
      issueDate: childText(item, 'issueDate'),
      expirationDate: childText(item, 'expirationDate'),
    };
    if (isSanctionTerm(id.type)) terms.push({ label: id.type, value: id.number });
    else addOfacId(assembly, id);
  }
  return terms;
}

function schemaOf(entry: XmlElement, at: RecordLocation): string {
  const sdnType = requiredText(entry, 'sdnType', at);
  const schema = SCHEMA_BY_SDN_TYPE[sdnType];
  if (schema === undefined) throw sourceError(at, `unknown sdnType "${sdnType}"`, 'sdnType');
  return schema;
}

/** The entities of one sdnEntry: the target first, then its derived entities. */
export function ofacEntryEntities(entry: XmlElement, file: string, format: string): Entity[] {
  const uid = requiredText(entry, 'uid', { format, file });
  const at: RecordLocation = { format, file, line: entry.line, record: `sdnEntry uid ${uid}` };
  return withLocation(at, () => {
    const assembly = new TargetAssembly(schemaOf(entry, at), sourceId('ofac', uid));
    addNames(assembly, entry, at);
    addPersonFacts(assembly, entry);
    addVesselInfo(assembly, entry);
    addAddresses(assembly, entry);
    const terms = addIds(assembly, entry, at);
    assembly.target.add('notes', childText(entry, 'remarks'));
    const programs = pathTexts(entry, ['programList', 'program']);
    if (programs.length === 0) throw sourceError(at, '<sdnEntry> has no <programList><program>', 'programList');
    addOfacSanctions(assembly, programs, terms);
    return assembly.entities();
  });
}

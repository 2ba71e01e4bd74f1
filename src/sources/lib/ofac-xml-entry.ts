/**
 * One OFAC `<sdnEntry>` of the classic sdnList XML, restated as the listing OFAC's CSV
 * files give for the same entry, so that both formats go through one mapping to FtM
 * (lib/ofac-entities.ts) and a list loaded once from CSV and once from XML yields the same
 * entities, ids and values — no amendment appears from a change of format alone.
 *
 * Entry children: uid, firstName, lastName, title, sdnType (Individual | Entity | Vessel |
 * Aircraft), remarks, programList/program, idList/id (idType, idNumber, idCountry, issueDate,
 * expirationDate), akaList/aka (type a.k.a. | f.k.a. | n.k.a., category strong | weak,
 * firstName, lastName), addressList/address (address1-3, city, stateOrProvince, postalCode,
 * country), nationalityList/nationality/country, citizenshipList/citizenship/country,
 * dateOfBirthList/dateOfBirthItem/dateOfBirth, placeOfBirthList/placeOfBirthItem/placeOfBirth,
 * vesselInfo (callSign, vesselType, vesselFlag, vesselOwner, tonnage, grossRegisteredTonnage).
 *
 * How the CSV states the XML's fields (checked on ofac-xml/2018-04-06 against ofac-cons/2018-04-06,
 * the same publication: with the rules below all 3015 entities of the 639 entries come out
 * identical from both formats):
 * - SDN_Name is "lastName, firstName"; alt.csv holds the strong akas in the same form;
 * - Remarks is "; "-joined: "DOB <dateOfBirth>", "POB <placeOfBirth>", "nationality <country>",
 *   "citizen <country>", per id "<idType> <idNumber>[ (<idCountry>)][ issued <date>][ expires
 *   <date>]", an individual's title, the XML remarks with "(Linked To: X)" as "Linked To: X",
 *   and weak akas as "a.k.a. 'NAME'" (OFAC: weak akas are in the remarks, quoted); all but
 *   the first value of one label are prefixed "alt. ";
 * - add.csv's Address is address1-3 joined by ", ", its City/State/Province/Postal Code is
 *   "city, stateOrProvince postalCode";
 * - a '"' inside a value is written "'".
 */
import { sourceId } from '../../model/ids.js';
import { joinParts } from './target-assembly.js';
import { sourceError, type RecordLocation } from './record-location.js';
import type { OfacRecord } from './ofac-primary.js';
import type { OfacAddressRow, OfacAliasRow, OfacAliasType, OfacSideFiles } from './ofac-side-files.js';
import { childrenNamed, childText, pathTexts, requiredChildText, type XmlElement } from './xml.js';

const SCHEMA_BY_SDN_TYPE: Readonly<Record<string, string>> = {
  Individual: 'Person',
  Entity: 'LegalEntity',
  Vessel: 'Vessel',
  Aircraft: 'Airplane',
};

const ALIAS_TYPES: Readonly<Record<string, OfacAliasType>> = { 'a.k.a.': 'aka', 'f.k.a.': 'fka', 'n.k.a.': 'nka' };

export interface OfacXmlListing {
  readonly record: OfacRecord;
  /** The entry's addresses and strong aliases, as the side files would hold them. */
  readonly side: OfacSideFiles;
}

/** The items of a list element: listItems(entry, 'akaList', 'aka'). */
function listItems(entry: XmlElement, list: string, item: string): XmlElement[] {
  return childrenNamed(entry, list).flatMap((element) => childrenNamed(element, item));
}

/** OFAC writes a person's name "LASTNAME, First"; entities have only lastName. */
function ofacName(element: XmlElement, at: RecordLocation): string {
  const last = requiredChildText(element, 'lastName', at);
  const first = childText(element, 'firstName');
  return first === undefined ? last : `${last}, ${first}`;
}

/** "<idNumber>[ (<idCountry>)][ issued <date>][ expires <date>]". */
function idValue(id: XmlElement, at: RecordLocation): string {
  const country = childText(id, 'idCountry');
  const issued = childText(id, 'issueDate');
  const expires = childText(id, 'expirationDate');
  return [
    requiredChildText(id, 'idNumber', at),
    country === undefined ? '' : ` (${country})`,
    issued === undefined ? '' : ` issued ${issued}`,
    expires === undefined ? '' : ` expires ${expires}`,
  ].join('');
}

function aliasType(aka: XmlElement, at: RecordLocation): OfacAliasType {
  const text = requiredChildText(aka, 'type', at);
  const type = ALIAS_TYPES[text];
  if (type === undefined) throw sourceError({ ...at, line: aka.line }, `aka type "${text}" is none of a.k.a., f.k.a., n.k.a.`, 'type');
  return type;
}

const isWeak = (aka: XmlElement): boolean => childText(aka, 'category') === 'weak';

// "(Linked To: NIOC INTERNATIONAL AFFAIRS (LONDON) LIMITED)": the name runs to the last ')' of its clause.
const linkedToAsInCsv = (remarks: string): string => remarks.replace(/\(Linked To: ([^;]*)\)(?=\s*(?:;|$))/g, 'Linked To: $1');

interface RemarkClause {
  label: string;
  value: string;
  /** The item's uid: OFAC writes the values of one label in uid order. */
  order: number;
}

/**
 * The CSV marks all but the first value of one label "alt.": "Passport X; alt. Passport Y",
 * the first being the one with the lowest uid (ent 15085: flags Malta 113019, Tuvalu 113020,
 * None Identified 113484 are written in that order, not the XML's).
 */
function remarkClauses(clauses: readonly RemarkClause[]): string[] {
  const first = new Map<string, number>();
  for (const { label, order } of clauses) first.set(label, Math.min(first.get(label) ?? Infinity, order));
  return clauses.map(({ label, value, order }) => `${order === first.get(label) ? '' : 'alt. '}${label} ${value}`);
}

function items(elements: readonly XmlElement[], label: (el: XmlElement) => string, value: (el: XmlElement) => string): RemarkClause[] {
  return elements.map((el, i) => ({ label: label(el), value: value(el), order: Number(childText(el, 'uid') ?? i) }));
}

function remarksAsInCsv(entry: XmlElement, at: RecordLocation): string {
  const text = (name: string) => (el: XmlElement): string => requiredChildText(el, name, at);
  const title = childText(entry, 'title');
  const remarks = childText(entry, 'remarks');
  const clauses = [
    ...items(listItems(entry, 'dateOfBirthList', 'dateOfBirthItem'), () => 'DOB', text('dateOfBirth')),
    ...items(listItems(entry, 'placeOfBirthList', 'placeOfBirthItem'), () => 'POB', text('placeOfBirth')),
    ...items(listItems(entry, 'nationalityList', 'nationality'), () => 'nationality', text('country')),
    ...items(listItems(entry, 'citizenshipList', 'citizenship'), () => 'citizen', text('country')),
    ...items(listItems(entry, 'idList', 'id'), text('idType'), (id) => idValue(id, at)),
  ];
  return [
    ...remarkClauses(clauses),
    ...(title !== undefined && childText(entry, 'sdnType') === 'Individual' ? [title] : []),
    ...(remarks === undefined ? [] : [linkedToAsInCsv(remarks)]),
    ...listItems(entry, 'akaList', 'aka').filter(isWeak).map((aka) => `${requiredChildText(aka, 'type', at)} '${ofacName(aka, at)}'`),
  ].join('; ');
}

function addressRows(entry: XmlElement, file: string): OfacAddressRow[] {
  return listItems(entry, 'addressList', 'address').map((address) => {
    const cityAndRegion = joinParts([childText(address, 'city'), childText(address, 'stateOrProvince')]);
    const cityLine = [cityAndRegion, childText(address, 'postalCode')].filter((part) => part !== undefined && part !== '').join(' ');
    return {
      file,
      line: address.line,
      address: joinParts(['address1', 'address2', 'address3'].map((name) => childText(address, name))) || undefined,
      cityStatePostalCode: cityLine || undefined,
      country: childText(address, 'country'),
    };
  });
}

function aliasRows(entry: XmlElement, file: string, at: RecordLocation): OfacAliasRow[] {
  return listItems(entry, 'akaList', 'aka')
    .filter((aka) => !isWeak(aka))
    .map((aka) => ({ file, line: aka.line, type: aliasType(aka, at), name: ofacName(aka, at) }));
}

function schemaOf(entry: XmlElement, at: RecordLocation): string {
  const sdnType = requiredChildText(entry, 'sdnType', at);
  const schema = SCHEMA_BY_SDN_TYPE[sdnType];
  if (schema === undefined) {
    throw sourceError(at, `sdnType "${sdnType}" is none of ${Object.keys(SCHEMA_BY_SDN_TYPE).join(', ')}`, 'sdnType');
  }
  return schema;
}


// The CSV quotes its fields with '"' and so writes a '"' inside a value as "'" (ent 11625:
// XML 'Maker Tower "F"', CSV "Maker Tower 'F'"); the XML values are written the same way.
function withCsvQuotes(element: XmlElement): XmlElement {
  return { ...element, text: element.text.replace(/"/g, "'"), children: element.children.map(withCsvQuotes) };
}

export function toOfacListing(xmlEntry: XmlElement, file: string, format: string): OfacXmlListing {
  const entry = withCsvQuotes(xmlEntry);
  const uid = requiredChildText(entry, 'uid', { format, file });
  const at: RecordLocation = { format, file, line: entry.line, record: `sdnEntry uid ${uid}` };
  const programs = pathTexts(entry, ['programList', 'program']);
  if (programs.length === 0) throw sourceError(at, '<sdnEntry> has no <programList><program>', 'programList');
  const vessel = childrenNamed(entry, 'vesselInfo')[0];
  const vesselText = (name: string): string | undefined => (vessel === undefined ? undefined : childText(vessel, name));
  const remarks = remarksAsInCsv(entry, at);
  const record: OfacRecord = {
    file,
    line: entry.line,
    entNum: uid,
    id: sourceId('ofac', uid),
    schema: schemaOf(entry, at),
    name: ofacName(entry, at),
    programs,
    title: childText(entry, 'title'),
    callSign: vesselText('callSign'),
    vesselType: vesselText('vesselType'),
    tonnage: vesselText('tonnage'),
    grossRegisteredTonnage: vesselText('grossRegisteredTonnage'),
    vesselFlag: vesselText('vesselFlag'),
    vesselOwner: vesselText('vesselOwner'),
    remarks: remarks === '' ? undefined : remarks,
  };
  const side: OfacSideFiles = {
    addresses: new Map([[uid, addressRows(entry, file)]]),
    aliases: new Map([[uid, aliasRows(entry, file, at)]]),
    comments: new Map(),
  };
  return { record, side };
}

/**
 * The descriptive children of an EU FSF `sanctionEntity` (export schema of the EU Financial
 * Sanctions Files, namespace http://eu.europa.ec/fpi/fsd/export): `nameAlias`,
 * `citizenship`, `birthdate`, `address`, `identification`. Each carries its facts as
 * attributes; empty attributes ("") mean "not stated". Each function adds what one element
 * states to the party's TargetAssembly.
 */
import { parseIsoDate } from './dates.js';
import { countryCode } from './countries.js';
import { childrenNamed, type XmlElement } from './xml.js';
import { addAddress, addIdentityDocument, joinParts, type TargetAssembly } from './target-assembly.js';
import { sourceError, type RecordLocation } from './record-location.js';

/** An attribute's value, or undefined when absent, blank or a "-" placeholder (sample_eu.xml: city="-"). */
export function attr(element: XmlElement, name: string): string | undefined {
  const value = element.attributes[name]?.trim();
  return value === undefined || value === '' || value === '-' ? undefined : value;
}

/** FtM code from countryIso2Code ("00" means unknown), else from countryDescription. */
function countryOf(element: XmlElement): string | undefined {
  const iso = attr(element, 'countryIso2Code');
  const fromIso = iso === undefined || iso === '00' ? undefined : countryCode(iso);
  if (fromIso !== undefined) return fromIso;
  const description = attr(element, 'countryDescription');
  return description === undefined ? undefined : countryCode(description);
}

/** The country as written, when it is not a recognised one (kept as text rather than guessed). */
function unrecognisedCountry(element: XmlElement): string | undefined {
  const description = attr(element, 'countryDescription');
  return countryOf(element) === undefined && description !== undefined && description !== 'UNKNOWN' ? description : undefined;
}

function remarks(element: XmlElement): string[] {
  return childrenNamed(element, 'remark').map((remark) => remark.text);
}

const GENDERS: Readonly<Record<string, string>> = { M: 'male', F: 'female' };

export function addNameAlias(assembly: TargetAssembly, alias: XmlElement, at: RecordLocation): void {
  const [first, middle, last] = [attr(alias, 'firstName'), attr(alias, 'middleName'), attr(alias, 'lastName')];
  const name = attr(alias, 'wholeName') ?? ([first, middle, last].filter(Boolean).join(' ') || undefined);
  if (name === undefined) throw sourceError(at, 'nameAlias states no name', 'wholeName');
  const target = assembly.target;
  // The first strong alias is the name; strong="false" marks a weak (low-quality) alias.
  if (attr(alias, 'strong') === 'false') target.add('weakAlias', name);
  else target.add(target.has('name') ? 'alias' : 'name', name);
  target.add('notes', remarks(alias));
  if (target.schema !== 'Person') {
    target.add('notes', [attr(alias, 'title'), attr(alias, 'function')]);
    return;
  }
  target.add('firstName', first).add('middleName', middle).add('lastName', last);
  target.add('title', attr(alias, 'title')).add('position', attr(alias, 'function'));
  const gender = attr(alias, 'gender');
  // A code other than M / F is kept as written rather than mapped to a guess.
  if (gender !== undefined && GENDERS[gender] === undefined) target.add('notes', `Gender: ${gender}`);
  else target.add('gender', gender === undefined ? undefined : GENDERS[gender]);
}

export function addCitizenship(assembly: TargetAssembly, citizenship: XmlElement): void {
  const target = assembly.target;
  target.add(target.schema === 'Person' ? 'nationality' : 'country', countryOf(citizenship));
  const unknown = unrecognisedCountry(citizenship);
  target.add('notes', unknown === undefined ? undefined : `Citizenship: ${unknown}`);
  target.add('notes', remarks(citizenship));
}

/** The dates as written: the full date, else the year (and month), else a year range. */
function statedBirthDates(birth: XmlElement): string[] {
  const full = attr(birth, 'birthdate');
  if (full !== undefined) return [full];
  const [year, month] = [attr(birth, 'year'), attr(birth, 'monthOfYear')];
  if (year !== undefined) return [month === undefined ? year : `${year}-${month.padStart(2, '0')}`];
  return [attr(birth, 'yearRangeFrom'), attr(birth, 'yearRangeTo')].filter((text): text is string => text !== undefined);
}

function birthDates(birth: XmlElement, at: RecordLocation): string[] {
  return statedBirthDates(birth).map((text) => {
    const date = parseIsoDate(text);
    if (date === undefined) throw sourceError(at, `invalid birth date "${text}"`, 'birthdate');
    // circa="true": the source vouches only for the approximate year.
    return attr(birth, 'circa') === 'true' ? date.slice(0, 4) : date;
  });
}

export function addBirthdate(assembly: TargetAssembly, birth: XmlElement, at: RecordLocation): void {
  const target = assembly.target;
  target.add('birthDate', birthDates(birth, at));
  const place = joinParts([attr(birth, 'place'), attr(birth, 'city'), attr(birth, 'zipCode'), attr(birth, 'region')]);
  target.add('birthPlace', place === '' ? undefined : place);
  target.add('birthCountry', countryOf(birth));
  const unknown = unrecognisedCountry(birth);
  target.add('notes', unknown === undefined ? undefined : `Country of birth: ${unknown}`);
  target.add('notes', remarks(birth));
}

export function addEuAddress(assembly: TargetAssembly, address: XmlElement): void {
  // contactInfo children (key/value pairs such as PHONE, EMAIL) have no Address property; kept as remarks.
  const contacts = childrenNamed(address, 'contactInfo').map((info) => `${attr(info, 'key') ?? 'contact'}: ${attr(info, 'value') ?? ''}`);
  addAddress(assembly, {
    street: attr(address, 'street'),
    postOfficeBox: attr(address, 'poBox'),
    extra: attr(address, 'place'),
    city: attr(address, 'city'),
    postalCode: attr(address, 'zipCode'),
    region: attr(address, 'region'),
    countryText: attr(address, 'countryDescription'),
    country: countryOf(address),
    remarks: joinParts([...remarks(address), ...contacts]) || undefined,
  });
}

const DOCUMENT_FLAGS: ReadonlyArray<readonly [string, string]> = [
  ['diplomatic', 'diplomatic'],
  ['knownExpired', 'known to be expired'],
  ['knownFalse', 'known to be false'],
  ['reportedLost', 'reported lost'],
  ['revokedByIssuer', 'revoked by issuer'],
];

export function addEuIdentification(assembly: TargetAssembly, document: XmlElement): void {
  const number = attr(document, 'number') ?? attr(document, 'latinNumber');
  const type = attr(document, 'identificationTypeDescription') ?? attr(document, 'identificationTypeCode');
  if (number === undefined) {
    // A document described without a number cannot be an Identification; its text is kept.
    assembly.target.add('notes', joinParts([type, ...remarks(document)]));
    return;
  }
  const flags = DOCUMENT_FLAGS.filter(([name]) => attr(document, name) === 'true').map(([, label]) => label);
  const latin = attr(document, 'latinNumber');
  addIdentityDocument(assembly, {
    isPassport: attr(document, 'identificationTypeCode') === 'passport',
    number,
    type,
    country: countryOf(document),
    authority: attr(document, 'issuedBy'),
    namesMentioned: attr(document, 'nameOnDocument'),
    summary: [...flags, ...remarks(document), ...(latin !== undefined && latin !== number ? [`Latin number: ${latin}`] : [])],
  });
}

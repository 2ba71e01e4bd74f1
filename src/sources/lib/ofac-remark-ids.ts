/**
 * Identity documents and registry numbers in OFAC remarks. OFAC writes each one as
 * "<label> <number>[ (<country>)][ issued <date>][ expires <date>]", e.g.
 * "Passport L 191609 issued 28 Feb 1996 expires 27 Feb 2001",
 * "Registration Number HRA 736012 (Stuttgart) (Germany)", "Tax ID No. 770202363089 (Russia)".
 * The labels below are the ones found in the SDN and Consolidated CSV files 2018-2025; a
 * clause with another label is not guessed at and stays in the notes.
 */
import { countryCode } from './countries.js';
import { parseDayMonthNameYear } from './dates.js';

interface IdentifierLabel {
  readonly label: string;
  /** The target property that also gets the number, when the target's schema has it. */
  readonly prop?: string;
  readonly isPassport?: boolean;
}

export interface RemarkDocument {
  /** OFAC's label, kept as the document type ("Cedula No.", "Tax ID No."). */
  readonly label: string;
  readonly number: string;
  readonly prop?: string;
  readonly isPassport: boolean;
  readonly country?: string;
  /** Parenthesised text that is not a country (e.g. a registry court), kept as the authority. */
  readonly authority?: string;
  readonly issueDate?: string;
  readonly expiryDate?: string;
}

const labels = (prop: string | undefined, names: readonly string[]): IdentifierLabel[] =>
  names.map((label) => (prop === undefined ? { label } : { label, prop }));

// Labels whose own name says what the number is: a tax number (NIT, RUC, RTN, C.U.I.T., R.F.C.
// and NUIT are the Latin-American / Lusophone "tributario/contribuyente" ids), a company
// register entry, a licence. The rest go to the generic idNumber.
const ID_LABELS: readonly IdentifierLabel[] = [
  ...['Passport', 'Diplomatic Passport', 'Passport Booklet'].map((label) => ({ label, prop: 'passportNumber', isPassport: true })),
  ...labels('taxNumber', [
    'Tax ID No.', 'Numero Unico de Identificacao Tributaria (NUIT)', 'Italian Fiscal Code', 'US FEIN', 'C.U.I.T.', 'C.I.F.',
    'R.F.C.', 'RFC', 'NIT #', 'RUC #', 'RIF #', 'RTN',
  ]),
  ...labels('vatCode', ['V.A.T. Number']),
  ...labels('leiCode', ['Legal Entity Number']),
  ...labels('dunsCode', ['D-U-N-S Number']),
  ...labels('swiftBic', ['SWIFT/BIC']),
  ...labels('socialSecurityNumber', ['SSN']),
  ...labels('isinCode', ['ISIN']),
  ...labels('ticker', ['Equity Ticker']),
  ...labels('licenseNumber', ['Trade License No.', 'License', 'Permit Number', 'Afghan Money Service Provider License Number']),
  ...labels('imoNumber', ['Vessel Registration Identification IMO', 'Identification Number IMO', 'Company Number IMO']),
  ...labels('mmsi', ['MMSI']),
  ...labels('serialNumber', ["Aircraft Manufacturer's Serial Number (MSN)", 'Aircraft Serial Identification']),
  ...labels('registrationNumber', [
    'Registration Number', 'Registration ID', 'Business Registration Number', 'Company Number', 'UK Company Number',
    'Commercial Registry Number', 'Unified Social Credit Code (USCC)', 'United Social Credit Code Certificate (USCCC)',
    'C.R. No.', 'Chamber of Commerce Number', 'Business Registration Document #', 'Certificate of Incorporation Number',
    'Enterprise Number', 'Central Registration System Number', 'Folio Mercantil No.', 'Matricula Mercantil No',
    'Public Registration Number', 'Business Number', 'Istanbul Chamber of Comm. No.',
    'Dubai Chamber of Commerce Membership No.', 'Economic Register Number (CBLS)', 'Branch Unit Number', 'LE Number',
    'Organization Code', 'Registered Charity No.', 'Vessel Registration Identification', 'Aircraft Tail Number',
  ]),
  ...labels(undefined, [
    'National ID No.', 'Cedula No.', 'C.U.R.P.', 'Identification Number', 'D.N.I.', 'Personal ID Card',
    'Turkish Identification Number', 'Turkish Identificiation Number', 'Numero de Identidad', "Citizen's Card Number",
    'Kenyan ID No.', 'National Foreign ID Number', 'Residency Number', 'Electoral Registry No.', 'Credencial electoral',
    'I.F.E.', 'C.U.I.', 'C.U.I.P.', 'Cartilla de Servicio Militar Nacional', 'Birth Certificate Number',
    "Driver's License No.", 'Travel Document Number', 'VisaNumberID', 'File Number', 'BIK (RU)',
    'Government Gazette Number', 'Aircraft Construction Number (also called L/N or S/N or F/N)',
    'Aircraft Mode S Transponder Code', 'Tazkira National ID Card', 'Moroccan Personal ID No.', 'SRE Permit No.',
    'Public Security and Immigration No.', 'Immigration No.',
  ]),
].sort((a, b) => b.label.length - a.label.length); // longest first: "Identification Number IMO" before "Identification Number"

const VALUE_PATTERN =
  /^(?<number>.+?)(?:\s+\((?<paren>[^()]+)\))?(?:\s+issued\s+(?<issued>.+?))?(?:\s+expires\s+(?<expires>.+?))?$/;

function findLabel(clause: string): IdentifierLabel | undefined {
  return ID_LABELS.find(({ label }) => clause.startsWith(label) && /^[\s#:]/.test(clause.slice(label.length)));
}

/** The document in a remark clause (without any "alt. " prefix), or undefined if it is not one. */
export function parseIdentifierClause(clause: string): RemarkDocument | undefined {
  const found = findLabel(clause);
  if (found === undefined) return undefined;
  // "C.U.R.P. # HESU430525HBCRMR13", "Passport Booklet: A7523531" - the '#'/':' belongs to no value.
  const value = clause.slice(found.label.length).replace(/^[\s#:]+/, '');
  const groups = VALUE_PATTERN.exec(value)?.groups;
  if (groups === undefined || !isCodeLike(groups.number!)) return undefined;
  const issueDate = optionalDate(groups.issued);
  const expiryDate = optionalDate(groups.expires);
  if (issueDate === null || expiryDate === null) return undefined;
  const country = groups.paren === undefined ? undefined : countryCode(groups.paren);
  return {
    label: found.label,
    number: groups.number!,
    prop: found.prop,
    isPassport: found.isPassport ?? false,
    country,
    authority: country === undefined ? groups.paren : undefined,
    issueDate,
    expiryDate,
  };
}

// A number has a digit ("AC192015", "85-244-5670") or is a capital-letter code ("SABRRUMM",
// tail number "EP-MMH"); anything else after a known label is prose, not a number.
function isCodeLike(number: string): boolean {
  return /\d/.test(number) || /^[A-Z][A-Z-]+$/.test(number);
}

/** undefined when absent, null when present but not a date (the clause is then kept as text). */
function optionalDate(text: string | undefined): string | undefined | null {
  if (text === undefined) return undefined;
  return parseDayMonthNameYear(text) ?? null;
}

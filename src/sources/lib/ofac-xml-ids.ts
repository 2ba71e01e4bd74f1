/**
 * OFAC `sdnEntry/idList/id` items (idType, idNumber, idCountry, issueDate, expirationDate).
 * OFAC uses this list for far more than identity documents: web sites, e-mail, gender,
 * vessel IMO numbers, and facts about the sanction itself (directives, listing dates). Each
 * idType is mapped to its FtM home here; the labels are OFAC's own and are the same words
 * its CSV remarks use ("Tax ID No. 7706107510 (Russia)"), so both formats agree.
 */
import { countryCode } from './countries.js';
import { parseDayMonthNameYear } from './dates.js';
import { addIdentityDocument, joinParts, type TargetAssembly } from './ftm-parse-support.js';
import { getSchema } from '../../model/ftm.js';

export interface OfacId {
  type: string;
  number: string;
  country?: string;
  issueDate?: string;
  expirationDate?: string;
}

type ValueKind = 'text' | 'date' | 'country' | 'gender';

type IdRule =
  /** An identity document: Passport/Identification entity, plus a specific target property. */
  | { kind: 'document'; isPassport?: boolean; prop?: string }
  /** A plain property of the target (no document entity). */
  | { kind: 'property'; prop: string; value?: ValueKind }
  /** Kept as "idType: idNumber" in the target's notes. */
  | { kind: 'note' };

const registration: IdRule = { kind: 'document', prop: 'registrationNumber' };
const tax: IdRule = { kind: 'document', prop: 'taxNumber' };
const personal: IdRule = { kind: 'document' };

const ID_RULES: Readonly<Record<string, IdRule>> = {
  Passport: { kind: 'document', isPassport: true },
  'Diplomatic Passport': { kind: 'document', isPassport: true },
  'Tax ID No.': tax,
  'NIT #': tax,
  'RUC #': tax,
  'R.F.C.': tax,
  RTN: tax,
  'C.U.I.T.': tax,
  'V.A.T. Number': { kind: 'document', prop: 'vatCode' },
  SSN: { kind: 'document', prop: 'socialSecurityNumber' },
  'National ID No.': personal,
  'Cedula No.': personal,
  'D.N.I.': personal,
  'C.U.R.P.': personal,
  'Identification Number': personal,
  'Birth Certificate Number': personal,
  "Driver's License No.": personal,
  'Residency Number': personal,
  'Registration ID': registration,
  'Registration Number': registration,
  'Public Registration Number': registration,
  'Business Registration Number': registration,
  'Business Registration Document #': registration,
  'Business Number': registration,
  'Commercial Registry Number': registration,
  'C.R. No.': registration,
  'Company Number': registration,
  'UK Company Number': registration,
  'Government Gazette Number': registration,
  'Unified Social Credit Code (USCC)': registration,
  'United Social Credit Code Certificate (USCCC)': registration,
  'Chamber of Commerce Number': registration,
  'Folio Mercantil No.': registration,
  'Matricula Mercantil No': registration,
  'Economic Register Number (CBLS)': registration,
  'Certificate of Incorporation Number': registration,
  'Enterprise Number': registration,
  'Central Registration System Number': registration,
  License: { kind: 'document', prop: 'licenseNumber' },
  'Trade License No.': { kind: 'document', prop: 'licenseNumber' },
  Website: { kind: 'property', prop: 'website' },
  'Email Address': { kind: 'property', prop: 'email' },
  'Phone Number': { kind: 'property', prop: 'phone' },
  Gender: { kind: 'property', prop: 'gender', value: 'gender' },
  'SWIFT/BIC': { kind: 'property', prop: 'swiftBic' },
  'Legal Entity Number': { kind: 'property', prop: 'leiCode' },
  'D-U-N-S Number': { kind: 'property', prop: 'dunsCode' },
  'Organization Established Date': { kind: 'property', prop: 'incorporationDate', value: 'date' },
  'Organization Type:': { kind: 'property', prop: 'legalForm' },
  'Target Type': { kind: 'property', prop: 'classification' },
  'Nationality of Registration': { kind: 'property', prop: 'jurisdiction', value: 'country' },
  'Vessel Registration Identification': { kind: 'property', prop: 'imoNumber' },
  MMSI: { kind: 'property', prop: 'mmsi' },
  'Former Vessel Flag': { kind: 'property', prop: 'pastFlags', value: 'country' },
  'Vessel Year of Build': { kind: 'property', prop: 'buildDate', value: 'date' },
  'Aircraft Model': { kind: 'property', prop: 'model' },
  "Aircraft Manufacturer's Serial Number (MSN)": { kind: 'property', prop: 'serialNumber' },
  'Aircraft Tail Number': { kind: 'property', prop: 'registrationNumber' },
  'Aircraft Manufacture Date': { kind: 'property', prop: 'buildDate', value: 'date' },
  ISIN: { kind: 'property', prop: 'isinCode' },
  'BIK (RU)': { kind: 'property', prop: 'bikCode' },
  'Issuer Name': { kind: 'note' },
  'Equity Ticker': { kind: 'note' },
  'Aircraft Operator': { kind: 'note' },
  'Previous Aircraft Tail Number': { kind: 'note' },
  'Chinese Commercial Code': { kind: 'note' },
};

function ruleFor(idType: string): IdRule {
  // Crypto addresses ("Digital Currency Address - XBT") identify wallets, not the party.
  if (idType.startsWith('Digital Currency Address')) return { kind: 'note' };
  return ID_RULES[idType] ?? { kind: 'document' };
}

/**
 * idTypes that state something about the sanction, not the party: directives, secondary
 * sanctions risk, listing/effective dates. They go to the Sanction entities (provisions).
 */
export function isSanctionTerm(idType: string): boolean {
  return /^(Executive Order|Secondary sanctions risk|Additional Sanctions Information|CAATSA|Transactions Prohibited|IFCA|For more information|Listing Date|Effective Date|Purchase\/Sales For Divestment Date)/i.test(idType);
}

function hasProperty(schema: string, prop: string): boolean {
  return getSchema(schema).getProperties().has(prop);
}

function cleanValue(kind: ValueKind, text: string): string | undefined {
  switch (kind) {
    case 'date':
      return parseDayMonthNameYear(text);
    case 'country':
      return countryCode(text);
    case 'gender':
      return ['male', 'female'].includes(text.toLowerCase()) ? text.toLowerCase() : undefined;
    case 'text':
      return text;
  }
}

function addDocument(assembly: TargetAssembly, id: OfacId, rule: { isPassport?: boolean; prop?: string }): void {
  const country = id.country === undefined ? undefined : countryCode(id.country);
  const summary = [
    country === undefined && id.country !== undefined ? `country: ${id.country}` : undefined,
    id.issueDate === undefined ? undefined : `issued ${id.issueDate}`,
    id.expirationDate === undefined ? undefined : `expires ${id.expirationDate}`,
  ];
  const text = joinParts(summary);
  addIdentityDocument(assembly, { isPassport: rule.isPassport ?? false, number: id.number, type: id.type, country, summary: text === '' ? undefined : [text] });
  if (rule.prop !== undefined && hasProperty(assembly.target.schema, rule.prop)) assembly.target.add(rule.prop, id.number);
}

/**
 * Puts one id item where it belongs on the target. Items whose value does not fit (an
 * unrecognised country or date, a property the schema lacks) are kept in notes as written;
 * idTypes not in the table become Identification entities, the type kept as OFAC states it.
 */
export function addOfacId(assembly: TargetAssembly, id: OfacId): void {
  const rule = ruleFor(id.type);
  if (rule.kind === 'document') return addDocument(assembly, id, rule);
  const value = rule.kind === 'property' ? cleanValue(rule.value ?? 'text', id.number) : undefined;
  if (rule.kind === 'property' && value !== undefined && hasProperty(assembly.target.schema, rule.prop)) {
    assembly.target.add(rule.prop, value);
    return;
  }
  assembly.target.add('notes', `${id.type}: ${id.number}`);
}

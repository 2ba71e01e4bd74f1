/**
 * The Remarks column of OFAC's SDN / Consolidated CSV files, parsed into facts. OFAC packs
 * every identifier and feature of a listing into this one field as `;`-separated clauses
 * ending with a period: "DOB 20 Aug 1952; POB Cheremkhovo, Irkutsk, Russia; nationality
 * Russia; Gender Male; Tax ID No. 770202363089 (Russia)." A clause may start with "alt. "
 * (another value of the same field). Weak aliases are quoted: "a.k.a. 'BNC'" (OFAC's
 * cons_dat_spec.txt: "weak AKAs are listed in the Remarks field ... bracketed by quotation
 * marks"). One small function per field below; a clause none of them recognises becomes a
 * `note`, so no remark text is ever dropped.
 */
import { countryCode } from './countries.js';
import { parseRemarkDate } from './ofac-remark-dates.js';
import { parseIdentifierClause, type RemarkDocument } from './ofac-remark-ids.js';

export type RemarkRelation = 'linkedTo' | 'operator';

/** What one clause says. `clause` is the raw text, kept so a fact that cannot be applied becomes a note. */
export type RemarkFact =
  | { readonly kind: 'property'; readonly prop: string; readonly value: string; readonly clause: string }
  | { readonly kind: 'document'; readonly document: RemarkDocument; readonly clause: string }
  | { readonly kind: 'wallet'; readonly currency: string; readonly address: string; readonly clause: string }
  | { readonly kind: 'relation'; readonly relation: RemarkRelation; readonly name: string; readonly clause: string }
  | { readonly kind: 'provision'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string };

type ClauseParser = (body: string, clause: string) => RemarkFact[] | undefined;

// A quoted name may itself contain ';' or an apostrophe ("a.k.a. 'AL-QA'IDA'"): it ends at the
// quote that is followed by the next ';' or the end of the remark.
const CLAUSE_PATTERN = /\s*(?:alt\.\s+)?[afn]\.k\.a\.\s+'.*?'(?=\s*(?:;|$))|[^;]+/g;

/** The clauses of a remark, without the remark's closing period. */
export function splitRemarkClauses(remarks: string): string[] {
  const text = remarks.trim().replace(/\.$/, '');
  const clauses: string[] = [];
  for (const match of text.matchAll(CLAUSE_PATTERN)) {
    const clause = match[0].trim();
    if (clause !== '') clauses.push(clause);
  }
  return clauses;
}

/** Every fact of a remark, clause by clause, in the order OFAC wrote them. */
export function parseOfacRemarks(remarks: string): RemarkFact[] {
  return splitRemarkClauses(remarks).flatMap(parseClause);
}

function parseClause(clause: string): RemarkFact[] {
  const body = clause.replace(/^alt\.\s+/i, '');
  for (const [pattern, parse] of CLAUSE_PARSERS) {
    const match = pattern.exec(body);
    if (match === null) continue;
    const facts = parse(match[1]!.trim(), clause);
    if (facts !== undefined) return facts;
  }
  const document = parseIdentifierClause(body);
  if (document !== undefined) return [{ kind: 'document', document, clause }];
  return [{ kind: 'note', text: clause }];
}

const property = (prop: string, value: string, clause: string): RemarkFact => ({ kind: 'property', prop, value, clause });

/** "a.k.a. 'BNC'" -> the quoted name; an unterminated quote (a remark cut at 1000 characters) is not a name. */
function quotedName(prop: string): ClauseParser {
  return (body, clause) => {
    const match = /^'(.+)'$/.exec(body);
    return match === null ? undefined : [property(prop, match[1]!.trim(), clause)];
  };
}

/** "DOB 20 Aug 1952", "DOB circa 1960", "DOB 1960 to 1962": approximate ones also keep their text. */
function dateOf(prop: string): ClauseParser {
  return (body, clause) => {
    const date = parseRemarkDate(body);
    if (date === undefined) return undefined;
    const facts = date.dates.map((value) => property(prop, value, clause));
    return date.isExact ? facts : [...facts, { kind: 'note', text: clause }];
  };
}

/** "POB Cheremkhovo, Irkutsk, Russia": the place as written, and the country when the last part is one. */
function parseBirthPlace(body: string, clause: string): RemarkFact[] {
  const country = countryCode(body.split(',').at(-1)!);
  const facts = [property('birthPlace', body, clause)];
  return country === undefined ? facts : [...facts, property('birthCountry', country, clause)];
}

/** "nationality Russia", "citizen Korea, North"; "nationality possibly Palestinian" is not a country. */
function countryOf(prop: string): ClauseParser {
  return (body, clause) => {
    const code = countryCode(body);
    return code === undefined ? undefined : [property(prop, code, clause)];
  };
}

function parseGender(body: string, clause: string): RemarkFact[] | undefined {
  const gender = body.toLowerCase();
  return gender === 'male' || gender === 'female' ? [property('gender', gender, clause)] : undefined;
}

function textOf(prop: string): ClauseParser {
  return (body, clause) => [property(prop, body, clause)];
}

function relationTo(relation: RemarkRelation): ClauseParser {
  return (body, clause) => [{ kind: 'relation', relation, name: body, clause }];
}

/** "Digital Currency Address - XBT 1KSAbh5trMCTZwhiNsuUQvfTtSSTT8zqRk". */
function parseWallet(body: string, clause: string): RemarkFact[] | undefined {
  const match = /^(\S+)\s+(\S+)$/.exec(body);
  return match === null ? undefined : [{ kind: 'wallet', currency: match[1]!, address: match[2]!, clause }];
}

/** Statements about the sanction itself (secondary-sanctions risk, directives, listing dates). */
function parseProvision(body: string): RemarkFact[] {
  return [{ kind: 'provision', text: body }];
}

// Clauses about the sanction rather than the listed party. Directive determinations and
// menu-based sanctions ("Executive Order 13846 information: FOREIGN EXCHANGE. Sec. 5(a)(ii)")
// are provisions; "... Directive Information - For more information ..." is only a link.
const PROVISION = new RegExp(
  `^((?:${[
    'Additional Sanctions Information -',
    'Secondary sanctions risk:',
    'IFCA Determination -',
    'CAATSA Section \\d+ Information:',
    'U\\.S\\. Persons Must Continue to Block',
    'Transactions Prohibited For Persons Owned or Controlled By U\\.S\\. Financial Institutions:',
    '(?:Listing|Effective|Purchase/Sales For Divestment) Date \\(',
    'Executive Order \\d+ (?:Directive Determination|Directive Information|information:)(?! - For more information)',
  ].join('|')}).*)$`,
);

// Each pattern captures the clause body in group 1; order matters where labels share a start.
const CLAUSE_PARSERS: ReadonlyArray<readonly [RegExp, ClauseParser]> = [
  [/^a\.k\.a\.\s+(.+)$/, quotedName('weakAlias')],
  [/^f\.k\.a\.\s+(.+)$/, quotedName('previousName')],
  [/^n\.k\.a\.\s+(.+)$/, quotedName('alias')],
  [/^DOB\s+(.+)$/, dateOf('birthDate')],
  [/^POB\s+(.+)$/, parseBirthPlace],
  [/^Nationality of Registration\s+(.+)$/, countryOf('flag')],
  [/^nationality\s+(.+)$/i, countryOf('nationality')],
  [/^citizen\s+(.+)$/i, countryOf('citizenship')],
  [/^Gender\s+(.+)$/, parseGender],
  [/^ethnicity\s+(.+)$/, textOf('ethnicity')],
  [/^Linked To:\s*(.+)$/, relationTo('linkedTo')],
  [/^Aircraft Operator\s+(.+)$/, relationTo('operator')],
  [/^Aircraft Model\s+(.+)$/, textOf('model')],
  [/^Aircraft Manufacture Date\s+(.+)$/, dateOf('buildDate')],
  [/^Vessel Year of Build\s+(.+)$/, dateOf('buildDate')],
  [/^Former Vessel Flag\s+(.+)$/, countryOf('pastFlags')],
  [/^Other Vessel Type\s+(.+)$/, textOf('type')],
  [/^Website\s+(.+)$/, textOf('website')],
  [/^Email Address\s+(.+)$/, textOf('email')],
  [/^(?:Phone Number|Telephone No\.|Telephone|PHONE):?\s+(.+)$/, textOf('phone')],
  [/^Organization Established Date\s+(.+)$/, dateOf('incorporationDate')],
  [/^Organization Type:\s*(.+)$/, textOf('sector')],
  [/^Target Type\s+(.+)$/, textOf('classification')],
  [/^Position:\s*(.+)$/, textOf('position')],
  [/^Digital Currency Address -\s*(.+)$/, parseWallet],
  [PROVISION, parseProvision],
];

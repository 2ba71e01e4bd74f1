/**
 * Whether a FARA principal is a listed party, from its name and country: one of the party's
 * names must agree with the principal's (name-agreement.ts), and the evidence must not be a
 * coincidence the lists make likely.
 *
 * - A person: agreeing countries settle it. Otherwise the name must be rare: some agreeing
 *   word named by at most MAX_NAMESAKES listed parties when a country is unknown (Kim & Chang
 *   is not Chang Hyok KIM), and every word rare and the whole name named when the countries
 *   differ (Abdul Sattar of Bangladesh is not SATAR, Haji Abdul of Afghanistan; Raisa
 *   Bogatyreva of Ukraine is BOGATYRYOVA, Raisa, listed in Russia).
 * - An organisation in other countries only is another party (a foreign subsidiary: NATIONAL
 *   IRANIAN OIL COMPANY PTE LTD of Singapore; a namesake: MINISTRY OF PETROLEUM of Iran for
 *   Sudan's), unless its listed name names the principal's country and carries no legal form,
 *   as a state body listed by its branches abroad does (BANCO NACIONAL DE CUBA).
 * - An organisation sharing a single word with the principal needs the countries to agree
 *   (SOVCOMBANK OJSC, VNESHECONOMBANK for V/O Vneshekonombank) or, when a country is
 *   unknown, that word rare and spelled alike (POLY TECHNOLOGIES INCORPORATED; not JOINT STOCK
 *   COMPANY STAR for "Star Holdings", not BAJER S.R.L. for "Bayer, A.G."); and a listed name with
 *   two kinds of legal form has taken a word for one, a word the principal lacks (P/O TERMINAL
 *   is not AG TERMINAL OOO).
 */
import { analyseName, isPersonSchema, nameWords, type NameToken } from '../match/name-analysis.js';
import { nationalityCode } from '../sources/lib/countries.js';
import { countriesAgree, type CountryAgreement } from './country-agreement.js';
import { nameAgreement, type NameAgreement } from './name-agreement.js';

/** A word named by more listed parties than this is common in the lists. */
export const MAX_NAMESAKES = 3;
/** Country names of up to this many words are looked for in listed names ("Saudi Arabia"). */
const MAX_COUNTRY_WORDS = 3;

export interface PrincipalFacts {
  readonly name: string;
  /** FtM country code, null when the filing states none we know. */
  readonly country: string | null;
}

export interface PartyFacts {
  readonly schema: string;
  readonly names: readonly string[];
  readonly countries: readonly string[];
}

/** How many listed parties name a word (by romanization key). */
export type Namesakes = (word: NameToken) => number;

/** Counts, per word, the parties naming it. */
export function countNamesakes(parties: Iterable<Pick<PartyFacts, 'schema' | 'names'>>): Namesakes {
  const counts = new Map<string, number>();
  for (const party of parties) {
    const keys = new Set(party.names.flatMap((name) => analyseName(party.schema, name).tokens.map((t) => t.key)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (word) => counts.get(word.key) ?? 0;
}

/** Whether a name names the country `code`, as a name or an adjective ("CUBA", "IRANIAN"). */
function namesCountry(name: string, code: string): boolean {
  const words = nameWords(name);
  for (let length = 1; length <= MAX_COUNTRY_WORDS; length++) {
    for (let i = 0; i + length <= words.length; i++) if (nationalityCode(words.slice(i, i + length).join(' ')) === code) return true;
  }
  return false;
}

function personIsParty(agreement: NameAgreement, countries: CountryAgreement, namesakes: Namesakes): boolean {
  const rare = (word: NameToken) => namesakes(word) <= MAX_NAMESAKES;
  if (countries === 'agree') return true;
  if (countries === 'unknown') return agreement.shared.some(rare);
  return agreement.whole && agreement.shared.every(rare);
}

function organisationIsParty(principal: PrincipalFacts, party: PartyFacts, listedName: string, agreement: NameAgreement, countries: CountryAgreement, namesakes: Namesakes): boolean {
  const legalForms = analyseName(party.schema, listedName).legalForms;
  if (countries === 'disagree') return namesCountry(listedName, principal.country!) && legalForms.length === 0;
  if (agreement.shared.length > 1) return true;
  // Two kinds of legal form in one name: one of them is a word ("AG TERMINAL OOO"), which the principal lacks.
  return legalForms.length <= 1 && (countries === 'agree' || (agreement.spelledAlike && namesakes(agreement.shared[0]!) <= MAX_NAMESAKES));
}

/** Whether the principal is the party, on one of the party's names. */
export function principalIsParty(principal: PrincipalFacts, party: PartyFacts, namesakes: Namesakes): boolean {
  const countries = countriesAgree(principal.country, party.countries);
  const isPerson = isPersonSchema(party.schema);
  return party.names.some((listedName) => {
    const agreement = nameAgreement(principal.name, party.schema, listedName);
    if (agreement === null) return false;
    return isPerson ? personIsParty(agreement, countries, namesakes) : organisationIsParty(principal, party, listedName, agreement, countries, namesakes);
  });
}

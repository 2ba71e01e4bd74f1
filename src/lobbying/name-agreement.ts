/**
 * The check a link must pass besides the screening score: a FARA principal's name and the
 * listed name agree on their distinctive words, not just on a common one. FARA principals are
 * free text ("Russian Federation", "Aramco Services", "Asian Development Bank"); the engine
 * scores such names against short list names ("BANK ROSSIYA", "ARIAN BANK") above its
 * threshold, where one shared word or a close spelling carries the score.
 *
 * Distinctive words are the name's words the name analysis classes as name words (not legal
 * forms, generic organisation words like bank/group/company, function words or bracketed
 * qualifiers). Two words agree when their romanization keys are equal or they are spellings of
 * one long word (IZHEVSKEI / IZHEVSKY: a common start of 5 letters or more, each word
 * differing in at most its last two; INFOROS / INFORMATION differ in more).
 *
 * A listed organisation agrees when each of its words, generic ones and bracketed qualifiers
 * included, has a partner in the principal's name ("Middle East Airlines" is not MIDDLE EAST
 * BANK; "National Iranian Oil Company" is not its branch IRANIAN OIL COMPANY (U.K.)) and at
 * most a quarter of the principal's distinctive words have none (FARA adds descriptions:
 * "Production Association Izhevskei Mekhanicheskei Zavod" is IZHEVSKY MEKHANICHESKY ZAVOD;
 * "Central Bank of the Republic of Turkey" is not CENTRAL REPUBLIC BANK).
 *
 * A listed person agrees when the principal names at least two of the person's name words and
 * nothing else, leaving out at most one (a second given name; a patronymic is not counted),
 * and names the whole surname when the list writes "SURNAME, Given names" (Pedro Martinez is
 * not CARDONA MARTINEZ, Pedro).
 */
import { analyseName, isPersonSchema, type NameToken, type TokenRole } from '../match/name-analysis.js';

const MIN_SHARED_START = 5;

/** How a principal's name agrees with one listed name. */
export interface NameAgreement {
  /** The listed name's words that have a partner in the principal's name. */
  readonly shared: readonly NameToken[];
  /** Whether every word of the listed name has a partner. */
  readonly whole: boolean;
  /** Whether every shared word is spelled alike in both names, not only romanized alike (BAYER, BAJER). */
  readonly spelledAlike: boolean;
}

function wordsOf(schema: string, name: string, roles: readonly TokenRole[]): NameToken[] {
  return analyseName(schema, name).tokens.filter((t) => roles.includes(t.role) && t.text.length > 1);
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function wordsAgree(a: NameToken, b: NameToken): boolean {
  if (a.key === b.key || a.text === b.text) return true;
  const shared = sharedStart(a.text, b.text);
  return shared >= MIN_SHARED_START && shared >= Math.max(a.text.length, b.text.length) - 2;
}

const partnered = (words: readonly NameToken[], by: readonly NameToken[]): NameToken[] => words.filter((w) => by.some((o) => wordsAgree(w, o)));

/** How many of `words` have no partner in `by`. */
const unpartnered = (words: readonly NameToken[], by: readonly NameToken[]): number => words.length - partnered(words, by).length;

/** The surname of a name written "SURNAME, Given names", else null. */
function surnameOf(listedName: string): string | null {
  const comma = listedName.indexOf(',');
  return comma > 0 ? listedName.slice(0, comma) : null;
}

function personAgreement(asked: readonly NameToken[], listedSchema: string, listedName: string): NameAgreement | null {
  const listed = wordsOf(listedSchema, listedName, ['name']);
  if (asked.length < 2 || unpartnered(asked, listed) > 0 || unpartnered(listed, asked) > 1) return null;
  const surname = surnameOf(listedName);
  if (surname !== null && unpartnered(wordsOf(listedSchema, surname, ['name']), asked) > 0) return null;
  return agreementOn(partnered(listed, asked), listed, asked);
}

function agreementOn(shared: readonly NameToken[], listed: readonly NameToken[], asked: readonly NameToken[]): NameAgreement {
  return { shared, whole: shared.length === listed.length, spelledAlike: shared.every((w) => asked.some((o) => o.text === w.text)) };
}

function organisationAgreement(principal: string, asked: readonly NameToken[], listedSchema: string, listedName: string): NameAgreement | null {
  const listed = wordsOf(listedSchema, listedName, ['name', 'generic', 'qualifier']);
  const askedAll = wordsOf('LegalEntity', principal, ['name', 'generic', 'qualifier']);
  if (listed.length === 0 || unpartnered(listed, askedAll) > 0 || unpartnered(asked, listed) > Math.floor(asked.length / 4)) return null;
  return agreementOn(listed, listed, askedAll);
}

/** How the principal's name agrees with one name of a listed party of `listedSchema`, or null when it does not. */
export function nameAgreement(principal: string, listedSchema: string, listedName: string): NameAgreement | null {
  const asked = wordsOf('LegalEntity', principal, ['name']);
  if (asked.length === 0) return null;
  return isPersonSchema(listedSchema) ? personAgreement(asked, listedSchema, listedName) : organisationAgreement(principal, asked, listedSchema, listedName);
}

export function namesAgree(principal: string, listedSchema: string, listedName: string): boolean {
  return nameAgreement(principal, listedSchema, listedName) !== null;
}

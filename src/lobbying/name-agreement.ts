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
 * differing in at most its last two; INFOROS / INFORMATION differ in more). A listed
 * organisation agrees when each of its words, generic ones included, has a partner in the
 * principal's name ("Middle East Airlines" is not MIDDLE EAST BANK) and at most a quarter of the principal's distinctive words have none (FARA adds
 * descriptions: "Production Association Izhevskei Mekhanicheskei Zavod" is IZHEVSKY
 * MEKHANICHESKY ZAVOD; "Central Bank of the Republic of Turkey" is not CENTRAL REPUBLIC BANK).
 * A listed person agrees when the principal names at least two of the person's name words and
 * nothing else, leaving out at most one (a second surname; a patronymic is not counted).
 */
import { analyseName, isPersonSchema, type NameToken, type TokenRole } from '../match/name-analysis.js';

const MIN_SHARED_START = 5;

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

/** How many of `words` have no partner in `by`. */
const unpartnered = (words: readonly NameToken[], by: readonly NameToken[]): number => words.filter((w) => !by.some((o) => wordsAgree(w, o))).length;

/** Whether the principal's name agrees with one name of a listed party of `schema`. */
export function namesAgree(principal: string, listedSchema: string, listedName: string): boolean {
  const asked = wordsOf('LegalEntity', principal, ['name']);
  if (asked.length === 0) return false;
  if (isPersonSchema(listedSchema)) {
    const listed = wordsOf(listedSchema, listedName, ['name']);
    return asked.length >= 2 && unpartnered(asked, listed) === 0 && unpartnered(listed, asked) <= 1;
  }
  const listed = wordsOf(listedSchema, listedName, ['name', 'generic']);
  const askedAll = wordsOf('LegalEntity', principal, ['name', 'generic']);
  return listed.length > 0 && unpartnered(listed, askedAll) === 0 && unpartnered(asked, listed) <= Math.floor(asked.length / 4);
}

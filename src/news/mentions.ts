/**
 * Mentions of people and organisations in plain text. A mention is a run of capitalised words
 * on one line within a sentence (joined by of/the/for/de/von/bin/al or &), without a leading
 * title, demonym or sentence-opening word and without a trailing possessive. It names a person
 * when it starts with a known first name, follows a title, is a known surname, or is two or
 * more words inside a sentence starting or ending with a known name (Barack Obama, Carter
 * Page); an organisation when it is a known organisation or acronym (FBI, GOP) or ends with an
 * organisation word (Bank, LLP, Agency ...). A later mention by surname alone, or by a surname
 * spelled another way (Kislyak / Kisylak, Nemtsov / Nemtsova), refers to the earlier full
 * name, and one by the distinctive word of an organisation's name (Rostec, Jumpstart) to that
 * organisation: `name` carries that full name.
 */
import { nameLexicon, type NameLexicon } from './lexicon.js';

export type MentionKind = 'Person' | 'Organization';

export interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** The fullest form of the name in the text (the first full mention for a surname). */
  readonly name: string;
}

interface Word {
  readonly text: string;
  /** The text in lower case, the lexicon's keys. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** A run read once for both passes: the words naming an organisation, else those that can name a person. */
interface Reading {
  readonly organisation?: Word[];
  readonly person?: PersonWords;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*\.?`;
const JOINER = String.raw`(?:[ \t]+(?:of|the|for|de|von|van|bin|al|&))*`;
const RUN = new RegExp(`${WORD}(?:${JOINER}[ \\t]+${WORD})*`, 'gu');
const POSSESSIVE = /['’]s?$/u;
/** A lower-case ending after a hyphen makes the word an adjective (Congress-mandated, Kremlin-linked): the name is before it. */
const ADJECTIVE_ENDING = /-\p{Ll}[\p{L}\p{M}]*$/u;
/** A full stop after a word of more than one letter ends the sentence, and so the name. */
const SENTENCE_END = /\p{L}{2}\.$/u;
/** An all-capitals word of two to five letters: an organisation's acronym (GOP, AFP). */
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** The characters after which a capital is the sentence's, not a name's. */
const OPENS_SENTENCE = /(?:^|[.!?:;"“”‘(\[•—–…]|\n)[ \t]*$/u;
const JOINERS = new Set(['of', 'the', 'for', 'de', 'von', 'van', 'bin', 'al', '&']);

/** Every person and organisation mention, in text order. */
export function findMentions(text: string): Mention[] {
  const lexicon = nameLexicon();
  const readings: Reading[] = [...text.matchAll(RUN)]
    .flatMap((match) => splitAtBreaks(wordsOf(match[0], match.index), match[0]))
    .map((run) => {
      const organisation = organisationWords(run, lexicon);
      return organisation === undefined ? { person: personWords(run, text, lexicon) } : { organisation };
    });
  const people = new PeopleSeen();
  const organisations = new OrganisationsSeen();
  for (const { organisation, person } of readings) {
    if (organisation !== undefined) organisations.add(spanOf(text, organisation), organisation.map((w) => w.lower), lexicon);
    else if (person !== undefined && person.words.length > 1 && isFullPersonName(person.words, person.inSentence, lexicon)) people.add(spanOf(text, person.words), person.words.at(-1)!.text);
  }
  const found: Mention[] = [];
  for (const reading of readings) {
    const mention = classify(reading, text, lexicon, people, organisations);
    if (mention !== undefined) found.push(mention);
  }
  return found;
}

const spanOf = (text: string, words: readonly Word[]) => text.slice(words[0]!.start, words.at(-1)!.end);

function wordsOf(run: string, offset: number): Word[] {
  const words: Word[] = [];
  for (const m of run.matchAll(/\S+/gu)) {
    let word = m[0].replace(/\.$/, (dot) => (/^\p{Lu}$/u.test(m[0].slice(0, -1)) ? dot : ''));
    word = word.replace(POSSESSIVE, '').replace(ADJECTIVE_ENDING, '');
    words.push({ text: word, lower: word.toLowerCase(), start: offset + m.index, end: offset + m.index + word.length });
  }
  return words;
}

/** A possessive, a full stop or an adjective ending ends a name (Moscow’s Shiffers Institute: Moscow, Shiffers Institute; Interfax. Papadopoulos). */
function splitAtBreaks(words: Word[], run: string): Word[][] {
  const parts: Word[][] = [[]];
  const offset = words[0]!.start;
  for (const word of words) {
    parts.at(-1)!.push(word);
    const written = run.slice(word.start - offset).split(/[ \t]/u)[0]!;
    if (POSSESSIVE.test(written) || SENTENCE_END.test(written) || ADJECTIVE_ENDING.test(written)) parts.push([]);
  }
  return parts.filter((part) => part.length > 0);
}

const opensSentence = (text: string, start: number) => OPENS_SENTENCE.test(text.slice(Math.max(0, start - 8), start));

/** Drops leading titles, demonyms, places (and, unless `keepCommon`, sentence-opening words) and trailing joiners. */
function trimRun(words: Word[], lexicon: NameLexicon, keepCommon: boolean): Word[] {
  let first = 0;
  while (first < words.length && isLeadingNoise(words[first]!.lower, lexicon, keepCommon)) first++;
  let last = words.length;
  while (last > first && JOINERS.has(words[last - 1]!.lower)) last--;
  return words.slice(first, last);
}

function isLeadingNoise(word: string, lexicon: NameLexicon, keepCommon: boolean): boolean {
  return lexicon.titles.has(word) || lexicon.notNames.has(word) || (keepCommon ? lexicon.functionWords : lexicon.common).has(word) || JOINERS.has(word);
}

/**
 * A first name and more; inside a sentence, where a capital is the name's, also a name whose
 * first or last word is a known name (Barack Obama, Carter Page).
 */
function isFullPersonName(words: readonly Word[], inSentence: boolean, lexicon: NameLexicon): boolean {
  const lower = words.map((w) => w.lower);
  if (lower.some((w) => lexicon.notNames.has(w) || lexicon.orgEndings.has(w))) return false;
  if (lexicon.firstNames.has(lower[0]!)) return true;
  const knownName = (w: string) => lexicon.firstNames.has(w) || lexicon.lastNames.has(w);
  return inSentence && (knownName(lower[0]!) || lexicon.lastNames.has(lower.at(-1)!));
}

/** The run's words naming an organisation, if it names one. */
function organisationWords(run: Word[], lexicon: NameLexicon): Word[] | undefined {
  const words = trimRun(run, lexicon, true);
  return words.length > 0 && isOrganisation(words, lexicon) ? words : undefined;
}

/** The words of a run that can name a person, and whether the run is inside a sentence (its capitals are the name's). */
interface PersonWords {
  readonly words: Word[];
  readonly inSentence: boolean;
}

/**
 * The run's words that can name a person: without a title inside it (Treasury Secretary
 * Stephen Mnuchin), a sentence-opening word, or what follows a joiner or a verb (a headline's
 * "Putin Asked For Help").
 */
function personWords(run: Word[], text: string, lexicon: NameLexicon): PersonWords {
  const inSentence = !opensSentence(text, run[0]!.start);
  let first = 0;
  for (let i = 0; i < run.length - 1; i++) if (lexicon.titles.has(run[i]!.lower)) first = i + 1;
  const words = beforeJoiner(trimRun(run.slice(first), lexicon, inSentence));
  const verb = words.findIndex((w, i) => i > 0 && lexicon.functionWords.has(w.lower));
  return { words: verb === -1 ? words : words.slice(0, verb), inSentence };
}

function classify(reading: Reading, text: string, lexicon: NameLexicon, people: PeopleSeen, organisations: OrganisationsSeen): Mention | undefined {
  const orgWords = reading.organisation;
  if (orgWords !== undefined) return { ...located(text, orgWords), kind: 'Organization', name: spanOf(text, orgWords) };
  const { words, inSentence } = reading.person!;
  if (words.length === 0) return undefined;
  const { start, text: span } = located(text, words);
  if (words.length > 1 && isFullPersonName(words, inSentence, lexicon)) return { ...located(text, words), kind: 'Person', name: span };
  if (words.length !== 1) return undefined;
  const end = words[0]!.end;
  const earlier = people.bySurname(span);
  if (earlier !== undefined) return { text: span, start, end, kind: 'Person', name: earlier };
  const organisation = organisations.byWord(span);
  if (organisation !== undefined) return { text: span, start, end, kind: 'Organization', name: organisation };
  if (lexicon.lastNames.has(span.toLowerCase()) || followsTitle(text, start, lexicon)) return { text: span, start, end, kind: 'Person', name: span };
  return undefined;
}

function isOrganisation(words: readonly Word[], lexicon: NameLexicon): boolean {
  const lower = words.map((w) => w.lower);
  if (lower.length === 1) return lexicon.organisations.has(lower[0]!) || (ACRONYM.test(words[0]!.text) && !lexicon.notNames.has(lower[0]!) && !lexicon.common.has(lower[0]!));
  const head = lower.findIndex((w) => JOINERS.has(w));
  return lexicon.orgEndings.has(lower.at(-1)!) || (head > 0 && lexicon.orgEndings.has(lower[head - 1]!)) || lower.includes('corporation');
}

function followsTitle(text: string, start: number, lexicon: NameLexicon): boolean {
  const before = /(\p{L}+)\.?[ \t]+$/u.exec(text.slice(Math.max(0, start - 20), start));
  return before !== null && lexicon.titles.has(before[1]!.toLowerCase());
}

/** Full names of people seen so far, found again by their surname or a spelling of it. */
class PeopleSeen {
  private readonly fullNames = new Map<string, string>();

  add(fullName: string, surname: string): void {
    if (!this.fullNames.has(surname.toLowerCase())) this.fullNames.set(surname.toLowerCase(), fullName);
  }

  bySurname(word: string): string | undefined {
    const key = word.toLowerCase();
    const exact = this.fullNames.get(key);
    if (exact !== undefined || key.length < 5) return exact;
    for (const [surname, fullName] of this.fullNames) {
      if (surname[0] !== key[0]) continue;
      if (surname.length === key.length && isTransposition(surname, key)) return fullName;
      if (surname === `${key}a` || key === `${surname}a`) return fullName;
    }
    return undefined;
  }
}

/** Organisations seen so far, found again by the one distinctive word of their name (State Corporation Rostec: Rostec). */
class OrganisationsSeen {
  private readonly byDistinctiveWord = new Map<string, string>();

  add(fullName: string, lower: readonly string[], lexicon: NameLexicon): void {
    if (lower.length < 2) return;
    const distinctive = lower.filter((w) => !lexicon.orgEndings.has(w) && !lexicon.common.has(w) && !lexicon.notNames.has(w) && !JOINERS.has(w));
    if (distinctive.length === 1 && !this.byDistinctiveWord.has(distinctive[0]!)) this.byDistinctiveWord.set(distinctive[0]!, fullName);
  }

  byWord(word: string): string | undefined {
    return this.byDistinctiveWord.get(word.toLowerCase());
  }
}

/** A person's name ends at the first joiner (Yury Gromyko of Moscow). */
function beforeJoiner(words: Word[]): Word[] {
  const joiner = words.findIndex((w) => JOINERS.has(w.lower));
  return joiner === -1 ? words : words.slice(0, joiner);
}

function located(text: string, words: readonly Word[]): { text: string; start: number; end: number } {
  return { text: spanOf(text, words), start: words[0]!.start, end: words.at(-1)!.end };
}

/** Whether two spellings differ by one pair of neighbouring letters swapped (Kislyak / Kisylak). */
function isTransposition(a: string, b: string): boolean {
  const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

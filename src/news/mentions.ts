/**
 * Mentions of people and organisations in plain text. A mention is a run of capitalised words
 * on one line (joined by of/the/for/de/von/bin/al or &), without a leading title, demonym or
 * sentence-opening word and without a trailing possessive. It names a person when it starts
 * with a known first name, follows a title, or is a known surname; an organisation when it is
 * a known organisation or ends with an organisation word (Bank, LLP, Agency ...). A later
 * mention by surname alone, or by a surname spelled another way (Kislyak / Kisylak), refers to
 * the earlier full name: `name` carries that full name.
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
  readonly start: number;
  readonly end: number;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*\.?`;
const JOINER = String.raw`(?:[ \t]+(?:of|the|for|de|von|van|bin|al|&))*`;
const RUN = new RegExp(`${WORD}(?:${JOINER}[ \\t]+${WORD})*`, 'gu');
const POSSESSIVE = /['’]s?$/u;
const JOINERS = new Set(['of', 'the', 'for', 'de', 'von', 'van', 'bin', 'al', '&']);

/** Every person and organisation mention, in text order. */
export function findMentions(text: string): Mention[] {
  const lexicon = nameLexicon();
  const runs = [...text.matchAll(RUN)].flatMap((match) => splitAtPossessives(wordsOf(match[0], match.index), match[0]));
  const people = new PeopleSeen();
  for (const words of runs) {
    const trimmed = beforeJoiner(trimRun(words, lexicon, false));
    if (trimmed.length > 1 && isFullPersonName(trimmed, lexicon)) people.add(spanOf(text, trimmed), trimmed.at(-1)!.text);
  }
  const found: Mention[] = [];
  for (const words of runs) {
    const mention = classify(words, text, lexicon, people);
    if (mention !== undefined) found.push(mention);
  }
  return found;
}

const spanOf = (text: string, words: readonly Word[]) => text.slice(words[0]!.start, words.at(-1)!.end);

function wordsOf(run: string, offset: number): Word[] {
  const words: Word[] = [];
  for (const m of run.matchAll(/\S+/gu)) {
    let word = m[0].replace(/\.$/, (dot) => (/^\p{Lu}$/u.test(m[0].slice(0, -1)) ? dot : ''));
    word = word.replace(POSSESSIVE, '');
    words.push({ text: word, start: offset + m.index, end: offset + m.index + word.length });
  }
  return words;
}

/** A possessive ends a name (Moscow’s Shiffers Institute: Moscow, Shiffers Institute). */
function splitAtPossessives(words: Word[], run: string): Word[][] {
  const parts: Word[][] = [[]];
  const offset = words[0]!.start;
  for (const word of words) {
    parts.at(-1)!.push(word);
    if (POSSESSIVE.test(run.slice(word.start - offset).split(/[ \t]/u)[0]!)) parts.push([]);
  }
  return parts.filter((part) => part.length > 0);
}

/** Drops leading titles, demonyms, places (and, unless `keepCommon`, sentence-opening words) and trailing joiners. */
function trimRun(words: Word[], lexicon: NameLexicon, keepCommon: boolean): Word[] {
  let first = 0;
  while (first < words.length && isLeadingNoise(words[first]!.text.toLowerCase(), lexicon, keepCommon)) first++;
  let last = words.length;
  while (last > first && JOINERS.has(words[last - 1]!.text.toLowerCase())) last--;
  return words.slice(first, last);
}

function isLeadingNoise(word: string, lexicon: NameLexicon, keepCommon: boolean): boolean {
  return lexicon.titles.has(word) || lexicon.notNames.has(word) || (keepCommon ? lexicon.functionWords : lexicon.common).has(word) || JOINERS.has(word);
}

function isFullPersonName(words: readonly Word[], lexicon: NameLexicon): boolean {
  const lower = words.map((w) => w.text.toLowerCase());
  return lexicon.firstNames.has(lower[0]!) && !lower.some((w) => lexicon.notNames.has(w) || lexicon.orgEndings.has(w));
}

function classify(run: Word[], text: string, lexicon: NameLexicon, people: PeopleSeen): Mention | undefined {
  const orgWords = trimRun(run, lexicon, true);
  if (orgWords.length > 0 && isOrganisation(orgWords.map((w) => w.text.toLowerCase()), lexicon)) {
    return { ...located(text, orgWords), kind: 'Organization', name: spanOf(text, orgWords) };
  }
  const words = beforeJoiner(trimRun(run, lexicon, false));
  if (words.length === 0) return undefined;
  const { start, text: span } = located(text, words);
  if (words.length > 1 && isFullPersonName(words, lexicon)) return { ...located(text, words), kind: 'Person', name: span };
  if (words.length !== 1) return undefined;
  const end = words[0]!.end;
  const earlier = people.bySurname(span);
  if (earlier !== undefined) return { text: span, start, end, kind: 'Person', name: earlier };
  if (lexicon.lastNames.has(span.toLowerCase()) || followsTitle(text, start, lexicon)) return { text: span, start, end, kind: 'Person', name: span };
  return undefined;
}

function isOrganisation(lower: string[], lexicon: NameLexicon): boolean {
  if (lower.length === 1) return lexicon.organisations.has(lower[0]!);
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
      if (surname[0] === key[0] && surname.length === key.length && isTransposition(surname, key)) return fullName;
    }
    return undefined;
  }
}

/** A person's name ends at the first joiner (Yury Gromyko of Moscow). */
function beforeJoiner(words: Word[]): Word[] {
  const joiner = words.findIndex((w) => JOINERS.has(w.text.toLowerCase()));
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

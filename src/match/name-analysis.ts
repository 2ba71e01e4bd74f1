/**
 * Turns one name as published (any script, any order, with titles and legal forms) into the
 * parts the scorer aligns: Latin tokens with their romanization key, phonetic code and
 * consonant skeleton, each with a weight saying how much agreeing on it proves. Company legal
 * forms are taken out of the tokens into `legalForms` (OOO, LLC and "limited liability
 * company" all become "llc"); honorifics are dropped; particles, patronymics, initials and
 * generic organisation words stay with low weights.
 */
import { schemaIsA } from '../model/ftm.js';
import {
  FUNCTION_WORDS,
  GENERIC_ORGANISATION_WORDS,
  HONORIFICS,
  LEGAL_FORM_MAX_WORDS,
  LEGAL_FORMS,
  NAME_PARTICLES,
  ORGANISATION_WORD_FORMS,
  PATRONYMIC_ENDINGS,
} from './name-forms.data.js';
import { phoneticKey } from './phonetic.js';
import { foldRomanization } from './romanization.js';
import { dominantScript, type Script } from './scripts.js';
import { consonantSkeleton, toLatin } from './transliterate.js';

export type TokenRole = 'name' | 'initial' | 'particle' | 'patronymic' | 'generic' | 'function' | 'qualifier';

export interface NameToken {
  /** Lower-case ASCII, as transliterated. */
  readonly text: string;
  /** Romanization key: variants of one name share it (sergei, sergey -> one key). */
  readonly key: string;
  readonly phonetic: string;
  /** Vowel-less form: compared when a name was written in Arabic, Hebrew or kana, else only for alike spellings. */
  readonly skeleton: string;
  readonly role: TokenRole;
  /** How much agreeing on this token proves, before corpus rarity is applied. */
  readonly weight: number;
}

export interface AnalysedName {
  readonly original: string;
  readonly script: Script;
  readonly tokens: readonly NameToken[];
  /** Canonical legal-form classes found in the name ("llc", "jsc", ...). */
  readonly legalForms: readonly string[];
}

/** More than any real name has; keeps alignment cost bounded on pathological input. */
const MAX_TOKENS = 12;

/**
 * 'function' words (of, the, fi) prove nearly nothing; a 'qualifier' is a word in brackets,
 * which lists use for an acronym or a branch: "JAMAAT-UL-AHRAR (JUA)", "AL-HARAMAIN (TANZANIA)".
 */
const ROLE_WEIGHTS: Readonly<Record<TokenRole, number>> = {
  name: 1,
  initial: 0.5,
  particle: 0.25,
  patronymic: 0.4,
  generic: 0.35,
  function: 0.1,
  qualifier: 0.3,
};

// Token analysis repeats for the same words across a list; memoized per (text, role).
const tokenCache = new Map<string, NameToken>();
const TOKEN_CACHE_LIMIT = 500_000;

function makeToken(text: string, role: TokenRole): NameToken {
  const cacheKey = `${role}:${text}`;
  let token = tokenCache.get(cacheKey);
  if (token === undefined) {
    const key = foldRomanization(text);
    token = { text, key, phonetic: phoneticKey(key), skeleton: consonantSkeleton(text), role, weight: ROLE_WEIGHTS[role] };
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(cacheKey, token);
  }
  return token;
}

/**
 * Lower-case ASCII words; dotted abbreviations (S.A., J.P.) become one word, and apostrophes
 * inside a word (transcribed ayn and hamza: SA'ID, 'ALI, Jama`at) are dropped, not split on.
 */
export function nameWords(name: string): string[] {
  const latin = toLatin(name).toLowerCase();
  const joined = latin.replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1').replace(/(?<=[a-z])['`\u2019\u02bc\u02bb](?=[a-z])/g, '');
  return joined.split(/[^a-z0-9]+/).filter((word) => word !== '');
}

// Legal forms are looked up by romanization key, so spelling variants of one form
// ("aktsionernoe"/"aktsionernoye", "obshchestvo"/"obschestvo") need one entry.
let foldedLegalForms: Map<string, string> | undefined;

function legalFormOf(foldedWords: readonly string[]): string | undefined {
  foldedLegalForms ??= new Map(Object.entries(LEGAL_FORMS).map(([form, kind]) => [form.split(' ').map(foldRomanization).join(' '), kind]));
  return foldedLegalForms.get(foldedWords.join(' '));
}

/** Removes legal forms (longest first) and returns the remaining words and the forms found. */
function extractLegalForms(words: string[]): { words: string[]; forms: string[] } {
  const folded = words.map(foldRomanization);
  const kept: string[] = [];
  const forms: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(LEGAL_FORM_MAX_WORDS, words.length - i); n >= 1 && matched === 0; n--) {
      const form = legalFormOf(folded.slice(i, i + n));
      // A one-word form is taken only when it is not the whole name ("SA" alone is a name).
      if (form !== undefined && (n > 1 || words.length > 1)) {
        forms.push(form);
        matched = n;
      }
    }
    if (matched === 0) kept.push(words[i]!);
    i += Math.max(matched, 1);
  }
  return { words: kept, forms: [...new Set(forms)].sort() };
}

let foldedHonorifics: Set<string> | undefined;

function personRole(word: string): TokenRole | null {
  foldedHonorifics ??= new Set([...HONORIFICS].map(foldRomanization));
  // Numbers in a person's name are list markup ("1: ABD EL KADER 2: MAHMOUD"), not name parts.
  if (foldedHonorifics.has(foldRomanization(word)) || /^\d+$/.test(word)) return null;
  if (word.length === 1) return 'initial';
  if (NAME_PARTICLES.has(word)) return 'particle';
  if (word.length > 5 && PATRONYMIC_ENDINGS.some((ending) => word.endsWith(ending))) return 'patronymic';
  return 'name';
}

function organisationRole(word: string): TokenRole {
  if (FUNCTION_WORDS.has(word)) return 'function';
  return GENERIC_ORGANISATION_WORDS.has(word) ? 'generic' : 'name';
}

/** The name without bracketed parts, and the words of those parts. */
function splitQualifiers(name: string): { main: string; qualifiers: string[] } {
  const qualifiers: string[] = [];
  const main = name.replace(/[(\[（]([^)\]）]*)[)\]）]/g, (_, inner: string) => {
    qualifiers.push(...nameWords(inner));
    return ' ';
  });
  return { main, qualifiers };
}

export function isPersonSchema(schema: string): boolean {
  return schemaIsA(schema, 'Person');
}

export function analyseName(schema: string, name: string): AnalysedName {
  const isPerson = isPersonSchema(schema);
  const { main, qualifiers } = isPerson ? { main: name, qualifiers: [] } : splitQualifiers(name);
  const written = nameWords(main);
  const words = isPerson ? written : written.map((word) => ORGANISATION_WORD_FORMS.get(word) ?? word);
  const { words: rest, forms } = isPerson ? { words, forms: [] } : extractLegalForms(words);
  const tokens: NameToken[] = [];
  for (const word of rest) {
    const role = isPerson ? personRole(word) : organisationRole(word);
    if (role !== null && tokens.length < MAX_TOKENS) tokens.push(makeToken(word, role));
  }
  for (const word of qualifiers) if (tokens.length < MAX_TOKENS) tokens.push(makeToken(word, 'qualifier'));
  // A name made only of honorifics or generic words is still a name: keep its words.
  if (tokens.length === 0) for (const word of rest.slice(0, MAX_TOKENS)) tokens.push(makeToken(word, 'name'));
  return { original: name, script: dominantScript(name), tokens, legalForms: forms };
}

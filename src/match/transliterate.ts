/**
 * Any name to plain ASCII for matching: Latin diacritics folded (é->e, ß->ss, ø->o, ł->l, ı->i,
 * æ->ae), other scripts transliterated the way sanctions lists romanise names. Word structure
 * (spaces, commas, hyphens, periods, apostrophes) is kept so callers can split on it; letters of
 * other scripts come out in lower case. The general fallback is any-ascii; own rules exist where
 * they beat it for names: Cyrillic per language, Greek (ELOT 743), Arabic-script and Hebrew
 * (conventional list spellings, ال -> al-), Georgian, Armenian, Chinese (pinyin-pro, surname +
 * joined given name), kana (Hepburn) and Hangul (conventional surnames + Revised Romanization).
 */
import anyAscii from 'any-ascii';
import { armenianWordToLatin, georgianWordToLatin, greekWordToLatin } from './transliterate-alphabets.js';
import { arabicWordToLatin, hebrewWordToLatin } from './transliterate-abjad.js';
import { hangulWordToLatin, hanWordToLatin, kanaWordToLatin } from './transliterate-cjk.js';
import { cyrillicLanguage, cyrillicWordToLatin } from './transliterate-cyrillic.js';
import type { CyrillicLanguage } from './transliterate-cyrillic.data.js';

export { consonantSkeleton } from './romanization.js';

const ASCII_ONLY = /^[\x00-\x7f]*$/;
// Latin letters with diacritics, combining marks, general punctuation: any-ascii alone is right.
const LATIN_ONLY = /^[\x00-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f]*$/;
// Runs of one word: letters, combining marks, the Arabic tatweel, kana's long-vowel mark and a
// geresh (or the apostrophe typed for it) after a Hebrew letter: ג'מאל is one word, Jamal.
const WORD = /(?:[\p{L}\p{M}\u0640\u30fc\u200c]|(?<=[\u05d0-\u05ea])['\u05f3\u2019])+/gu;
// Dots that separate the parts of Chinese and Japanese names (洛克希德·马丁, キム・ジョンウン) and
// the Arabic comma.
const NAME_SEPARATORS = /[\u00b7\u2027\u30fb\uff65\u2022]/g;

const APOSTROPHE = 0x27;
// Arabic and Hebrew write X الله and X الدين also as two words: joined as in the one-word form.
const COMPOUND_SECOND_WORD = /(?<=[a-z]) (allah|al-din)(?![a-z-])/g;
const FOREIGN_HAN_NAME = /[\u3400-\u9fff][\u00b7\u2027\u30fb\uff65\u2022][\u3400-\u9fff]/;
// Old Greek files type the micro sign for μ (Ισλαµικό), which any-ascii reads as u.
const GREEK = /[\u0370-\u03ff]/;
const MICRO_SIGN = /\u00b5/g;

const SPACELESS: ReadonlySet<WordScript> = new Set(['han', 'kana', 'hangul']);

type WordScript = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'georgian' | 'armenian' | 'han' | 'kana' | 'hangul' | 'other';

/** `text` in ASCII; see the module comment. ASCII input is returned as it is. */
export function toLatin(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  if (LATIN_ONLY.test(text)) return anyAscii(text);
  const context: SpellingContext = {
    text,
    language: undefined,
    hasHangulWord: false,
    hasAbjadWord: false,
    foreignHan: FOREIGN_HAN_NAME.test(text),
  };
  const spellWord = (word: string): string => {
    let out = '';
    let previous: WordScript | undefined;
    for (const [script, part] of splitByScript(word)) {
      // Chinese, Japanese and Korean write no spaces: a change of script is a word boundary.
      if (previous !== undefined && (SPACELESS.has(script) || SPACELESS.has(previous))) out += ' ';
      out += spellPart(script, part, context);
      previous = script;
    }
    return out;
  };
  const normalized = GREEK.test(text) ? text.normalize('NFC').replace(MICRO_SIGN, 'μ') : text.normalize('NFC');
  const words = normalized.replace(NAME_SEPARATORS, ' ').replace(WORD, spellWord);
  const joined = context.hasAbjadWord ? words.replace(COMPOUND_SECOND_WORD, (_, second: string) => second.replace('-', '')) : words;
  return anyAscii(joined.replace(/\u060c/g, ','));
}

/** What the spelling of one word may depend on besides the word. */
interface SpellingContext {
  readonly text: string;
  language: CyrillicLanguage | undefined;
  hasHangulWord: boolean;
  hasAbjadWord: boolean;
  /** Han parts joined by a name dot: a foreign name spelled by sound (阿不都·哈克, Abdu Hake). */
  readonly foreignHan: boolean;
}

function spellPart(script: WordScript, part: string, context: SpellingContext): string {
  switch (script) {
    case 'cyrillic':
      context.language ??= cyrillicLanguage(context.text);
      return matchCase(part, cyrillicWordToLatin(part, context.language));
    case 'greek':
      return matchCase(part, greekWordToLatin(part));
    case 'armenian':
      return matchCase(part, armenianWordToLatin(part));
    case 'georgian':
      return georgianWordToLatin(part);
    case 'arabic':
      context.hasAbjadWord = true;
      return arabicWordToLatin(part);
    case 'hebrew':
      context.hasAbjadWord = true;
      return hebrewWordToLatin(part);
    case 'han':
      return hanWordToLatin(part, context.foreignHan);
    case 'kana':
      return kanaWordToLatin(part);
    case 'hangul': {
      const startsName = !context.hasHangulWord;
      context.hasHangulWord = true;
      return hangulWordToLatin(part, startsName);
    }
    default:
      return part;
  }
}

/** Splits a word where its script changes (東南アジア: Han then kana). Marks stay with their letter. */
function splitByScript(word: string): Array<[WordScript, string]> {
  const parts: Array<[WordScript, string]> = [];
  for (const char of word) {
    const script = scriptOfChar(char.codePointAt(0)!);
    const last = parts[parts.length - 1];
    if (last !== undefined && (last[0] === script || script === 'other')) last[1] += char;
    else parts.push([script, char]);
  }
  return parts;
}

// Code point ranges, not \p{Script}: this runs per character of millions of names.
function scriptOfChar(code: number): WordScript {
  if (code === APOSTROPHE) return 'other';
  if (code >= 0x0300 && code < 0x0370) return 'other';
  if (code < 0x0370 || (code >= 0x1e00 && code < 0x1f00)) return 'latin';
  if (code < 0x0400 || (code >= 0x1f00 && code < 0x2000)) return 'greek';
  if (code < 0x0530 || (code >= 0x1c80 && code < 0x1c90) || (code >= 0xa640 && code < 0xa6a0)) return 'cyrillic';
  if (code < 0x0590) return 'armenian';
  if (code < 0x0600 || (code >= 0xfb1d && code < 0xfb50)) return 'hebrew';
  if (code < 0x0780 || (code >= 0x08a0 && code < 0x0900) || (code >= 0xfb50 && code < 0xfe00) || (code >= 0xfe70 && code < 0xff00)) return 'arabic';
  if ((code >= 0x10a0 && code < 0x1100) || (code >= 0x1c90 && code < 0x1cc0)) return 'georgian';
  if ((code >= 0x1100 && code < 0x1200) || (code >= 0xac00 && code < 0xd7b0) || (code >= 0x3130 && code < 0x3190)) return 'hangul';
  if ((code >= 0x3040 && code < 0x3100) || (code >= 0x31f0 && code < 0x3200) || (code >= 0xff66 && code < 0xffa0)) return 'kana';
  if ((code >= 0x3400 && code < 0xa000) || (code >= 0xf900 && code < 0xfb00) || (code >= 0x20000 && code < 0x32000)) return 'han';
  return 'other';
}

/** Keeps the source's capitalisation: Чемезов -> Chemezov, ЧЕМЕЗОВ -> CHEMEZOV. */
function matchCase(source: string, latin: string): string {
  const first = source[0]!;
  if (first === first.toLowerCase()) return latin;
  if (source.length > 1 && source === source.toUpperCase()) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

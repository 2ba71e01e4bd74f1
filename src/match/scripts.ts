/**
 * Which writing system a name is written in. Transliteration and matching pick their rules by
 * script; a name's script is the one most of its letters belong to (digits, punctuation and
 * spaces are ignored), so "Jin Tiesan (金铁三)" counts Latin 9 against Han 3.
 */

export type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Greek'
  | 'Arabic'
  | 'Hebrew'
  | 'Georgian'
  | 'Armenian'
  | 'Han'
  | 'Kana'
  | 'Hangul'
  | 'Other';

// One alternation, one capture group per script: the index of the group that matched names the
// script. Arabic covers the Persian, Urdu and Pashto letters (they are Script=Arabic in Unicode);
// the prolonged sound mark ー is Script=Common but only ever written in kana.
const LETTER_BY_SCRIPT =
  /(\p{Script=Latin})|(\p{Script=Cyrillic})|(\p{Script=Greek})|(\p{Script=Arabic})|(\p{Script=Hebrew})|(\p{Script=Georgian})|(\p{Script=Armenian})|(\p{Script=Han})|([\p{Script=Hiragana}\p{Script=Katakana}\u30fc])|(\p{Script=Hangul})|(\p{L})/gu;

const SCRIPT_OF_GROUP: readonly Script[] = [
  'Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Georgian', 'Armenian', 'Han', 'Kana', 'Hangul', 'Other',
];

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * The script of most letters of `text`; 'Latin' when it has no letter at all. A tie with Latin
 * goes to the other script (金铁三 (Jin) is a Chinese name with a gloss), other ties to the
 * script listed first in Script.
 */
export function dominantScript(text: string): Script {
  if (ASCII_ONLY.test(text)) return 'Latin';
  const counts = new Array<number>(SCRIPT_OF_GROUP.length).fill(0);
  for (const match of text.matchAll(LETTER_BY_SCRIPT)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    counts[group - 1]! += 1;
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) {
    if (counts[i]! > counts[best]! || (best === 0 && counts[i]! > 0 && counts[i] === counts[0])) best = i;
  }
  return counts[best] === 0 ? 'Latin' : SCRIPT_OF_GROUP[best]!;
}

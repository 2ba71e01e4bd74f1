/**
 * Chinese, Japanese kana and Korean Hangul words to Latin, in the form names take on lists.
 * - Han (pinyin-pro, no tones): a word of 2-4 characters is read as a name, "surname given" with
 *   the given name's syllables joined (习近平 -> "xi jinping"; 欧阳修 -> "ouyang xiu"); longer
 *   words are one syllable per token. Parts of a name joined by a dot are a foreign name spelled
 *   by sound, one word each (洛克希德·马丁 -> "luokexide mading"). Japanese kanji are read as
 *   Chinese (a known limit).
 * - Kana: Hepburn (キム・ジョンウン -> "kimu jongun"); ッ doubles the next consonant and the
 *   long-vowel mark ー is dropped, since lists rarely write Japanese long vowels. Katakana words
 *   lose the vowels Japanese adds to foreign names (ムハンマド -> "muhammad", not "muhanmado").
 * - Hangul: surname by its conventional spelling (김 -> kim), given name in Revised Romanization
 *   joined (김정은 -> "kim jeongeun"). North Korean names on lists use another system ("Kim Jong
 *   Un"); foldRomanization brings "jeong"/"jong" and "eun"/"un" together.
 */
import { pinyin } from 'pinyin-pro';
import {
  CHINESE_COMPOUND_SURNAMES,
  HANGUL_FINALS,
  HANGUL_INITIALS,
  HANGUL_VOWELS,
  KATAKANA,
  KOREAN_SURNAMES,
  SMALL_KANA_VOWELS,
} from './transliterate-cjk.data.js';

const PINYIN_OPTIONS = { toneType: 'none', type: 'array', mode: 'surname', v: false } as const;

/** `soundSpelled`: the word is a part of a foreign name spelled by sound: one word, syllables joined. */
export function hanWordToLatin(word: string, soundSpelled = false): string {
  const syllables = pinyin(word, PINYIN_OPTIONS).map((syllable) => syllable.replace(/ü/g, 'u'));
  if (soundSpelled) return syllables.join('');
  const length = syllables.length;
  if (length < 2 || length > 4) return syllables.join(' ');
  const surnameLength = length > 2 && CHINESE_COMPOUND_SURNAMES.has(word.slice(0, 2)) ? 2 : 1;
  return `${syllables.slice(0, surnameLength).join('')} ${syllables.slice(surnameLength).join('')}`;
}

const HIRAGANA_START = 0x3041;
const HIRAGANA_END = 0x3096;
const HIRAGANA_TO_KATAKANA = 0x60;
const SOKUON = 'ッ';
const LONG_VOWEL = 'ー';
// Stands for ー while a word is spelled: it tells a written vowel from an added one.
const LONG_MARK = ':';

export function kanaWordToLatin(word: string): string {
  let out = '';
  let doubleNext = false;
  let hiragana = false;
  for (const character of word) {
    const code = character.codePointAt(0)!;
    const isHiragana = code >= HIRAGANA_START && code <= HIRAGANA_END;
    hiragana ||= isHiragana;
    const kana = isHiragana ? String.fromCodePoint(code + HIRAGANA_TO_KATAKANA) : character;
    if (kana === SOKUON) doubleNext = true;
    else if (kana === LONG_VOWEL) out += LONG_MARK;
    else if (SMALL_KANA_VOWELS[kana] !== undefined) out = joinSmallKana(out, SMALL_KANA_VOWELS[kana]);
    else {
      const syllable = KATAKANA[kana] ?? kana;
      out += doubleNext ? geminate(syllable) : syllable;
      doubleNext = false;
    }
  }
  // Katakana writes foreign names; hiragana Japanese words, which keep plain Hepburn.
  return (hiragana ? out : foreignSpelling(out)).replaceAll(LONG_MARK, '');
}

/**
 * Katakana spellings of foreign (mostly Arabic) names brought to their Latin spelling: Japanese
 * adds a vowel after a consonant that ends a syllable (アフマド afumado for Ahmad, イスラム
 * isuramu for Islam, ハルカト harukato for Harakat) and writes ン for m before m, b, p
 * (ムハンマド muhanmado). A vowel followed by the long mark is written, so it stays (マンスール).
 */
function foreignSpelling(latin: string): string {
  // Name words first: アッラー Allah, アル al- (not アルー, a long vowel: アルーシュ Alouche), ウル ur
  // (Zaki ur-Rehman), カーン Khan, アブドゥル Abdul, イブン ibn.
  return latin
    .replace(/rra:$/, 'llah')
    .replace(/^aru(?=[^:])/, 'al-')
    .replace(/^aru$/, 'al')
    .replace(/^uru$/, 'ur')
    .replace(/^ka:n$/, 'khan')
    .replace(/^abuduru$/, 'abdul')
    .replace(/^abud/, 'abd')
    .replace(/^ibun$/, 'ibn')
    .replace(/n(?=[mbp])/g, 'm')
    .replace(/(?<=[aeiou].*[aeiou].*(?:[bdfgkmprstz]|sh|ch|j))u$/, '')
    .replace(/(?<=[aeiou].*[dt])o$/, '')
    .replace(/(?<=[aeiou])fu(?=[bcdjlmnprstvwyz])/g, 'h')
    .replace(/(?<=[aeiou][bdfgkmprstz])u(?=[bcdfghjklmnprstvwz][aeiouy])/g, '');
}

/** キ+ャ: "ki" -> "kya"; シ+ャ: "shi" -> "sha"; フ+ァ: "fu" -> "fa"; ウ+ィ: "u" -> "wi". */
function joinSmallKana(out: string, small: string): string {
  const stem = out.replace(/[aeiou]$/, '');
  if (stem === out) return out + small;
  const vowel = small.slice(-1);
  if (/(sh|ch|j)$/.test(stem)) return stem + vowel;
  if (stem === '' || /[aeiouy]$/.test(stem)) return stem + (out.endsWith('u') ? 'w' : 'y') + vowel;
  return small.length === 1 ? stem + vowel : stem + small;
}

function geminate(syllable: string): string {
  if (syllable.startsWith('ch')) return 't' + syllable;
  return /^[bcdfghjkmpqrstvwxz]/.test(syllable) ? syllable[0] + syllable : syllable;
}

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const PER_INITIAL = 588;
const PER_VOWEL = 28;

/**
 * `startsName`: the word is the first Hangul word of the name, so it begins with the surname
 * (이 명박: 이 is the surname, 명박 is not split again).
 */
export function hangulWordToLatin(word: string, startsName: boolean): string {
  const syllables = [...word];
  if (syllables.length === 1) return KOREAN_SURNAMES[word] ?? romanizeHangul(syllables);
  if (!startsName || syllables.length > 4) return romanizeHangul(syllables);
  const compound = syllables.length > 2 ? KOREAN_SURNAMES[syllables[0]! + syllables[1]!] : undefined;
  const surnameLength = compound === undefined ? 1 : 2;
  const surname = compound ?? KOREAN_SURNAMES[syllables[0]!] ?? romanizeHangul(syllables.slice(0, 1));
  return `${surname} ${romanizeHangul(syllables.slice(surnameLength))}`;
}

function romanizeHangul(syllables: readonly string[]): string {
  let out = '';
  for (const syllable of syllables) {
    const code = syllable.codePointAt(0)!;
    if (code < HANGUL_FIRST || code > HANGUL_LAST) {
      out += syllable;
      continue;
    }
    const index = code - HANGUL_FIRST;
    out +=
      HANGUL_INITIALS[Math.floor(index / PER_INITIAL)]! +
      HANGUL_VOWELS[Math.floor((index % PER_INITIAL) / PER_VOWEL)]! +
      HANGUL_FINALS[index % PER_VOWEL]!;
  }
  return out;
}

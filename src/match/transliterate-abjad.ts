/**
 * Arabic-script (Arabic, Persian, Urdu, Pashto) and Hebrew words to Latin. These scripts leave
 * short vowels unwritten, so a word comes out as its consonants plus the long vowels the script
 * does write ("محمود" -> "mahmud" only via the name table, else "mhmud"); consonantSkeleton in
 * romanization.ts compares such spellings with Latin ones. Frequent name words come from a table
 * in their usual list spelling; the article ال becomes "al-" so callers split it off as lists do
 * ("AL-TIKRITI").
 */
import {
  ARABIC_LETTERS,
  ARABIC_NAME_WORDS,
  ARABIC_VOWEL_LETTERS,
  HEBREW_LETTERS,
  HEBREW_WAW_YOD,
  WAW_YA,
} from './transliterate-abjad.data.js';

// Vowel marks, tanwin, shadda, sukun, superscript alef, tatweel, zero-width (non-)joiners.
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u0591-\u05c7]/g;
// Spelling variants that name words are written in, reduced to the table's keys.
const KEY_LETTERS: Readonly<Record<string, string>> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ی: 'ي', ک: 'ك', ہ: 'ه', ە: 'ه', ۃ: 'ة' };
const KEY_VARIANTS = /[أإآٱیکہەۃ]/g;

const ARTICLE = 'ال';
const ALLAH = 'الله';
const ABD = 'عبد';

/** One Arabic-script word (letters and marks) to lower-case Latin. */
export function arabicWordToLatin(word: string): string {
  const letters = word.normalize('NFKC').replace(MARKS, '');
  const key = letters.replace(KEY_VARIANTS, (letter) => KEY_LETTERS[letter]!);
  const known = ARABIC_NAME_WORDS[key];
  if (known !== undefined) return known;
  if (key.length > 4 && key.endsWith(ALLAH)) return arabicWordToLatin(letters.slice(0, -4)) + 'allah';
  if (key.length > 3 && key.startsWith(ABD)) return 'abd' + arabicWordToLatin(letters.slice(3)).replace(/^al-/, 'al');
  if (key.length > 3 && key.startsWith(ARTICLE)) return 'al-' + arabicWordToLatin(letters.slice(2));
  return spellLetters([...letters], ARABIC_LETTERS, WAW_YA, ARABIC_VOWEL_LETTERS);
}

/** One Hebrew word to lower-case Latin (consonants, with ו/י read as o/i after a consonant). */
export function hebrewWordToLatin(word: string): string {
  const letters = [...word.replace(MARKS, '')];
  const latin = spellLetters(letters, HEBREW_LETTERS, HEBREW_WAW_YOD, '');
  // A final ה after a consonant stands for a vowel: משה -> mshe (Moshe; the o is unwritten).
  return letters[letters.length - 1] === 'ה' ? latin.replace(/([^aeiou])h$/, '$1e') : latin;
}

/**
 * Letter by letter; a semivowel letter (و ي, ו י) is a consonant at the start of a word, next to
 * a written vowel or doubled, and a long vowel between consonants or at the end after one.
 */
function spellLetters(
  letters: readonly string[],
  table: Readonly<Record<string, string>>,
  semivowels: Readonly<Record<string, readonly [string, string]>>,
  vowelLetters: string,
): string {
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i]!;
    const semivowel = semivowels[letter];
    if (semivowel === undefined) {
      out += table[letter] ?? letter;
      continue;
    }
    const previous = letters[i - 1];
    const next = letters[i + 1];
    const isConsonant =
      previous === undefined ||
      vowelLetters.includes(previous) ||
      (next !== undefined && (vowelLetters.includes(next) || next === letter)) ||
      /[aeiou]$/.test(out);
    out += isConsonant ? semivowel[0] : semivowel[1];
  }
  // A final ه after a consonant is mostly the silent ending of Persian names (زاده -> zadah).
  return out.replace(/([^aeiou])h$/, letters[letters.length - 1] === 'ه' ? '$1ah' : '$1h');
}

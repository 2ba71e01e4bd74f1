/**
 * Arabic-script (Arabic, Persian, Urdu, Pashto) and Hebrew words to Latin. These scripts leave
 * short vowels unwritten, so a word comes out as its consonants plus the long vowels the script
 * does write ("محمود" -> "mahmud" only via the name table, else "mhmud"); consonantSkeleton in
 * romanization.ts compares such spellings with Latin ones. Frequent name words come from a table
 * in their usual list spelling; the article ال becomes "al-" so callers split it off as lists do
 * ("AL-TIKRITI"); compounds with الله and الدين are one word (nurallah, nuraldin). Hebrew is read
 * by way of the Arabic letters it spells, since the Hebrew names on the lists are Arabic names.
 */
import {
  ARABIC_LETTERS,
  ARABIC_NAME_WORDS,
  ARABIC_VOWEL_LETTERS,
  HEBREW_AS_ARABIC,
  HEBREW_GERESH_AS_ARABIC,
  WAW_YA,
} from './transliterate-abjad.data.js';

// Vowel marks, tanwin, shadda, sukun, superscript alef, tatweel, zero-width (non-)joiners.
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u0591-\u05c7]/g;
// Spelling variants that name words are written in, reduced to the table's keys.
const KEY_LETTERS: Readonly<Record<string, string>> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ی: 'ي', ک: 'ك', ہ: 'ه', ە: 'ه', ۃ: 'ة' };
const KEY_VARIANTS = /[أإآٱیکہەۃ]/g;

const ARTICLE = 'ال';
// Hebrew geresh, and the apostrophes typed for it.
const GERESH = /['\u05f3\u2019]/;
const ABD = 'عبد';
/** Second words of compound names, as joined to the first: نورالله nurallah, نورالدين nuraldin. */
const SECOND_PARTS: ReadonlyMap<string, string> = new Map([['الله', 'allah'], ['الدين', 'aldin']]);

/** One Arabic-script word (letters and marks) to lower-case Latin. */
export function arabicWordToLatin(word: string): string {
  const letters = word.normalize('NFKC').replace(MARKS, '');
  const key = letters.replace(KEY_VARIANTS, (letter) => KEY_LETTERS[letter]!);
  const known = ARABIC_NAME_WORDS[key];
  if (known !== undefined) return known;
  // X الله and X الدين are one word as lists mostly write them (Nurullah, Nuruddin): their keys
  // fold -allah/-ullah and -aldin/-uddin alike, and one token meets Nur Ullah too (the scorer
  // joins adjacent tokens). عبد X stays two words: abd al-latif meets Abdul Latif and Abd al-Latif.
  for (const [second, latin] of SECOND_PARTS) {
    if (key.length > second.length + 1 && key.endsWith(second)) return arabicWordToLatin(letters.slice(0, -second.length)) + latin;
  }
  if (key.length > 3 && key.startsWith(ABD)) return `abd ${arabicWordToLatin(letters.slice(3))}`;
  if (key.length > 3 && key.startsWith(ARTICLE)) return 'al-' + arabicWordToLatin(letters.slice(2));
  const latin = spellLetters([...letters], ARABIC_LETTERS, WAW_YA, ARABIC_VOWEL_LETTERS);
  // A word-initial ع carries a vowel that lists write (Azzam, Abbas, Umar): a, the commonest.
  return letters.startsWith('ع') && !/^[aeiou]/.test(latin) ? 'a' + latin : latin;
}

/**
 * One Hebrew word to lower-case Latin, read as the Arabic letters it spells (see
 * HEBREW_AS_ARABIC): אח'ונד -> akhund, אלחרמין -> al-hrmin, עבדאללה -> abd allah.
 */
export function hebrewWordToLatin(word: string): string {
  const letters = [...word.replace(MARKS, '')];
  let arabic = '';
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i]!;
    const withGeresh = GERESH.test(letters[i + 1] ?? '') ? HEBREW_GERESH_AS_ARABIC[letter] : undefined;
    if (withGeresh !== undefined) i++;
    // A geresh after other letters marks a hamza (אחיאא'): nothing is written for it.
    if (!GERESH.test(letter)) arabic += withGeresh ?? HEBREW_AS_ARABIC[letter] ?? letter;
  }
  // Doubled וו and יי write the consonants w and y (ווליד Walid, סייף Sayf).
  arabic = arabic.replace(/وو/g, 'و').replace(/(?<=.)يي/g, 'اي');
  // Hebrew adds ו for short vowels (מוחמד, עומר): a name word found without them is that name.
  const defective = arabic.replace(/(?<=[^اوي])و(?=[^اوي])/g, '');
  return ARABIC_NAME_WORDS[arabic] ?? ARABIC_NAME_WORDS[defective] ?? arabicWordToLatin(arabic);
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

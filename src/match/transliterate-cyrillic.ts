/**
 * Cyrillic words to Latin. The language is guessed once per name from the letters only it uses
 * (Ukrainian і ї є ґ, Kazakh ә ғ қ ..., Serbian/Macedonian ђ ј љ ...), because a Ukrainian name
 * often has such a letter in one word only: Олексій Резніков -> both words get Ukrainian rules.
 * Names without such letters are read as Russian, which is also how lists romanise them.
 */
import {
  CYRILLIC_VOWELS,
  INITIAL_AFTER_VOWEL,
  LANGUAGE_OVERRIDES,
  RUSSIAN,
  type CyrillicLanguage,
  type LetterSpelling,
} from './transliterate-cyrillic.data.js';

const KAZAKH = /[әғқңөұүһ]/iu;
const SERBIAN = /[ђјљњћџѓќѕ]/iu;
const BELARUSIAN = /ў|і.*[ыэ]|[ыэ].*і/isu;
const UKRAINIAN = /[іїєґ]/iu;
// Russian writes ъ only before е ё ю я; before a consonant it is Bulgarian's vowel (Търговище).
const BULGARIAN = /ъ[бвгджзйклмнпрстфхцчшщ]|щ$/iu;

export function cyrillicLanguage(text: string): CyrillicLanguage {
  if (KAZAKH.test(text)) return 'kazakh';
  if (SERBIAN.test(text)) return 'serbian';
  if (BELARUSIAN.test(text)) return 'belarusian';
  if (UKRAINIAN.test(text)) return 'ukrainian';
  if (BULGARIAN.test(text)) return 'bulgarian';
  return 'russian';
}

const TABLES = new Map<CyrillicLanguage, Readonly<Record<string, LetterSpelling>>>(
  (Object.keys(LANGUAGE_OVERRIDES) as CyrillicLanguage[]).map((language) => [
    language,
    { ...RUSSIAN, ...LANGUAGE_OVERRIDES[language] },
  ]),
);

/**
 * у between vowels is the w of a foreign name (Зауахири Zawahiri, Тауфик Tawfiq): Slavic words
 * do not put it there.
 */
function isSemivowelU(letter: string, previous: string, next: string | undefined): boolean {
  return letter === 'у' && CYRILLIC_VOWELS.includes(previous) && next !== undefined && CYRILLIC_VOWELS.includes(next);
}

/** One word (letters only, any case) to Latin in lower case; letters it does not know are returned as they are. */
export function cyrillicWordToLatin(word: string, language: CyrillicLanguage): string {
  const table = TABLES.get(language)!;
  const afterVowel = INITIAL_AFTER_VOWEL[language];
  const lower = word.toLowerCase();
  let out = '';
  let previous = '';
  for (const [i, letter] of [...lower].entries()) {
    const spelling = table[letter];
    if (spelling === undefined) out += letter;
    else if (isSemivowelU(letter, previous, lower[i + 1])) out += 'w';
    else if (typeof spelling === 'string') out += spelling;
    else {
      const startsSyllable =
        previous === '' || (afterVowel && (CYRILLIC_VOWELS.includes(previous) || previous === 'ъ' || previous === 'ь'));
      out += startsSyllable ? spelling[0] : spelling[1];
    }
    previous = letter;
  }
  return out;
}

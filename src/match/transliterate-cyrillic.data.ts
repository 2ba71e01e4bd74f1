/**
 * Cyrillic letters to Latin, per language, as names are romanised on sanctions lists: Russian
 * after BGN/PCGN without diacritics (OFAC, UN, EU: "Sergey Viktorovich Chemezov"), Ukrainian after
 * the national system of 2010 (passports: "Oleksandr Zelenskyi"), Belarusian passport style
 * ("Aliaksandr"), Bulgarian after the official 2009 system (щ->sht, ъ->a), Serbian and Macedonian
 * after the Latin alphabets they have without diacritics (ђ->dj, ћ/ч->c: "Djordje Vucic"),
 * Kazakh after the usual passport forms (қ->k, ғ->g, ң->ng: "Kasym-Zhomart Tokayev").
 *
 * A value is either one spelling or [spelling where the letter starts a syllable, spelling after
 * a consonant] (я: "ya" in Yakov and Natalya... Ukrainian "ia" in Khrystia).
 */

export type CyrillicLanguage = 'russian' | 'ukrainian' | 'belarusian' | 'bulgarian' | 'serbian' | 'kazakh';

export type LetterSpelling = string | readonly [initial: string, medial: string];

/** Russian, plus every other language's own letters so that a word of any language gets a spelling. */
export const RUSSIAN: Readonly<Record<string, LetterSpelling>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: ['ye', 'e'], ё: ['ye', 'e'], ж: 'zh', з: 'z', и: 'i',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
  ѓ: 'gj', ќ: 'kj', ѕ: 'dz', ә: 'a', ғ: 'g', қ: 'k', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
  ӏ: '', ҳ: 'kh', ҷ: 'j', ӣ: 'i', ӯ: 'u', ҫ: 's', ӑ: 'a', ӗ: 'e', ҡ: 'k', ҙ: 'z', ҵ: 'ts',
};

/** What each language spells differently from RUSSIAN. */
export const LANGUAGE_OVERRIDES: Readonly<Record<CyrillicLanguage, Readonly<Record<string, LetterSpelling>>>> = {
  russian: {},
  ukrainian: {
    г: 'h', ґ: 'g', е: 'e', є: ['ye', 'ie'], и: 'y', і: 'i', ї: ['yi', 'i'], й: ['y', 'i'],
    ю: ['yu', 'iu'], я: ['ya', 'ia'],
  },
  belarusian: { г: 'h', е: ['ye', 'ie'], ё: ['yo', 'io'], ю: ['yu', 'iu'], я: ['ya', 'ia'], і: 'i', ў: 'u' },
  bulgarian: { е: 'e', х: 'h', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya' },
  serbian: { е: 'e', ж: 'z', х: 'h', ц: 'c', ч: 'c', ш: 's', ю: 'ju', я: 'ja' },
  kazakh: {},
};

/**
 * Whether the initial spelling also applies after a vowel (Russian Атабиев -> Atabiyev) or only
 * at the start of a word (Ukrainian national system: Яремчук -> Yaremchuk, but Марія -> Mariia).
 */
export const INITIAL_AFTER_VOWEL: Readonly<Record<CyrillicLanguage, boolean>> = {
  russian: true, ukrainian: false, belarusian: true, bulgarian: true, serbian: true, kazakh: true,
};

export const CYRILLIC_VOWELS = 'аеёиоуыэюяіїєәөұүў';

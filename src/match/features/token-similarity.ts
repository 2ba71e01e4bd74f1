/**
 * How alike two name tokens are, and why: equal, equal once romanization variants are folded
 * (sergei/sergey), an initial that fits (S./Sergei), the same phonetic code, the same consonant
 * skeleton (Arabic-script names carry no short vowels), or close spelling (typos). Spelling
 * closeness averages Jaro-Winkler (forgiving of endings) with normalised Levenshtein (strict
 * about length), so "petrov" vs "petrovich" is not nearly equal.
 */
import levenshtein from 'talisman/metrics/levenshtein.js';
import type { NameToken } from '../name-analysis.js';
import { consonantSkeleton } from '../romanization.js';
import { TOKEN_FREQUENCIES } from '../token-frequencies.data.js';
import { jaroWinkler, surelyBelowBoost } from './jaro-winkler.js';

export type TokenAgreement = 'exact' | 'romanization' | 'initial' | 'phonetic' | 'skeleton' | 'spelling' | 'lenient';

/**
 * Whether consonant skeletons are compared: 'strict' when a name was written in Arabic or
 * Hebrew script, 'loose' with kana, which writes l as r, v as b and f for h ("サリム" for Salim).
 */
export type SkeletonUse = 'off' | 'strict' | 'loose' | 'transcribed';

export interface TokenSimilarity {
  readonly score: number;
  readonly how: TokenAgreement;
}

const NONE: TokenSimilarity = { score: 0, how: 'spelling' };
const PHONETIC_SCORE = 0.85;
/** Phonetic codes this long are specific enough to join a transcription with its original. */
const MIN_TRANSCRIBED_PHONETIC = 4;
export const SKELETON_SCORE = 0.85;
const ABJAD_SKELETON_SCORE = 0.95;
const INITIAL_SCORE = 0.9;
/** Spelling similarity from which phonetic or skeleton agreement may lift a Latin pair. */
const MIN_ALIKE_SPELLING = 0.75;
/** Two tokens of three letters or fewer that agree only once folded ("li" / "lee"). */
const SHORT_KEY_SCORE = 0.8;

/** Unfolded spellings differ in more letters that do not matter: they must be closer to count. */
const MIN_WRITTEN_SIMILARITY = 0.82;

/** Jaro-Winkler below this: the spellings have too little in common to be one name. */
const MIN_JARO_WINKLER = 0.75;

/** Jaro-Winkler, or 0 when the lengths differ by more than 40% (such tokens cannot be near-equal). */
function comparableJaroWinkler(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0 || Math.abs(a.length - b.length) > 0.4 * longer) return 0;
  // Below the boost threshold, Jaro-Winkler is under MIN_JARO_WINKLER too: 0 says the same.
  return surelyBelowBoost(a, b) ? 0 : jaroWinkler(a, b);
}

export function spellingSimilarity(a: string, b: string): number {
  const jw = comparableJaroWinkler(a, b);
  if (jw < MIN_JARO_WINKLER) return 0;
  return (jw + (1 - levenshtein(a, b) / Math.max(a.length, b.length))) / 2;
}

function initialSimilarity(a: NameToken, b: NameToken): TokenSimilarity {
  if (a.text.length === 1 && b.text.length === 1) return a.text === b.text ? { score: 1, how: 'exact' } : NONE;
  const [initial, full] = a.text.length === 1 ? [a, b] : [b, a];
  return full.text.startsWith(initial.text) ? { score: INITIAL_SCORE, how: 'initial' } : NONE;
}

/**
 * Letters that transcriptions of one sound disagree on, folded together. Kana writes l as r,
 * v as b and f for h; Arabic and Hebrew transcriptions differ on q/k/c, j/g (Egyptian jim),
 * f/p/v (Hebrew pe and bet) and z/dh/th (dhal, zayn, tha).
 */
const KANA_LETTERS: Readonly<Record<string, string>> = { l: 'r', v: 'b', f: 'h' };
const NO_LETTERS: Readonly<Record<string, string>> = {};
const ABJAD_LETTERS: Readonly<Record<string, string>> = { q: 'k', c: 'k', g: 'j', p: 'f', v: 'f', d: 'z', t: 's' };

function loosen(text: string, letters: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) out += letters[ch] ?? ch;
  return out;
}

/**
 * Kana has no th, dh, si or zi: an Arabic name's th is s (ムサンナー Muthanna), dh is z, si is
 * shi (ハシン Hassine) and zi ji. A token's skeleton for comparison with kana is taken with
 * these folded, and with the letters of KANA_LETTERS and those Urdu and Arabic names are
 * written with either way (p/b: ペシャワリ Bishawri, q/k/c).
 */
const KANA_SKELETON_LETTERS: Readonly<Record<string, string>> = { ...KANA_LETTERS, p: 'b', q: 'k', c: 'k' };
// Skeletons are asked of the same tokens across the candidates of a query.
const SKELETON_CACHE_LIMIT = 100_000;
const kanaSkeletons = new Map<string, string>();

function kanaSkeleton(text: string): string {
  let skeleton = kanaSkeletons.get(text);
  if (skeleton === undefined) {
    if (kanaSkeletons.size >= SKELETON_CACHE_LIMIT) kanaSkeletons.clear();
    const asKanaHears = text.replace(/th/g, 's').replace(/dh/g, 'z').replace(/sh(?=i)/g, 's').replace(/j(?=i)/g, 'z');
    kanaSkeletons.set(text, (skeleton = loosen(consonantSkeleton(asKanaHears), KANA_SKELETON_LETTERS)));
  }
  return skeleton;
}

/** Skeletons this alike count, for strict (abjad) and loose (kana) use: one letter off in five. */
const MIN_SKELETON_SIMILARITY = 0.8;

function skeletonsAgree(a: NameToken, b: NameToken, use: SkeletonUse): boolean {
  if (a.skeleton.length < 2) return false;
  if (a.skeleton === b.skeleton) return true;
  // Latin spellings of an Arabic name write its و and ي as a vowel or a semivowel (Jawlani/Julani).
  if (use === 'off' || use === 'transcribed') return semivowelsDiffer(a.skeleton, b.skeleton, NO_LETTERS);
  if (use === 'loose') {
    const [x, y] = [kanaSkeleton(a.text), kanaSkeleton(b.text)];
    return x === y || (Math.min(x.length, y.length) >= 4 && spellingSimilarity(x, y) >= MIN_SKELETON_SIMILARITY) || semivowelsDiffer(x, y, NO_LETTERS);
  }
  const [x, y] = [loosen(a.skeleton, ABJAD_LETTERS), loosen(b.skeleton, ABJAD_LETTERS)];
  if (x === y || (Math.min(x.length, y.length) >= 4 && spellingSimilarity(x, y) >= MIN_SKELETON_SIMILARITY)) return true;
  return semivowelsDiffer(a.skeleton, b.skeleton, ABJAD_LETTERS) || isTaMarbuta(x, y);
}

/**
 * Whether two skeletons are one when a name was written in an abjad: equal once the letters
 * transcriptions disagree on are folded, or but for semivowels; no letter may differ otherwise
 * (for runs of words, whose joined skeletons are long enough to be near many others).
 */
export function abjadSkeletonsEqual(a: string, b: string): boolean {
  if (a.length < 2) return false;
  return loosen(a, ABJAD_LETTERS) === loosen(b, ABJAD_LETTERS) || semivowelsDiffer(a, b, ABJAD_LETTERS);
}

/**
 * An abjad writes a long vowel and a semivowel with one letter (و, ي), so its transcription
 * reads one where a Latin spelling has the other: قصي "qsi" / Qusay, انور "anur" / Anwar,
 * فليح "flih" / Fulayyih. Skeletons equal without y and w (v) after the first letter agree (two
 * consonants at least; a first y is a consonant: Youcef is not سيف). They are dropped before
 * the skeletons are loosened by `letters`, which would read the w (v) of Anwar as f.
 */
function semivowelsDiffer(x: string, y: string, letters: Readonly<Record<string, string>>): boolean {
  const withoutSemivowels = (skeleton: string) => loosen(skeleton.replace(/(?<=.)[yv]/g, ''), letters);
  const [p, q] = [withoutSemivowels(x), withoutSemivowels(y)];
  return p.length >= 2 && p === q;
}

/**
 * The feminine ending ta marbuta is written h alone and read t before a following word:
 * "HARAKAT" / حركة ("hrk"), "JAMAAT" / جماعة ("jm"); t is loosened to s.
 */
function isTaMarbuta(x: string, y: string): boolean {
  const [longer, shorter] = x.length > y.length ? [x, y] : [y, x];
  return shorter.length >= 2 && longer === `${shorter}s`;
}

/**
 * Consonant classes that transcriptions of one name swap (voiced and voiceless stops, the
 * sibilants, l/r: Qaddafi/Gathafi, Morteza/Murtaza, Jalolov/Zhalolov): the skeleton with them
 * folded and the semivowels w, y dropped.
 */
const LENIENT_LETTERS: Readonly<Record<string, string>> = {
  l: 'r', q: 'k', c: 'k', g: 'k', p: 'b', f: 'b', v: 'b', z: 's', j: 's', d: 't', w: '', y: '',
};

// Leftover pairs repeat the same tokens across the candidates of a query.
const lenientSkeletons = new Map<string, string>();

export function lenientSkeleton(skeleton: string): string {
  let lenient = lenientSkeletons.get(skeleton);
  if (lenient === undefined) {
    if (lenientSkeletons.size >= SKELETON_CACHE_LIMIT) lenientSkeletons.clear();
    lenientSkeletons.set(skeleton, (lenient = loosen(skeleton, LENIENT_LETTERS).replace(/([a-z])\1+/g, '$1')));
  }
  return lenient;
}

/**
 * Under half: a pair this loose mostly tells that the two tokens are not conflicting name parts;
 * as evidence of a match it is weak (on real customer names such pairs are mostly chance). 0.45
 * is measured: 0.3 missed Riyad CHALICHE / SHALISH, 0.6 raised false alerts on FARA names.
 */
const LENIENT_SCORE = 0.45;

/** Entities on the real lists from which a name token counts as a name of its own. */
const LISTED_NAME_ENTITIES = 20;
const isListedName = (key: string) => (TOKEN_FREQUENCIES[key] ?? 0) >= LISTED_NAME_ENTITIES;

/**
 * Korean syllables romanized by McCune-Reischauer and by the Revised system differ in the
 * first consonant (Ja/Cha, Jin/Chin, Gyu/Kyu, Bom/Pom, Dae/Tae): syllables of five letters or
 * fewer that are equal once it is voiced.
 */
const SYLLABLE_MAX_LENGTH = 5;
const VOICED_ONSET: Readonly<Record<string, string>> = { ch: 'j', k: 'g', t: 'd', p: 'b' };
const voiced = (syllable: string) => syllable.replace(/^(ch|k|t|p)/, (onset) => VOICED_ONSET[onset]!);

function isSyllableVariant(a: string, b: string): boolean {
  if (Math.max(a.length, b.length) > SYLLABLE_MAX_LENGTH || Math.min(a.length, b.length) < 2 || a.at(-1) !== b.at(-1)) return false;
  return voiced(a) === voiced(b);
}

/**
 * A looser test for tokens left over on both sides once two people's names are aligned: Korean
 * syllable variants, or tokens whose skeletons start with one consonant and whose lenient
 * skeletons are equal (three consonants or more, words of four letters or more) or one letter
 * apart (four consonants or more). Scores LENIENT_SCORE or 0.
 */
export function lenientSimilarity(a: NameToken, b: NameToken): number {
  if (isSyllableVariant(a.text, b.text)) return LENIENT_SCORE;
  // Two names both common on the lists are two names (Mahmud, Muhammad), not two spellings of one.
  if (a.skeleton[0] !== b.skeleton[0] || (isListedName(a.key) && isListedName(b.key))) return 0;
  const [x, y] = [lenientSkeleton(a.skeleton), lenientSkeleton(b.skeleton)];
  if (x.length < 2 || y.length < 2) return 0;
  if (x === y) return Math.min(a.text.length, b.text.length) >= 4 && x.length >= 3 ? LENIENT_SCORE : 0;
  return Math.min(x.length, y.length) >= 4 && levenshtein(x, y) <= 1 ? LENIENT_SCORE : 0;
}

/** Jaro-Winkler from which the one part left on each side of two people's names is read as one spelled two ways. */
const MIN_LONE_PART_JARO_WINKLER = 0.7;
const onset = (key: string) => (/^[aeiouy]/.test(key) ? 'a' : key[0]);

/**
 * The one name part left over on each side once two people's names are aligned: LENIENT_SCORE
 * when they start alike (vowels being one onset: Umayr/Amir) and are spelled alike ("Baaysir" /
 * "Bashir", "Dubaysi" / "Dabidi"), else 0. On the real lists, such parts starting differently
 * are mostly the own names of relatives who share the rest ("Rana / Ali Saddam Hussein AL-TIKRITI"),
 * and two names both common on the lists are two names here too (Mahmoud, Mohammad).
 */
export function lonePartSimilarity(a: NameToken, b: NameToken): number {
  if (isListedName(a.key) && isListedName(b.key)) return 0;
  return onset(a.key) === onset(b.key) && jaroWinkler(a.key, b.key) >= MIN_LONE_PART_JARO_WINKLER ? LENIENT_SCORE : 0;
}

export function tokenSimilarity(a: NameToken, b: NameToken, skeletons: SkeletonUse): TokenSimilarity {
  if (a.text === b.text) return { score: 1, how: 'exact' };
  if (a.role === 'initial' || b.role === 'initial') return initialSimilarity(a, b);
  // Short tokens are often acronyms (MWW, MV): folding their letters makes different ones equal.
  if (a.key === b.key) return { score: Math.min(a.text.length, b.text.length) <= 3 ? SHORT_KEY_SCORE : 1, how: 'romanization' };
  // Kana has one letter for l and r: "ari" is how it writes Ali.
  if (skeletons === 'loose' && loosen(a.key, KANA_LETTERS) === loosen(b.key, KANA_LETTERS)) return { score: INITIAL_SCORE, how: 'romanization' };
  const spelling = spellingSimilarity(a.key, b.key);
  // Folding can part spellings it means to join (the Slavic je- of "jehad" is read ye-): the
  // spellings as written count too, but only as spellings, and only when close.
  const asWritten = spellingSimilarity(a.text, b.text);
  const written = asWritten >= MIN_WRITTEN_SIMILARITY ? Math.max(spelling, asWritten) : spelling;
  let best: TokenSimilarity = written > 0 ? { score: written, how: 'spelling' } : NONE;
  // Phonetic codes are coarse (ioptc and abadika, quarles and carlos share one): they count
  // only for spellings that are already alike.
  // A name transcribed into Cyrillic or Greek by its sound ("Фаундейшън") is spelled unlike the
  // original: long phonetic codes count for it whatever the spelling.
  const isAlike = spelling >= MIN_ALIKE_SPELLING || (skeletons === 'transcribed' && a.phonetic.length >= MIN_TRANSCRIBED_PHONETIC);
  if (best.score < PHONETIC_SCORE && isAlike && a.phonetic !== '' && a.phonetic === b.phonetic && Math.min(a.key.length, b.key.length) >= 4) {
    best = { score: PHONETIC_SCORE, how: 'phonetic' };
  }
  // Latin spellings of one Arabic name differ in vowels (MUSHAKHAS, Mishkhas): between Latin
  // names the skeleton counts only for spellings that are already alike, as phonetic codes do.
  const mayCompareSkeletons = (skeletons !== 'off' && skeletons !== 'transcribed') || (isAlike && a.skeleton.length >= 3);
  // An abjad writes consonants and long vowels only: three consonants or more agreeing in full
  // is as close as a Latin spelling can come to it (نظمي "nzmi" / Nazmi).
  if (skeletons === 'strict' && best.score < ABJAD_SKELETON_SCORE && a.skeleton.length >= 3 && a.skeleton === b.skeleton) {
    return { score: ABJAD_SKELETON_SCORE, how: 'skeleton' };
  }
  if (best.score < SKELETON_SCORE && mayCompareSkeletons && skeletonsAgree(a, b, skeletons)) {
    best = { score: SKELETON_SCORE, how: 'skeleton' };
  }
  return best;
}

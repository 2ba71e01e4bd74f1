/**
 * Romanization keys for name tokens. The same name reaches the lists in several romanizations
 * (Сергей: sergei, sergey, serguei, sergej, sergii; محمد: muhammad, mohamed ...); the key folds
 * the differences that come from the romanization system, not from the name, so that variants
 * collide and different names stay apart (ivan/ivanov, sergei/sergeev, maria/mario,
 * alexander/alexandra keep distinct keys: the final vowel marks a different name).
 *
 * Input: one lower-case ASCII letter token (toLatin's output split on spaces, hyphens ...).
 * The rules run in stages, each a regular expression, so each stage sees the previous one's output:
 *  1. j read as y where only Slavic and German spellings put it (sergej, natalja, jelena);
 *     j before a vowel at the start of a word stays j, because Arabic j (jamal) is far more frequent
 *     on the lists than Slavic j there (jakov keeps apart from yakov).
 *  2. digraphs and letters of one sound: kh->h, zh/dj/dzh->j, ph->f, x->ks, w->v, q->k, c->k/s,
 *     ou/oo->u, ee->i, and the Korean eo->o, eu->u (jeong/jong, eun/un).
 *  3. y: initial ye->e (yelena/elena), yo after a consonant ->e (fyodor/fedor, not before ng:
 *     ryong), then y is i (yuri/iurii, natalya/natalia).
 *  4. double letters single; 5. endings: -ei after a consonant ->i (sergei/sergii), a final h
 *     after a vowel goes (abdullah), -er/-re after a stop ->r (alexander/alexandr/alexandre),
 *     -allah/-ullah/-ollah alike, -uddin/-eddine/-aldin alike; 6. abdel/abdul/abdoul/abdur -> abdal,
 *     abdurrahman/abdirahman -> abdalrahman; 7. a few name groups from the data.
 */
import { NAME_VARIANT_GROUPS } from './romanization.data.js';

const SOUNDS: Readonly<Record<string, string>> = {
  tsch: 'ch', sch: 'sh', tch: 'ch', dzh: 'j', dj: 'j', zh: 'j', kh: 'h', gh: 'g', ph: 'f', dh: 'd',
  ck: 'k', cz: 'ch', tz: 'ts', x: 'ks', q: 'k', w: 'v', c: 'k', ou: 'u', oo: 'u', ee: 'i', eo: 'o', eu: 'u',
  gu: 'g', cs: 's', ci: 'si', ce: 'se', cy: 'sy',
};
// The skeleton keeps w apart from v: it tells the semivowel w from the long vowel u (jawhar).
// French spellings write sh as ch (Alouche, Akkacha): the skeleton takes them as one.
// z+h stays two letters: Arabic names write them so (Azhar, Mazhari), and a transcription
// without the vowel between (الزهراني "al-zhrani") must keep the skeleton of Zahrani.
const SKELETON_SOUNDS: Readonly<Record<string, string>> = { ...SOUNDS, w: 'w', ch: 'sh', tch: 'sh', tsch: 'sh', zh: 'zh' };
const SOUND_PATTERN = /tsch|sch|tch|dzh|dj|zh|kh|gh|ph|dh|ck|cz|tz|c[eiy]|ch|c|x|q|w|ou|oo|ee|eo|eu|gu(?=[eiy])/g;

/** Stage 1: j that Slavic and German spellings write for y. */
function jAsY(token: string): string {
  if (!token.includes('j') && !token.includes('y')) return token;
  return token
    .replace(/^je(?!o)/, 'ye')
    .replace(/([aeiou])j$/, '$1y')
    .replace(/([^aeioudj])j(?=[aeiou])/g, '$1y')
    .replace(/([aeiou])[yj](?=e)/g, '$1');
}

/** Stage 2: one spelling per sound. */
function oneSpellingPerSound(token: string, sounds: Readonly<Record<string, string>> = SOUNDS): string {
  // French spellings write w as ou before a vowel: Zarkaoui is Zarqawi, Ouadi is Wadi.
  return token.replace(/ou(?=[aei])/g, 'w').replace(SOUND_PATTERN, (sound) => sounds[sound] ?? sound);
}

// Stage 5, in one pass: -ei, a final h after a vowel, -er/-re after a stop, the Allah compounds
// (hamidullah, hamidallah, nurollah, nur ullah's "ullah": -ula) and the al-Din compounds
// (nuruddin, noureddine, nuraddin, shamsaldin: -udin). The stem before -din must have two
// letters, so Nadine keeps its vowel.
const ENDINGS = /([^aeiou])ei$|([aeiou])h$|([bdgkptv])(?:er|re)$|([^aeiou])[aou]lah?$|^[aou]lah$|([a-z][^aeiou])(?:[aeiou]|al)dine?$/;

function foldByRules(token: string): string {
  const sounds = oneSpellingPerSound(jAsY(token))
    .replace(/^ye(?!o)/, 'e')
    .replace(/([^aeiouy])yo(?!ng)/g, '$1e')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
  const ending = sounds
    .replace(ENDINGS, (_, ei, h, er, la, din) =>
      ei !== undefined ? `${ei}i` : h !== undefined ? h : er !== undefined ? `${er}r` : din !== undefined ? `${din}udin` : `${la ?? ''}ula`)
    .replace(BELARUSIAN_ENDINGS, (_, stem, patronymic) => (stem !== undefined ? `${stem}ov` : patronymic === 'vich' ? 'ovich' : 'ovna'));
  return ending.startsWith('abd') ? foldAbdAl(ending) : ending;
}

// Belarusian writes the Russian -ov of surnames and patronymics as -au, -av- (Navumau/Naumov,
// Uladzimiravich/Vladimirovich, Alyaksandrauna/Aleksandrovna); the stem keeps three letters.
const BELARUSIAN_ENDINGS = /^([a-z]{2,}[^aeiou])au$|(?<=[a-z]{3}[^aeiou])a(vich|una)$/;

/**
 * "Abd al-" before a sun letter is written assimilated (Abdur Rahman, Abdus Salam, Abdirahman,
 * Abdurrahman): every spelling becomes abdal, and abdal + the name when the name follows.
 */
function foldAbdAl(token: string): string {
  return token
    .replace(/^abd[aeiou]+l/, 'abdal')
    .replace(/^abd[aeiou](?:[rstdnz]|sh)$/, 'abdal')
    .replace(/^abd[aeiou](?=(?:[rstdnz]|sh)[aeiou])/, 'abdal');
}

const CANONICAL = new Map<string, string>();
for (const group of NAME_VARIANT_GROUPS) {
  const canonical = foldByRules(group[0]!);
  for (const spelling of group) CANONICAL.set(foldByRules(spelling), canonical);
}

/**
 * A patronymic's father's name and ending: "uladzimir" + "ovich". The i of a father's name in
 * -ai, -ei (Nikolai, Sergei) is written before the ending or merged into it (Mykolayovych,
 * Nikolayevich): it is taken off the stem, which is looked up with and without it.
 */
const PATRONYMIC = /^([a-z]{3,}?)i?[oe](vich|vna)$/;

/** The romanization key of one lower-case ASCII letter token (see the module comment). */
export function foldRomanization(token: string): string {
  const folded = foldByRules(token);
  const canonical = CANONICAL.get(folded);
  if (canonical !== undefined) return canonical;
  // A patronymic is the father's name plus an ending: Uladzimirovich is Vladimirovich.
  const patronymic = PATRONYMIC.exec(folded);
  if (patronymic === null) return folded;
  const father = CANONICAL.get(patronymic[1]!) ?? CANONICAL.get(`${patronymic[1]!}i`);
  return father === undefined ? folded : `${father}o${patronymic[2]!}`;
}

/**
 * The consonants of a token, for names from scripts that do not write short vowels (Arabic,
 * Persian, Hebrew): "muhammad", "mohammed", "mohamed" and محمد's "mhmd" all give "mhmd". Vowels
 * go, and so do y and w between consonants (long vowels the script writes: محمود "mhmud");
 * a y or w next to a vowel is a consonant and stays, and so does the y of the diphthongs ai/ay/
 * ei/ey and the w of au/aw: "husayn" and "hussein" give "hsyn", "hasan" gives "hsn". Close
 * consonants fold as in foldRomanization (kh/h, q/k, dh/d, gh/g); th is t; a final h goes (ta
 * marbuta: "fatimah"/"fatima"); w and v are one letter at the end (wali/vali).
 */
export function consonantSkeleton(latinToken: string): string {
  // Y and W mark the diphthongs' semivowels, which the rule for long vowels must not drop.
  return oneSpellingPerSound(latinToken, SKELETON_SOUNDS)
    .replace(/th/g, 't')
    .replace(/^ye/, 'e')
    .replace(/([aeiou])y(?=e)/g, '$1')
    .replace(/iy|yi/g, 'i')
    .replace(/[ae][iy](?![aeiou])/g, 'Y')
    .replace(/a[uw](?![aeiou])/g, 'W')
    .replace(/([^aeiou])[yw](?![aeiou])/g, '$1')
    .replace(/^[yw](?![aeiou])/, '')
    .replace(/[aeiou]+/g, '')
    .replace(/h$/, '')
    .toLowerCase()
    .replace(/w/g, 'v')
    .replace(/([a-z])\1+/g, '$1');
}

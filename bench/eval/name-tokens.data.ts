/**
 * Word lists the pair builder uses to decide which shared words make two names look alike.
 * Lower case, ASCII (names are folded before lookup).
 */

/**
 * Particles and connectives that many unrelated names share ("al", "bin", "de", "of"): a
 * shared particle says nothing about two names being alike.
 */
export const STOP_TOKENS: ReadonlySet<string> = new Set([
  'a', 'al', 'el', 'ul', 'ad', 'ar', 'as', 'at', 'az', 'bin', 'ibn', 'bint', 'ben', 'bn', 'binti', 'bte', 'abu', 'abou', 'abd', 'abdul',
  'umm', 'um', 'ould', 'wad', 'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'des', 'la', 'le', 'les', 'lo', 'van', 'von', 'der',
  'den', 'ter', 'y', 'e', 'i', 'of', 'the', 'and', 'for', 'in', 'on', 'to', 'et', 'und', 'fi', 'wa', 'mr', 'mrs', 'sheikh', 'shaykh',
  'haji', 'hajji', 'mullah', 'maulvi', 'dr', 'no', 'nr',
]);

/**
 * Legal forms and the generic words of company names, in the spellings the OFAC, UN and UK
 * lists use (full and abbreviated, Latin transliterations of Russian, Persian and Chinese
 * forms): "ROSNEFT TRADING LLC" and "GAZPROM TRADING LLC" share a legal form and a word.
 */
export const LEGAL_FORM_TOKENS: ReadonlySet<string> = new Set([
  'llc', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'plc', 'gmbh', 'ag', 'sa', 'sarl', 'srl', 'spa',
  'bv', 'nv', 'ab', 'as', 'oy', 'kg', 'lp', 'llp', 'pte', 'pvt', 'bhd', 'sdn', 'fze', 'fzco', 'fzc', 'fz', 'jsc', 'ojsc', 'cjsc', 'pjsc',
  'ooo', 'oao', 'zao', 'pao', 'ao', 'tov', 'too', 'obshchestvo', 'otvetstvennostyu', 'ogranichennoi', 'ogranichennoy', 'aktsionernoe',
  'aktsionernoye', 'publichnoe', 'publichnoye', 'otkrytoe', 'zakrytoe', 'sociedad', 'anonima', 'limitada', 'ltda', 'cia', 'sas', 'eirl',
  'sal', 'wll', 'est', 'establishment', 'group', 'holding', 'holdings', 'trading', 'enterprise', 'enterprises', 'international',
  'industries', 'industrial', 'industry', 'sherkat', 'sherkate', 'tejarat', 'gostaresh', 'youxian', 'gongsi', 'jituan', 'kft', 'doo',
  'dooel', 'sro', 'spzoo', 'zoo', 'ehf', 'aps', 'sl', 'sae', 'saog', 'psc', 'pjs', 'fzllc', 'se', 'joint', 'stock', 'liability', 'public',
  'closed', 'open', 'private', 'unitary', 'fgup', 'gup', 'fgbu', 'npo', 'npp',
]);

/**
 * Titles and honorifics that come and go between two spellings of one person's name
 * ("Haji Khairullah" / "KHAIRULLAH"), dropped before name parts are compared.
 */
export const HONORIFIC_TOKENS: ReadonlySet<string> = new Set([
  'haji', 'hajji', 'hadji', 'alhaji', 'alhaj', 'hajj', 'sheikh', 'shaykh', 'shaikh', 'cheikh', 'sheik', 'mullah', 'mulla', 'mullo',
  'maulvi', 'maulawi', 'mawlawi', 'maulavi', 'mawlavi', 'molvi', 'qari', 'qazi', 'hafiz', 'ustad', 'ustadh', 'mufti',
  'sayyid', 'mr', 'mrs', 'ms', 'dr', 'doctor', 'eng', 'engineer', 'prof', 'general', 'gen', 'colonel', 'col', 'captain', 'capt',
]);

/**
 * Letters a transliteration from Arabic, Hebrew or Kana writes either way (Kana has no l and one
 * sign for ji and zi, Arabic no p, any-ascii writes Hebrew bet as v; h, w and y are dropped), folded to one before comparing the
 * consonant skeletons of a non-Latin and a Latin name.
 */
export const LENIENT_LETTERS: Readonly<Record<string, string>> = {
  l: 'r', q: 'k', c: 'k', g: 'k', p: 'b', f: 'b', v: 'b', z: 's', j: 's', x: 'ks', d: 't',
};

/**
 * Two-letter spellings of one consonant in romanised Arabic, Persian and Russian names
 * ("CHEHABI" / "SHIHABI", "AL-SHARIKH" / "AL CHAREKH", Cyrillic "Хиджази" as "Khidzhazi"), folded to one letter before a
 * consonant skeleton is taken. Longest first.
 */
export const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['dzh', 'j'], ['tch', 's'], ['sch', 's'], ['sh', 's'], ['ch', 's'], ['zh', 's'], ['ts', 's'], ['dj', 'j'], ['kh', 'k'], ['gh', 'g'], ['ph', 'f'], ['th', 't'], ['dh', 'd'],
  ['ck', 'k'], ['q', 'k'],
];

/**
 * Particles written joined to the word they precede ("ALHARAMEIN", "ABDURRAHMAN"): a part
 * is also compared without them when at least 4 letters remain. Longest first.
 */
export const ATTACHED_PARTICLES: readonly string[] = ['abdul', 'abdel', 'abdal', 'abdur', 'abdar', 'abdu', 'abd', 'abu', 'ben', 'bin', 'al', 'el', 'ul', 'l'];

/**
 * Particles that are not in STOP_TOKENS (which also decides what makes two different parties
 * look alike) but come and go between two spellings of one name: "Abdal-Ghaffur", "Es Sayed",
 * Kana's "aru" for al.
 */
export const VARIANT_PARTICLES: ReadonlySet<string> = new Set(['abdal', 'abdel', 'abdu', 'abdur', 'abdar', 'es', 'ash', 'an', 'ed', 'bi', 'jr', 'sr', 'aru']);

/**
 * Hebrew letters with a geresh write Arabic sounds Hebrew lacks ("ג'" is j): read as those
 * sounds before any-ascii, which would write "g'".
 */
export const HEBREW_GERESH: Readonly<Record<string, string>> = { ג: 'j', ז: 'zh', צ: 'd', ח: 'kh', ע: 'gh', ת: 'th', ט: 'z', ד: 'dh' };

/**
 * Words that make a kunya of the next word: "Abu Ahmad" (father of Ahmad), "Umm Hamza"; also
 * as any-ascii writes أبو (bw) and אבו (vv).
 */
export const KUNYA_WORDS: ReadonlySet<string> = new Set(['abu', 'abou', 'abo', 'ab', 'umm', 'um', 'ummu', 'bw', 'vv']);

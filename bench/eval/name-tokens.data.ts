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

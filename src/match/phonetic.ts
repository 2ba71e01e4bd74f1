/**
 * A phonetic code per name token, for candidate lookup and as a scoring feature: Double
 * Metaphone's primary code of the token's romanization key. Double Metaphone because it knows
 * the spelling rules of the many languages names on the lists come from (Germanic, Slavic,
 * Romance, Greek), unlike Soundex (English only, keeps the first letter: "Khodorkovsky" and
 * "Hodorkovsky" differ) or NYSIIS. It runs on the folded token, not the raw one, so that
 * romanization variants it would code apart ("sergej" with J as in English, "zh", "kh" as K)
 * are first brought to one spelling; Double Metaphone then adds what the fold leaves out on
 * purpose (vowels, voiced/unvoiced pairs such as d/t at the end: "Vladimir"/"Wladimir", "ph").
 */
import { doubleMetaphone } from 'double-metaphone';
import { foldRomanization } from './romanization.js';

/** The phonetic code of one lower-case ASCII letter token; '' for an empty token. */
export function phoneticKey(token: string): string {
  if (token === '') return '';
  return doubleMetaphone(foldRomanization(token))[0];
}

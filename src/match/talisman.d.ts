/** Type declarations for the talisman string metrics used by the matcher (the package ships none). */
declare module 'talisman/metrics/jaro-winkler.js' {
  export default function jaroWinkler(a: string, b: string): number;
}
declare module 'talisman/metrics/levenshtein.js' {
  export default function levenshtein(a: string, b: string): number;
}

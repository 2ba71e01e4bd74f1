/**
 * Romanization variants of Russian (and other Cyrillic) names as lists and customer files
 * actually differ: [pattern (case-insensitive regular expression), replacement]. Each pair is
 * one spelling choice: Sergey/Sergei, Dmitriy/Dmitry, Mikhail/Mihail, Aleksandr/Alexandr,
 * Yuriy/Iuriy, Yevgeny/Evgeny, Elena/Yelena, Kuznetsov/Kuznetzov, Smirnov/Smirnoff.
 */
export const TRANSLITERATION_VARIANTS: readonly (readonly [string, string])[] = [
  ['ey\\b', 'ei'],
  ['ei\\b', 'ey'],
  ['iy\\b', 'y'],
  ['(?<=[kr])y\\b', 'iy'],
  ['iy\\b', 'ii'],
  ['kh', 'h'],
  ['ks', 'x'],
  ['x', 'ks'],
  ['\\byu', 'iu'],
  ['ya', 'ia'],
  ['\\bye(?=[vl])', 'e'],
  ['\\be(?=vg|len|liz)', 'ye'],
  ['ts', 'tz'],
  ['ov\\b', 'off'],
];

/**
 * Greek, Georgian and Armenian words to lower-case Latin: letter tables plus the few context
 * rules that names need (Greek Σταύρος -> stavros, Ευάγγελος -> evangelos, Μπακογιάννης ->
 * bakogiannis; Armenian Երևան -> yerevan, Ոսկանյան -> voskanyan, ու -> u).
 */
import {
  ARMENIAN_LETTERS,
  GEORGIAN_LETTERS,
  GREEK_DIGRAPHS,
  GREEK_LETTERS,
  GREEK_VOICELESS,
} from './transliterate-alphabets.data.js';

const COMBINING_MARKS = /[\u0300-\u036f]/;
const DIAERESIS = '\u0308';

export function greekWordToLatin(word: string): string {
  // Accents go; a diaeresis stays as ϊ/ϋ, which keeps αϋ from reading as the digraph αυ.
  const letters = [...word.toLowerCase().normalize('NFD')].flatMap((char, index, all) => {
    if (COMBINING_MARKS.test(char)) return [];
    if (all[index + 1] === DIAERESIS) return [char === 'ι' ? 'ϊ' : char === 'υ' ? 'ϋ' : char];
    return [char];
  });
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i]!;
    const next = letters[i + 1];
    if (next === 'υ' && (letter === 'α' || letter === 'ε' || letter === 'η')) {
      const after = letters[i + 2];
      out += GREEK_LETTERS[letter]! + (after === undefined || GREEK_VOICELESS.includes(after) ? 'f' : 'v');
      i++;
      continue;
    }
    const digraph = next === undefined ? undefined : GREEK_DIGRAPHS[letter + next];
    if (digraph !== undefined) {
      out += i === 0 ? digraph[0] : digraph[1];
      i++;
      continue;
    }
    out += GREEK_LETTERS[letter] ?? letter;
  }
  return out;
}

export function georgianWordToLatin(word: string): string {
  let out = '';
  for (const letter of word.toLowerCase()) out += GEORGIAN_LETTERS[letter] ?? letter;
  return out;
}

export function armenianWordToLatin(word: string): string {
  const lower = word.toLowerCase().replace(/ու/g, 'u');
  let out = '';
  let index = 0;
  for (const letter of lower) {
    if (index === 0 && letter === 'ե') out += 'ye';
    else if (index === 0 && letter === 'ո') out += 'vo';
    else out += ARMENIAN_LETTERS[letter] ?? letter;
    index++;
  }
  return out;
}

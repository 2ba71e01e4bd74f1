/**
 * Sentence boundaries of plain text, as offsets: a sentence ends at . ! ? (with closing
 * quotes) before a space and a capital or quote, or at a blank line or line end; abbreviations
 * (U.S., Mr., single initials) do not end one.
 */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BOUNDARY = /[.!?…]+["”’)]*(?=\s+["“‘(]?\p{Lu})|\n/gu;
const ABBREVIATION = /(?:\b\p{Lu}|\bU\.S|\bMr|\bMrs|\bMs|\bDr|\bSt|\bJr|\bSr|\bGen|\bSen|\bRep|\bGov|\bNo|\bvs)\.$/u;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(start, match.index - 4), match.index + 1))) continue;
    pushTrimmed(sentences, text, start, end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(into: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end, text: text.slice(start, end) });
}

/**
 * Reads /search's `q` as yente does: a Lucene-style query string (parsed with the `lucene`
 * package). Free-text terms and quoted phrases become the name looked up; `field:value` terms
 * filter — schema:, countries: (or country:), datasets: (or dataset:), id: — and name: adds to
 * the name. A field's values are alternatives (schema:Person schema:Company, or
 * schema:(Person OR Company)); different fields must all hold; `-field:value`, `NOT field:value`
 * excludes. Boolean operators between free-text terms do not change the lookup: the words are
 * one name for the screening engine. A malformed string (unbalanced quote or parenthesis,
 * dangling operator, unknown field, range or regular expression) is an InvalidInputError
 * saying what and at which column. With `simple`, q is plain words: syntax is ignored.
 */
import lucene, { type AstNode, type SyntaxError as LuceneSyntaxError, type TermNode } from 'lucene';
import { InvalidInputError } from '../model/errors.js';
import type { ConstraintField, SearchConstraint } from '../service/search-filters.js';

export interface TextQuery {
  readonly terms: readonly string[];
  readonly constraints: readonly SearchConstraint[];
}

const FIELDS: Readonly<Record<string, ConstraintField | 'name'>> = {
  schema: 'schema',
  countries: 'countries',
  country: 'countries',
  datasets: 'datasets',
  dataset: 'datasets',
  id: 'id',
  name: 'name',
};

const BINARY_OPERATORS = new Set(['AND', 'OR', '&&', '||']);
const NEGATIONS = new Set(['NOT', '!']);
const IMPLICIT = '<implicit>';

function fail(what: string, column: number, why?: string): never {
  throw new InvalidInputError(`q: ${what} at column ${column}${why === undefined ? '' : `: ${why}`}`);
}

interface Word {
  readonly text: string;
  readonly column: number;
}

/** Splits q outside quotes into words and parentheses, failing on an unclosed quote or unbalanced parenthesis. */
function lexWords(q: string): Word[] {
  const words: Word[] = [];
  const open: number[] = [];
  let current: { text: string; column: number } | undefined;
  const flush = () => {
    if (current !== undefined) words.push(current);
    current = undefined;
  };
  for (let i = 0; i < q.length; i++) {
    const char = q[i]!;
    if (char === '"') {
      const close = findClosingQuote(q, i + 1);
      if (close < 0) fail('unbalanced quote', i + 1, 'the phrase it opens is never closed');
      current ??= { text: '', column: i + 1 };
      current.text += q.slice(i, close + 1);
      i = close;
    } else if (char === '\\') {
      current ??= { text: '', column: i + 1 };
      current.text += q.slice(i, i + 2);
      i++;
    } else if (char === '(' || char === ')') {
      flush();
      if (char === '(') open.push(i + 1);
      else if (open.pop() === undefined) fail('unbalanced parenthesis', i + 1, '")" closes nothing');
      words.push({ text: char, column: i + 1 });
    } else if (/\s/.test(char)) flush();
    else (current ??= { text: '', column: i + 1 }).text += char;
  }
  flush();
  if (open.length > 0) fail('unbalanced parenthesis', open.at(-1)!, 'the "(" is never closed');
  return words;
}

function findClosingQuote(q: string, from: number): number {
  for (let i = from; i < q.length; i++) {
    if (q[i] === '\\') i++;
    else if (q[i] === '"') return i;
  }
  return -1;
}

/** An operator needs something on each side it joins (the parser silently drops a trailing one). */
function checkOperators(words: readonly Word[]): void {
  const isOperand = (word: Word | undefined, side: 'before' | 'after') =>
    word !== undefined && !BINARY_OPERATORS.has(word.text) && word.text !== (side === 'before' ? '(' : ')') && (side === 'after' || !NEGATIONS.has(word.text));
  words.forEach((word, i) => {
    const binary = BINARY_OPERATORS.has(word.text);
    if (!binary && !NEGATIONS.has(word.text)) return;
    if (binary && !isOperand(words[i - 1], 'before')) fail(`dangling operator ${word.text}`, word.column, 'nothing before it to join');
    if (!isOperand(words[i + 1], 'after')) fail(`dangling operator ${word.text}`, word.column, 'nothing after it');
  });
}

function parseLucene(q: string): AstNode {
  try {
    return lucene.parse(q);
  } catch (error) {
    const syntax = error as LuceneSyntaxError;
    if (syntax.location === undefined) throw error;
    fail(syntax.found === null ? 'unexpected end of query' : `unexpected "${syntax.found}"`, syntax.location.start.column);
  }
}

/** Collects the terms and per-(field, exclusion) values of a parsed query. */
class TermCollector {
  readonly terms: string[] = [];
  private readonly values = new Map<string, { field: ConstraintField; exclude: boolean; values: string[] }>();

  walk(node: AstNode, field: string | undefined, negated: boolean): void {
    if ('term_min' in node) fail(`range on field "${node.field}"`, node.fieldLocation?.start.column ?? 1, 'ranges are not supported');
    if ('term' in node) return this.addTerm(node, field, negated);
    const own = node.field !== undefined && node.field !== IMPLICIT ? node.field : field;
    const startsNegated = node.start !== undefined && NEGATIONS.has(node.start);
    if (node.left !== undefined) this.walk(node.left, own, negated || startsNegated);
    if (node.right !== undefined) this.walk(node.right, own, negated || (node.operator ?? '').includes('NOT'));
  }

  private addTerm(node: TermNode, inherited: string | undefined, negated: boolean): void {
    const column = node.termLocation.start.column;
    if (node.regex) fail('regular expression', column, 'regular expressions are not supported');
    const written = node.field !== IMPLICIT ? node.field : inherited;
    const fieldNegated = written !== undefined && /^[-!]/.test(written);
    const exclude = negated || fieldNegated || node.prefix === '-' || node.prefix === '!';
    const text = node.term.replace(/\\(.)/g, '$1').replace(/[*?]/g, '');
    const fieldName = written?.replace(/^[-+!]/, '');
    const field = fieldName === undefined ? 'name' : FIELDS[fieldName];
    if (field === undefined) {
      fail(`unknown field "${fieldName}"`, node.fieldLocation?.start.column ?? column, `use ${Object.keys(FIELDS).join(', ')}`);
    }
    if (field === 'name') {
      if (exclude) fail(`excluded name "${text}"`, column, 'names cannot be excluded, only field terms such as -schema:Vessel');
      if (text.trim() !== '') this.terms.push(text);
      return;
    }
    const key = `${field}:${exclude}`;
    const entry = this.values.get(key) ?? { field, exclude, values: [] };
    entry.values.push(text);
    this.values.set(key, entry);
  }

  constraints(): SearchConstraint[] {
    return [...this.values.values()].map((v) => ({ ...v, param: 'q' }));
  }
}

/** q as plain words: quotes, parentheses, operators and field syntax are dropped. */
function simpleWords(q: string): TextQuery {
  const words = q
    .replace(/["()[\]{}^~*?\\:]/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^[-+!]+/, ''))
    .filter((word) => word !== '' && !BINARY_OPERATORS.has(word) && !NEGATIONS.has(word));
  return { terms: words, constraints: [] };
}

export function parseTextQuery(q: string, options: { simple: boolean }): TextQuery {
  if (options.simple) return simpleWords(q);
  if (q.trim() === '') return { terms: [], constraints: [] };
  checkOperators(lexWords(q));
  const collector = new TermCollector();
  collector.walk(parseLucene(q), undefined, false);
  return { terms: collector.terms, constraints: collector.constraints() };
}

/**
 * One labelled name pair of the evaluation set and the set's file format: JSON lines
 * `{"schema","name1","name2","match","kind","script","source"}` in bench/eval/pairs.jsonl.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Positives that are variants of one name: the headline figures. */
export const NAME_VARIANT_KINDS = ['alias', 'original_script', 'cross_list'] as const;
/**
 * Positives reported apart: two different names of one party that share a word (other_name),
 * a name and its initials (acronym), and the names the lists themselves call weak (weak_alias).
 */
export const APART_KINDS = ['other_name', 'acronym', 'weak_alias'] as const;
export const POSITIVE_KINDS = [...NAME_VARIANT_KINDS, ...APART_KINDS] as const;
export const NEGATIVE_KINDS = ['same_surname', 'same_first_name', 'same_legal_form', 'similar', 'random'] as const;
export type PairKind = (typeof POSITIVE_KINDS)[number] | (typeof NEGATIVE_KINDS)[number];
const KINDS: ReadonlySet<string> = new Set([...POSITIVE_KINDS, ...NEGATIVE_KINDS]);

export interface LabelledPair {
  readonly schema: string;
  readonly name1: string;
  readonly name2: string;
  readonly match: boolean;
  readonly kind: PairKind;
  /** The script of the non-Latin side, else Latin. */
  readonly script: string;
  /** Dataset(s) and entity id(s) the names come from. */
  readonly source: string;
}

const VARIANT_KINDS: ReadonlySet<string> = new Set(NAME_VARIANT_KINDS);

/** Whether a pair counts in the headline figures: name-variant positives and all negatives. */
export const isHeadlinePair = (pair: LabelledPair): boolean => !pair.match || VARIANT_KINDS.has(pair.kind);

// Compiled to dist/bench/eval/: the file is kept beside the sources, not in dist.
export const PAIRS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bench/eval/pairs.jsonl');

/** The same two names in either order are the same pair. */
export function pairKey(pair: Pick<LabelledPair, 'schema' | 'name1' | 'name2'>): string {
  return [pair.schema, ...[pair.name1, pair.name2].sort()].join('\u0000');
}

/** One line, keys in a fixed order so the file is identical run after run. */
export function formatPair(pair: LabelledPair): string {
  const { schema, name1, name2, match, kind, script, source } = pair;
  return JSON.stringify({ schema, name1, name2, match, kind, script, source });
}

function parsePairLine(line: string, lineNumber: number): LabelledPair {
  const data = JSON.parse(line) as Record<string, unknown>;
  const texts = ['schema', 'name1', 'name2', 'kind', 'script', 'source'] as const;
  for (const key of texts) {
    if (typeof data[key] !== 'string' || data[key] === '') throw new Error(`pairs line ${lineNumber}: "${key}" must be a non-empty string`);
  }
  if (typeof data.match !== 'boolean') throw new Error(`pairs line ${lineNumber}: "match" must be true or false`);
  if (!KINDS.has(data.kind as string)) throw new Error(`pairs line ${lineNumber}: unknown kind "${String(data.kind)}"`);
  return data as unknown as LabelledPair;
}

export function parsePairs(text: string): LabelledPair[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, number }) => parsePairLine(line, number));
}

export function readPairs(file: string = PAIRS_FILE): LabelledPair[] {
  return parsePairs(readFileSync(file, 'utf8'));
}

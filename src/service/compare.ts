/**
 * The compare use case: two names of one schema scored with the same scorer and threshold as
 * match and screen. Input is one JSON object per line, `{"schema", "name1", "name2"}`; each
 * line gives one answer line, `{"score", "match"}`, or `{"error": "line N: ..."}` for a line
 * that is not such an object, so answers stay aligned with the input.
 */
import { InvalidInputError, RadarError } from '../model/errors.js';
import { validateMatchQuery } from '../match/query.js';
import { compareNames } from '../match/score.js';

export type CompareAnswer = { readonly score: number; readonly match: boolean } | { readonly error: string };

function field(pair: Record<string, unknown>, name: string): string {
  const value = pair[name];
  if (typeof value !== 'string') throw new InvalidInputError(`"${name}" must be a string, got ${value === undefined ? 'nothing' : typeof value}`);
  return value;
}

function parsePair(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InvalidInputError(`not JSON: ${JSON.stringify(line.slice(0, 60))}${line.length > 60 ? '...' : ''}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidInputError('expected a JSON object {"schema", "name1", "name2"}');
  return value as Record<string, unknown>;
}

/** One input line (1-based `lineNumber`) to its answer; never throws for bad input. */
export function compareLine(line: string, lineNumber: number, threshold: number): CompareAnswer {
  try {
    const pair = parsePair(line);
    const schema = field(pair, 'schema');
    // Validated as queries so an empty, oversized or unknown-schema pair gets the same message as in match.
    const [first, second] = [field(pair, 'name1'), field(pair, 'name2')].map((name) => validateMatchQuery({ schema, names: [name] }).names[0]!);
    const { score, match } = compareNames(schema, first!, second!, threshold);
    return { score, match };
  } catch (error) {
    if (error instanceof RadarError) return { error: `line ${lineNumber}: ${error.message}` };
    throw error;
  }
}

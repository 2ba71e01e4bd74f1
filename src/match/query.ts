/**
 * Checks what a user asks before anything is scored: a known schema, at least one non-empty
 * name of reasonable length, birth dates as YYYY, YYYY-MM or YYYY-MM-DD, countries as ISO
 * codes (or names the FtM model knows). Every failure is an InvalidInputError saying what,
 * which value and why.
 */
import { InvalidInputError } from '../model/errors.js';
import { countryLabels } from '../model/ftm.js';
import { MATCHABLE_SCHEMATA } from './matchable.js';
import type { MatchQuery } from './types.js';

/** Longer than any real name (the longest OFAC name is about 300 characters). */
export const MAX_NAME_LENGTH = 500;
export const MAX_NAMES = 50;

export interface RawMatchQuery {
  schema?: string;
  names?: readonly string[];
  birthDates?: readonly string[];
  countries?: readonly string[];
  identifiers?: readonly string[];
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function checkBirthDate(value: string): string {
  const date = value.trim();
  const parts = PARTIAL_DATE.exec(date);
  const [year, month, day] = [Number(parts?.[1]), parts?.[2] === undefined ? 1 : Number(parts[2]), parts?.[3] === undefined ? 1 : Number(parts[3])];
  const asDate = new Date(Date.UTC(year, month - 1, day));
  const valid = parts !== null && year >= 1800 && asDate.getUTCMonth() === month - 1 && asDate.getUTCDate() === day;
  if (!valid) throw new InvalidInputError(`birth date "${date.slice(0, 40)}" is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
  return date;
}

let countryByLabel: Map<string, string> | undefined;

/** An ISO code ("RU", "ru") or a country name the FtM model knows ("Russia") -> "ru". */
export function checkCountry(value: string): string {
  const text = value.trim().toLowerCase();
  const labels = countryLabels();
  if (labels.has(text)) return text;
  countryByLabel ??= new Map([...labels].map(([code, label]) => [label.toLowerCase(), code]));
  const code = countryByLabel.get(text);
  if (code === undefined) throw new InvalidInputError(`country "${value.slice(0, 40)}" is not an ISO 3166 code or a known country name`);
  return code;
}

function checkNames(names: readonly string[]): string[] {
  const cleaned = names.map((name) => name.replace(/\s+/g, ' ').trim()).filter((name) => name !== '');
  if (cleaned.length === 0) throw new InvalidInputError('a name is required and must not be empty');
  if (cleaned.length > MAX_NAMES) throw new InvalidInputError(`at most ${MAX_NAMES} names per query, got ${cleaned.length}`);
  for (const name of cleaned) {
    if (name.length > MAX_NAME_LENGTH) {
      throw new InvalidInputError(`name of ${name.length} characters is longer than ${MAX_NAME_LENGTH} ("${name.slice(0, 40)}...")`);
    }
    if (!/[\p{L}\p{N}]/u.test(name)) throw new InvalidInputError(`name "${name.slice(0, 40)}" has no letters or digits`);
  }
  return cleaned;
}

export function validateMatchQuery(input: RawMatchQuery): MatchQuery {
  const schema = input.schema ?? '';
  if (!(MATCHABLE_SCHEMATA as readonly string[]).includes(schema)) {
    throw new InvalidInputError(`schema "${schema.slice(0, 40)}" cannot be matched; use one of ${MATCHABLE_SCHEMATA.join(', ')}`);
  }
  return {
    schema,
    names: checkNames(input.names ?? []),
    birthDates: (input.birthDates ?? []).map(checkBirthDate),
    countries: (input.countries ?? []).map(checkCountry),
    identifiers: (input.identifiers ?? []).map((id) => id.trim()).filter((id) => id !== ''),
  };
}

export function validateThreshold(value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new InvalidInputError(`threshold must be a number from 0 to 1, got ${value}`);
  return value;
}

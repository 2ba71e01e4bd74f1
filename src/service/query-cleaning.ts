/**
 * Cleans a match query written as an FtM example (yente's `{"schema": "Person", "properties":
 * {"name": [...], "birthDate": [...], ...}}`) the way FtM property types clean values, and
 * reads the cleaned example as the matcher's MatchQuery.
 *
 * Cleaning per property type: country -> lower-case ISO 3166 alpha-2 ("Russia", "Russian
 * Federation", "Russian", "RU" -> "ru"); date -> an ISO prefix (DATE_RULE below); every other
 * type -> whitespace collapsed and the type's own check (gender, topic ... codes). Empty values
 * are dropped. Every failure is an InvalidInputError naming the query key, property and value.
 */
import { InvalidInputError, RadarError } from '../model/errors.js';
import { cleanPropertyValue, getProperty, getSchema, hasProperty, matchablePropertiesOfType } from '../model/ftm.js';
import { validateMatchQuery } from '../match/query.js';
import type { MatchQuery } from '../match/types.js';
import { nationalityCode } from '../sources/lib/countries.js';
import { parseDayMonthNameYear, parseIsoDate } from '../sources/lib/dates.js';

/** A query as a client writes it: one value or a list per property. */
export interface RawExample {
  readonly id?: string;
  readonly schema: string;
  readonly properties?: Readonly<Record<string, string | readonly string[]>>;
}

/** The query as it is matched, echoed back to the client. */
export interface CleanExample {
  readonly id?: string;
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

/** Stated in error messages so a client knows what to send. */
export const DATE_RULE = 'YYYY, YYYY-MM, YYYY-MM-DD (a time is cut off), DD.MM.YYYY, MM.YYYY or "20 Aug 1952"';

/**
 * Day first when dotted (the European and Russian convention); slashed dates are refused
 * because 04/05/1960 reads differently in the US and in Europe.
 */
function parseDottedDate(text: string): string | undefined {
  const match = /^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$/.exec(text);
  if (match === null) return undefined;
  const [day, month, year] = [match[1], match[2]!.padStart(2, '0'), match[3]];
  return parseIsoDate(day === undefined ? `${year}-${month}` : `${year}-${month}-${day.padStart(2, '0')}`);
}

export function cleanDate(text: string): string | undefined {
  return parseIsoDate(text) ?? parseDottedDate(text) ?? parseDayMonthNameYear(text);
}

function cleanValue(schema: string, prop: string, raw: string): string | null {
  const typeName = getProperty(schema, prop).type.name;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  if (typeName === 'country') {
    const code = nationalityCode(text);
    if (code === undefined) throw new InvalidInputError(`"${text.slice(0, 80)}" is not an ISO 3166 country code or a known country name`);
    return code;
  }
  if (typeName === 'date') {
    const date = cleanDate(text);
    if (date === undefined) throw new InvalidInputError(`"${text.slice(0, 80)}" is not a date; write ${DATE_RULE}`);
    return date;
  }
  return cleanPropertyValue(schema, prop, text);
}

function checkSchema(key: string, schema: string): void {
  try {
    getSchema(schema);
  } catch (error) {
    throw new InvalidInputError(`queries.${key}.schema: unknown FollowTheMoney schema "${schema.slice(0, 80)}"`, { cause: error });
  }
}

function cleanValues(key: string, schema: string, prop: string, values: string | readonly string[]): string[] {
  const cleaned: string[] = [];
  for (const value of typeof values === 'string' ? [values] : values) {
    try {
      const clean = cleanValue(schema, prop, value);
      if (clean !== null && !cleaned.includes(clean)) cleaned.push(clean);
    } catch (error) {
      if (!(error instanceof RadarError)) throw error;
      throw new InvalidInputError(`queries.${key}.properties.${prop}: ${error.message}`, { cause: error });
    }
  }
  return cleaned;
}

/** The example with every value cleaned for its property's type; `key` names the query in errors. */
export function cleanExample(key: string, example: RawExample): CleanExample {
  checkSchema(key, example.schema);
  const given = Object.entries(example.properties ?? {});
  const unknown = given.map(([prop]) => prop).filter((prop) => !hasProperty(example.schema, prop));
  if (unknown.length > 0) {
    throw new InvalidInputError(`queries.${key}.properties: schema ${example.schema} has no property ${unknown.map((p) => `"${p.slice(0, 80)}"`).join(', ')}`);
  }
  const properties: Record<string, string[]> = {};
  for (const [prop, values] of given) {
    const cleaned = cleanValues(key, example.schema, prop, values);
    if (cleaned.length > 0) properties[prop] = cleaned;
  }
  return { ...(example.id === undefined ? {} : { id: example.id }), schema: example.schema, properties };
}

/** A person's name given in parts (no `name`), read in this order as one full name. */
const NAME_PARTS = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'] as const;

function valuesOf(example: CleanExample, props: readonly string[]): string[] {
  return [...new Set(props.flatMap((prop) => example.properties[prop] ?? []))];
}

/**
 * Every name-typed value (name, alias, previousName, weakAlias ... — a client's weak alias
 * is still a name the party uses), plus the name parts joined into one full name.
 */
function namesOf(example: CleanExample): string[] {
  const names = valuesOf(example, [...getSchema(example.schema).getProperties()].filter(([, p]) => p.type.name === 'name').map(([n]) => n));
  const parts = NAME_PARTS.flatMap((prop) => example.properties[prop] ?? []);
  if (parts.length > 0) names.push(parts.join(' '));
  return names;
}

/** What the scorer compares, from a cleaned example; a query without a name is refused, naming `key`. */
export function exampleMatchQuery(key: string, example: CleanExample): MatchQuery {
  try {
    return validateMatchQuery({
      schema: example.schema,
      names: namesOf(example),
      birthDates: example.properties.birthDate ?? [],
      countries: valuesOf(example, matchablePropertiesOfType(example.schema, 'country')),
      identifiers: valuesOf(example, matchablePropertiesOfType(example.schema, 'identifier')),
    });
  } catch (error) {
    if (!(error instanceof RadarError)) throw error;
    throw new InvalidInputError(`queries.${key}: ${error.message}`, { cause: error });
  }
}

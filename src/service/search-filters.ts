/**
 * The filters of a search, checked and turned into one test of a listed target. A search
 * carries constraints — schema, countries, datasets or ids, each "any of these values" or,
 * when excluding, "none of them" — from its query parameters and from `field:value` terms of
 * its query string; every constraint must hold. `param` names where a constraint came from,
 * so a bad value is reported against the parameter the user wrote. Also: the dataset scope
 * (`default` = every dataset in the index) and "changed since a date" (a designated, amended
 * or relisted event on or after it).
 */
import { InvalidInputError, NotFoundError } from '../model/errors.js';
import { getSchema, schemaIsA } from '../model/ftm.js';
import { checkCountry } from '../match/query.js';
import type { MatchableEntity } from '../match/types.js';
import { isCalendarDate } from '../sources/lib/dates.js';
import type { Store } from '../store/store.js';

export type ConstraintField = 'schema' | 'countries' | 'datasets' | 'id';

export interface SearchConstraint {
  readonly field: ConstraintField;
  readonly values: readonly string[];
  /** True: the target must have none of the values. */
  readonly exclude: boolean;
  /** The query parameter (or `q`) the constraint was read from, for error messages. */
  readonly param: string;
}

/** The collection of every dataset, as yente names it. */
export const DEFAULT_SCOPE = 'default';

export type TargetTest = (entity: MatchableEntity) => boolean;

/** The datasets a search covers: all indexed ones for `default`, else the one named. */
export function datasetScope(scope: string, indexed: readonly string[]): readonly string[] {
  if (scope === DEFAULT_SCOPE) return indexed;
  if (indexed.includes(scope)) return [scope];
  throw new NotFoundError(`no dataset "${scope.slice(0, 60)}" is loaded; use ${[DEFAULT_SCOPE, ...indexed].join(', ')}`);
}

function checkSchemaName(param: string, name: string): string {
  try {
    return getSchema(name).name;
  } catch (error) {
    throw new InvalidInputError(`${param}: unknown schema "${name.slice(0, 60)}" (FollowTheMoney schemata such as Person, Company, Vessel)`, { cause: error });
  }
}

function checkValue(constraint: SearchConstraint, value: string, indexed: readonly string[]): string {
  const { field, param } = constraint;
  if (field === 'schema') return checkSchemaName(param, value);
  if (field === 'datasets' && !indexed.includes(value)) {
    throw new InvalidInputError(`${param}: no dataset "${value.slice(0, 60)}" is loaded (loaded: ${indexed.join(', ')})`);
  }
  if (field === 'countries') {
    try {
      return checkCountry(value);
    } catch (error) {
      throw new InvalidInputError(`${param}: ${(error as Error).message}`, { cause: error });
    }
  }
  return value;
}

/** Whether a target has one of `values` for the constraint's field. */
function hasAnyValue(entity: MatchableEntity, field: ConstraintField, values: ReadonlySet<string>): boolean {
  switch (field) {
    case 'schema':
      return [...values].some((schema) => schemaIsA(entity.schema, schema));
    case 'countries':
      return entity.countries.some((country) => values.has(country));
    case 'datasets':
      return entity.datasets.some((dataset) => values.has(dataset));
    case 'id':
      return values.has(entity.id);
  }
}

/** Checks every constraint's values (400 naming the parameter) and returns the test they make together. */
export function constraintTest(constraints: readonly SearchConstraint[], indexed: readonly string[]): TargetTest {
  const checked = constraints.map((c) => ({ ...c, set: new Set(c.values.map((v) => checkValue(c, v, indexed))) }));
  return (entity) => checked.every((c) => hasAnyValue(entity, c.field, c.set) !== c.exclude);
}

/** The ids of entities designated, amended or relisted on or after `since` (YYYY-MM-DD). */
export async function entitiesChangedSince(store: Store, since: string): Promise<ReadonlySet<string>> {
  if (!isCalendarDate(since)) throw new InvalidInputError(`changed_since: must be a date YYYY-MM-DD, got "${since.slice(0, 40)}"`);
  const events = await store.listEvents({ from: since, types: ['designated', 'amended', 'relisted'] });
  return new Set(events.map((event) => event.entityId));
}


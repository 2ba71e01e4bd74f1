/**
 * Reduces a listed FtM entity to what the matcher compares: its names (every matchable
 * property of FtM type `name`: name, alias, previousName — not weakAlias, which the model
 * marks unmatchable because lists use it for nicknames like "ABU MARIAM"), birth dates,
 * countries and identifiers. Which properties those are is read from the FtM model, not listed here.
 */
import { entityCaption, type Entity } from '../model/entity.js';
import { matchablePropertiesOfType, schemaIsA } from '../model/ftm.js';
import type { MatchableEntity } from './types.js';

/** The schemata a screening query can ask for, and which listed entities they match. */
export const MATCHABLE_SCHEMATA = ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Airplane'] as const;

function valuesOfType(entity: Entity, typeName: string): string[] {
  const values: string[] = [];
  for (const prop of matchablePropertiesOfType(entity.schema, typeName)) {
    for (const value of entity.properties[prop] ?? []) values.push(value);
  }
  return [...new Set(values)];
}

/** Whether an entity of this schema is something a screening query can be about. */
export function isMatchableSchema(schema: string): boolean {
  return MATCHABLE_SCHEMATA.some((candidate) => schemaIsA(schema, candidate));
}

/**
 * A query for `querySchema` may return entities of `entitySchema` when one is the other or
 * descends from it (a LegalEntity query finds Persons and Companies; a Company query finds
 * the LegalEntity records lists use when they cannot tell), or when both are organisations
 * (lists often cannot tell a company from a public body). A Person query never finds a Vessel.
 */
export function schemataCompatible(querySchema: string, entitySchema: string): boolean {
  if (schemaIsA(entitySchema, querySchema) || schemaIsA(querySchema, entitySchema)) return true;
  return schemaIsA(querySchema, 'Organization') && schemaIsA(entitySchema, 'Organization');
}

/** The entity as the matcher sees it, or null when it is not a matchable listed party. */
export function matchableEntity(entity: Entity, datasets: readonly string[]): MatchableEntity | null {
  if (!entity.target || !isMatchableSchema(entity.schema)) return null;
  const names = valuesOfType(entity, 'name');
  if (names.length === 0) return null;
  return {
    id: entity.id,
    schema: entity.schema,
    caption: entityCaption(entity),
    names,
    birthDates: entity.properties.birthDate ?? [],
    countries: valuesOfType(entity, 'country'),
    identifiers: valuesOfType(entity, 'identifier'),
    datasets: [...datasets].sort(),
  };
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** One party read from two datasets (OFAC keeps an ent_num across SDN and non-SDN) as one entity. */
export function mergeMatchable(a: MatchableEntity, b: MatchableEntity): MatchableEntity {
  return {
    ...a,
    names: union(a.names, b.names),
    birthDates: union(a.birthDates, b.birthDates),
    countries: union(a.countries, b.countries),
    identifiers: union(a.identifiers, b.identifiers),
    datasets: union(a.datasets, b.datasets).sort(),
  };
}

/**
 * Statements: an entity flattened to (entity, property, value) facts, the unit the store
 * keeps history for. The entity's schema and target flag travel as two pseudo-properties,
 * so a schema change or a party becoming a target has a history like any other value.
 */
import { createHash } from 'node:crypto';
import { entityFromStoredValues, type Entity } from './entity.js';
import { ModelError } from './errors.js';

export const SCHEMA_PROP = '$schema';
export const TARGET_PROP = '$target';
/**
 * A digest of the whole entity, stored like a value: comparing digests tells which entities
 * changed between two snapshots without reading every value back.
 */
export const DIGEST_PROP = '$digest';

export function entityDigest(entity: Entity): string {
  return createHash('sha1').update(JSON.stringify([entity.schema, entity.target, entity.properties])).digest('hex');
}

export interface Statement {
  readonly entityId: string;
  readonly prop: string;
  readonly value: string;
}

export function entityStatements(entity: Entity): Statement[] {
  const statements: Statement[] = [
    { entityId: entity.id, prop: SCHEMA_PROP, value: entity.schema },
    { entityId: entity.id, prop: DIGEST_PROP, value: entityDigest(entity) },
  ];
  if (entity.target) statements.push({ entityId: entity.id, prop: TARGET_PROP, value: 'true' });
  for (const [prop, values] of Object.entries(entity.properties)) {
    for (const value of values) statements.push({ entityId: entity.id, prop, value });
  }
  return statements;
}

/** How many statements entityStatements(entity) gives, without hashing or allocating them. */
export function countStatements(entity: Entity): number {
  let count = entity.target ? 3 : 2;
  for (const values of Object.values(entity.properties)) count += values.length;
  return count;
}

/** A string that identifies a statement within one dataset (used as a map key). */
export function statementKey(statement: Statement): string {
  return `${statement.entityId}\u001f${statement.prop}\u001f${statement.value}`;
}

/** Rebuilds entities from their statements; an entity without a $schema statement is an error. */
export function entitiesFromStatements(statements: Iterable<Statement>): Map<string, Entity> {
  const grouped = new Map<string, { schema?: string; target: boolean; properties: Record<string, string[]> }>();
  for (const s of statements) {
    let entry = grouped.get(s.entityId);
    if (entry === undefined) grouped.set(s.entityId, (entry = { target: false, properties: {} }));
    if (s.prop === SCHEMA_PROP) entry.schema = s.value;
    else if (s.prop === TARGET_PROP) entry.target = true;
    else if (s.prop === DIGEST_PROP) continue;
    else (entry.properties[s.prop] ??= []).push(s.value);
  }
  const entities = new Map<string, Entity>();
  for (const [id, entry] of grouped) {
    if (entry.schema === undefined) throw new ModelError(`entity ${id} has statements but no schema`, SCHEMA_PROP);
    entities.set(id, entityFromStoredValues({ id, schema: entry.schema, properties: entry.properties, target: entry.target }));
  }
  return entities;
}

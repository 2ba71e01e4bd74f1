/**
 * Reading entity properties whose values may be strings or nested entities (nested=true).
 */
import type { Entity, PropertyValue } from './api.js';

export function isEntity(value: PropertyValue): value is Entity {
  return typeof value === 'object' && value !== null;
}

/** The string values of a property (nested entities left out). */
export function texts(entity: Entity, prop: string): string[] {
  return (entity.properties[prop] ?? []).filter((v): v is string => typeof v === 'string');
}

/** The nested entities found in any property, with the property that holds them. */
export function nestedEntities(entity: Entity): { prop: string; entity: Entity }[] {
  return Object.entries(entity.properties).flatMap(([prop, values]) => values.filter(isEntity).map((nested) => ({ prop, entity: nested })));
}

/** Programmes of a listed party: its own `program` values and those of its nested Sanctions. */
export function programmes(entity: Entity): string[] {
  const fromSanctions = nestedEntities(entity)
    .filter((n) => n.entity.schema === 'Sanction')
    .flatMap((n) => texts(n.entity, 'program'));
  return [...new Set([...texts(entity, 'program'), ...fromSanctions])].sort();
}

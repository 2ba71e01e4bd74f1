/**
 * Values a snapshot does not state are kept from the previous snapshot. When an optional
 * part of a source is missing (an OFAC folder without alt.csv or add.csv), its parser names
 * the properties it cannot state; each listed entity keeps its previous values for them,
 * together with the entities those values reference (the Address entities behind
 * addressEntity). Values the snapshot does state are added to them.
 */
import { entityFromStoredValues, type Entity } from '../model/entity.js';
import { getProperty, hasProperty } from '../model/ftm.js';
import { entitiesFromStatements } from '../model/statement.js';
import { spanCovers } from '../history/spans.js';
import type { DatasetTransaction } from '../store/store.js';

export async function keepUnstatedValues(
  tx: DatasetTransaction,
  previousDate: string,
  entities: ReadonlyMap<string, Entity>,
  props: readonly string[],
): Promise<Map<string, Entity>> {
  const previousValues = new Map<string, Map<string, string[]>>();
  for (const s of await tx.statementsAt(previousDate, props)) {
    const byProp = previousValues.get(s.entityId) ?? new Map<string, string[]>();
    byProp.set(s.prop, [...(byProp.get(s.prop) ?? []), s.value]);
    previousValues.set(s.entityId, byProp);
  }
  const result = new Map(entities);
  const referenced = new Set<string>();
  for (const [id, byProp] of previousValues) {
    const entity = entities.get(id);
    if (entity === undefined) continue;
    const properties: Record<string, string[]> = Object.fromEntries(Object.entries(entity.properties).map(([p, v]) => [p, [...v]]));
    for (const [prop, values] of byProp) {
      if (!hasProperty(entity.schema, prop)) continue;
      (properties[prop] ??= []).push(...values);
      if (getProperty(entity.schema, prop).type.isEntity) for (const value of values) referenced.add(value);
    }
    result.set(id, entityFromStoredValues({ id, schema: entity.schema, properties, target: entity.target }));
  }
  const missing = [...referenced].filter((id) => !result.has(id));
  const kept = (await tx.statementsOfEntities(missing)).filter((s) => s.spans.some((span) => spanCovers(span, previousDate)));
  for (const [id, entity] of entitiesFromStatements(kept)) result.set(id, entity);
  return result;
}

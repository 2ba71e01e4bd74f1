/**
 * Builds the full entity set of a new snapshot from what a parser yields: a full list as
 * is, a delta feed applied to the previous snapshot. Entities yielded twice under one id
 * are merged (FtM exports may split an entity into fragments); a schema clash is an error.
 */
import { entityFromData, type Entity } from '../model/entity.js';
import { InvalidInputError, ModelError } from '../model/errors.js';
import type { SourceItem } from '../sources/types.js';

export interface ParsedSnapshot {
  readonly isDelta: boolean;
  readonly entities: Map<string, Entity>;
  readonly deletions: Set<string>;
}

export async function collectItems(items: AsyncIterable<SourceItem>): Promise<ParsedSnapshot> {
  const entities = new Map<string, Entity>();
  const deletions = new Set<string>();
  let isDelta = false;
  for await (const item of items) {
    if (item.kind === 'delete') {
      isDelta = true;
      deletions.add(item.entityId);
      entities.delete(item.entityId);
      continue;
    }
    if (item.kind === 'upsert') {
      isDelta = true;
      deletions.delete(item.entity.id);
      entities.set(item.entity.id, item.entity);
      continue;
    }
    const known = entities.get(item.entity.id);
    entities.set(item.entity.id, known === undefined ? item.entity : mergeFragments(known, item.entity));
  }
  return { isDelta, entities, deletions };
}

function mergeFragments(a: Entity, b: Entity): Entity {
  if (a.schema !== b.schema) {
    throw new ModelError(`entity ${a.id} appears twice with different schemata (${a.schema}, ${b.schema})`, '$schema');
  }
  const properties: Record<string, string[]> = {};
  for (const source of [a, b]) {
    for (const [prop, values] of Object.entries(source.properties)) (properties[prop] ??= []).push(...values);
  }
  return entityFromData({ id: a.id, schema: a.schema, properties, target: a.target || b.target });
}

/** The entities of the new snapshot: a delta's upserts and deletions applied to the previous state. */
export function resolveSnapshotEntities(
  parsed: ParsedSnapshot,
  previous: ReadonlyMap<string, Entity> | undefined,
  dataset: string,
): Map<string, Entity> {
  if (!parsed.isDelta) return parsed.entities;
  if (previous === undefined) {
    throw new InvalidInputError(`a delta file changes an earlier snapshot, but dataset ${dataset} has none before this date; load the full list first`);
  }
  const result = new Map(previous);
  for (const id of parsed.deletions) result.delete(id);
  for (const [id, entity] of parsed.entities) result.set(id, entity);
  return result;
}

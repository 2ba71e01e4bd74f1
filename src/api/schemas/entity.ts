/**
 * The entity as yente returns it, shared by /search, /match, /entities and the UI:
 * `{id, caption, schema, properties, datasets, referents, target, first_seen, last_seen,
 * last_change}`, plus our `listed` (in the latest snapshot of one of its datasets). Property
 * values are strings, or nested entities when `/entities/{id}` is asked for its relations.
 */
import { z } from '@hono/zod-openapi';
import type { EntityView } from '../../service/entities.js';
import type { NestedValue, RelatedEntityView } from '../../service/entity-relations.js';

export const EntitySchema = z
  .object({
    id: z.string(),
    caption: z.string(),
    schema: z.string(),
    properties: z.record(z.string(), z.array(z.unknown())),
    datasets: z.array(z.string()),
    // One party known under other ids (cross-list resolution); none are merged yet.
    referents: z.array(z.string()),
    target: z.boolean(),
    first_seen: z.string(),
    last_seen: z.string(),
    last_change: z.string(),
    listed: z.boolean(),
  })
  .openapi('Entity');

export type EntityResponse = z.infer<typeof EntitySchema>;

/** Property values as JSON: strings as they are, nested entities in this same shape. */
function propertiesResponse(properties: RelatedEntityView['properties']): Record<string, unknown[]> {
  const response: Record<string, unknown[]> = {};
  for (const [prop, values] of Object.entries(properties)) {
    response[prop] = values.map((value: NestedValue) => (typeof value === 'string' ? value : entityResponse(value)));
  }
  return response;
}

export function entityResponse(view: EntityView | RelatedEntityView): EntityResponse {
  return {
    id: view.id,
    caption: view.caption,
    schema: view.schema,
    properties: propertiesResponse(view.properties),
    datasets: [...view.datasets],
    referents: [],
    target: view.target,
    first_seen: view.first_seen,
    last_seen: view.last_seen,
    last_change: view.last_change,
    listed: view.listed,
  };
}

/**
 * An entity with its relations nested, as yente's `/entities/{id}?nested=true` serves it. The
 * entity's own entity-typed properties (addressEntity, a Sanction's entity ...) carry the
 * entities they name instead of their ids; the entities that name it (its Sanctions,
 * Passports, UnknownLinks, Ownerships, Family links ...) appear under the FtM model's reverse
 * property of the one naming it (Sanction.entity -> `sanctions`, Passport.holder ->
 * `passport`, UnknownLink.subject -> `unknownLinkSubject`). Those nest one level further, so
 * a link shows the entity at its other end; an id already on the path from the root (the
 * link's reference back to it) stays a plain id, so there are no cycles.
 *
 * Every related entity is read as the root is: as of the date asked for, else as it stands
 * now; for an entity still listed, relations that ended before now are left out.
 */
import { NotFoundError } from '../model/errors.js';
import { entityReferenceProperties, getProperty } from '../model/ftm.js';
import type { Store } from '../store/store.js';
import { entityAsOf, type EntityView } from './entities.js';

export type NestedValue = string | RelatedEntityView;

export interface RelatedEntityView extends Omit<EntityView, 'properties'> {
  readonly properties: Readonly<Record<string, readonly NestedValue[]>>;
}

interface Reading {
  readonly store: Store;
  readonly asOf?: string;
  readonly rootListed: boolean;
  /** Each entity is read once per request, however many times it is named. */
  readonly views: Map<string, Promise<EntityView | null>>;
}

async function readView(reading: Reading, id: string): Promise<EntityView | null> {
  try {
    const view = await entityAsOf(reading.store, id, reading.asOf);
    return reading.asOf === undefined && reading.rootListed && !view.listed ? null : view;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

function relatedView(reading: Reading, id: string): Promise<EntityView | null> {
  let view = reading.views.get(id);
  if (view === undefined) {
    view = readView(reading, id);
    reading.views.set(id, view);
  }
  return view;
}

/** The view's properties with each entity id it names (and not on `path`) replaced by that entity. */
async function withNamedEntities(reading: Reading, view: EntityView, path: ReadonlySet<string>): Promise<Record<string, NestedValue[]>> {
  const references = new Set(entityReferenceProperties(view.schema));
  const properties: Record<string, NestedValue[]> = {};
  for (const [prop, values] of Object.entries(view.properties)) {
    const nested: NestedValue[] = [];
    for (const value of values) {
      const named = references.has(prop) && !path.has(value) ? await relatedView(reading, value) : null;
      nested.push(named ?? value);
    }
    properties[prop] = nested;
  }
  return properties;
}

/** The reverse property (on the named entity) of `schema`'s entity-typed `prop`, if the model has one. */
function reverseName(schema: string, prop: string): string | undefined {
  const property = getProperty(schema, prop);
  return property.hasReverse ? property.getReverse().name : undefined;
}

/** Reverse property -> the entities naming `root` through it, each with its own named entities nested. */
async function namingEntities(reading: Reading, root: EntityView): Promise<Map<string, RelatedEntityView[]>> {
  const ids = new Set((await reading.store.statementsReferencing(root.id)).map((s) => s.entityId));
  ids.delete(root.id);
  const byReverse = new Map<string, RelatedEntityView[]>();
  for (const id of ids) {
    const view = await relatedView(reading, id);
    if (view === null) continue;
    const naming = entityReferenceProperties(view.schema).filter((prop) => view.properties[prop]?.includes(root.id));
    if (naming.length === 0) continue;
    const nested = { ...view, properties: await withNamedEntities(reading, view, new Set([root.id, id])) };
    for (const prop of naming) {
      const reverse = reverseName(view.schema, prop);
      if (reverse !== undefined) byReverse.set(reverse, [...(byReverse.get(reverse) ?? []), nested]);
    }
  }
  return byReverse;
}

/** The entity as of `asOf` (default: now) with the entities it names and the entities naming it nested. */
export async function entityWithRelations(store: Store, entityId: string, asOf?: string): Promise<RelatedEntityView> {
  const root = await entityAsOf(store, entityId, asOf);
  const reading: Reading = { store, asOf, rootListed: root.listed, views: new Map() };
  const properties = await withNamedEntities(reading, root, new Set([root.id]));
  for (const [reverse, related] of await namingEntities(reading, root)) properties[reverse] = [...(properties[reverse] ?? []), ...related];
  const sorted = Object.fromEntries(Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...root, properties: sorted };
}

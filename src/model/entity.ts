/**
 * The FollowTheMoney entity as the project passes it around: an id, a schema, property
 * values (always arrays of strings) and whether the entity is a sanctions target (the party
 * listed, as opposed to a Sanction, Address or Identification describing it).
 */
import { ModelError } from './errors.js';
import { captionProperties, cleanPropertyValue, getSchema } from './ftm.js';

export interface Entity {
  readonly id: string;
  readonly schema: string;
  /** Property name -> values, names sorted, values de-duplicated and sorted. */
  readonly properties: Readonly<Record<string, readonly string[]>>;
  readonly target: boolean;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export function assertEntityId(id: string): void {
  if (!ID_PATTERN.test(id)) throw new ModelError(`invalid entity id "${id.slice(0, 80)}"`, 'id');
}

/**
 * Builds an entity while validating every value against the FtM model, so a parser cannot
 * emit a property the model does not have or a value its type rejects.
 */
export class EntityBuilder {
  readonly id: string;
  readonly schema: string;
  private readonly values = new Map<string, Set<string>>();
  private isTarget: boolean;

  constructor(schema: string, id: string, options: { target?: boolean } = {}) {
    getSchema(schema);
    assertEntityId(id);
    this.schema = schema;
    this.id = id;
    this.isTarget = options.target ?? false;
  }

  /** Adds values; null, undefined and blank values are ignored. */
  add(prop: string, value: string | null | undefined | readonly (string | null | undefined)[]): this {
    const values = Array.isArray(value) ? value : [value];
    for (const raw of values) {
      if (raw === null || raw === undefined) continue;
      const clean = cleanPropertyValue(this.schema, prop, raw);
      if (clean === null) continue;
      let set = this.values.get(prop);
      if (set === undefined) this.values.set(prop, (set = new Set()));
      set.add(clean);
    }
    return this;
  }

  has(prop: string): boolean {
    return this.values.has(prop);
  }

  first(prop: string): string | undefined {
    const set = this.values.get(prop);
    return set === undefined ? undefined : set.values().next().value;
  }

  markTarget(): this {
    this.isTarget = true;
    return this;
  }

  build(): Entity {
    const properties: Record<string, string[]> = {};
    for (const prop of [...this.values.keys()].sort()) {
      properties[prop] = [...this.values.get(prop)!].sort();
    }
    return { id: this.id, schema: this.schema, properties, target: this.isTarget };
  }
}

/** Builds an entity from plain data (FtM JSON, store rows), validating every value. */
export function entityFromData(data: {
  id: string;
  schema: string;
  properties: Readonly<Record<string, readonly string[]>>;
  target?: boolean;
}): Entity {
  const builder = new EntityBuilder(data.schema, data.id, { target: data.target ?? false });
  for (const [prop, values] of Object.entries(data.properties)) builder.add(prop, values);
  return builder.build();
}

/**
 * Assembles an entity from values that were validated when they entered the store; only
 * canonical ordering is applied. Reading a whole list back must not re-validate 300,000 values.
 */
export function entityFromStoredValues(data: {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  target: boolean;
}): Entity {
  const properties: Record<string, string[]> = {};
  for (const prop of Object.keys(data.properties).sort()) properties[prop] = [...new Set(data.properties[prop])].sort();
  return { id: data.id, schema: data.schema, properties, target: data.target };
}

/** Same schema, target flag and values (entities are kept in canonical order, so order is compared too). */
export function sameEntity(a: Entity, b: Entity): boolean {
  if (a === b) return true;
  if (a.schema !== b.schema || a.target !== b.target) return false;
  const props = Object.keys(a.properties);
  if (props.length !== Object.keys(b.properties).length) return false;
  return props.every((prop) => {
    const [x, y] = [a.properties[prop]!, b.properties[prop]];
    return y !== undefined && x.length === y.length && x.every((value, i) => value === y[i]);
  });
}

/** The display label: the first caption property (per the schema) that has a value. */
export function entityCaption(entity: Pick<Entity, 'schema' | 'properties' | 'id'>): string {
  for (const prop of captionProperties(entity.schema)) {
    const values = entity.properties[prop];
    if (values !== undefined && values.length > 0) return values[0]!;
  }
  return entity.id;
}

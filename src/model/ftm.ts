/**
 * The FollowTheMoney model, taken as data from @alephdata/followthemoney (never retyped here).
 * Answers the questions the rest of the project asks of it: does this schema exist, does it
 * have this property, what type is it, and is a value acceptable for that type.
 */
import ftm from '@alephdata/followthemoney';
import { ModelError } from './errors.js';

const model = new ftm.Model(ftm.defaultModel);

export type FtmSchema = InstanceType<typeof ftm.Schema>;
export type FtmProperty = InstanceType<typeof ftm.Property>;

export function getSchema(name: string): FtmSchema {
  const schema = model.schemata[name];
  if (schema === undefined) throw new ModelError(`unknown FollowTheMoney schema "${name}"`, '$schema');
  return schema;
}

// The library rebuilds a schema's property map on every call; parsers ask millions of times.
const propertiesBySchema = new Map<string, Map<string, FtmProperty>>();

function propertiesOf(schemaName: string): Map<string, FtmProperty> {
  let properties = propertiesBySchema.get(schemaName);
  if (properties === undefined) {
    properties = getSchema(schemaName).getProperties();
    propertiesBySchema.set(schemaName, properties);
  }
  return properties;
}

export function getProperty(schemaName: string, propName: string): FtmProperty {
  const prop = propertiesOf(schemaName).get(propName);
  if (prop === undefined) {
    throw new ModelError(`schema ${schemaName} has no property "${propName}"`, propName);
  }
  return prop;
}

export function hasProperty(schemaName: string, propName: string): boolean {
  return propertiesOf(schemaName).has(propName);
}

const referencePropertiesBySchema = new Map<string, readonly string[]>();

/** Names of this schema's properties whose values are references to other entities. */
export function entityReferenceProperties(schemaName: string): readonly string[] {
  let names = referencePropertiesBySchema.get(schemaName);
  if (names === undefined) {
    names = [...propertiesOf(schemaName)].filter(([, prop]) => prop.type.isEntity).map(([name]) => name);
    referencePropertiesBySchema.set(schemaName, names);
  }
  return names;
}

export function captionProperties(schemaName: string): readonly string[] {
  return getSchema(schemaName).caption;
}

/** Country codes and labels as published in the model (e.g. "ru" -> "Russia"). */
export function countryLabels(): ReadonlyMap<string, string> {
  return model.getType('country').values;
}

// ISO 8601 with the precision prefixes FtM allows: 2021, 2021-02, 2021-02-16, 2021-02-16T21:48:52.
const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
// Types whose text is prose: whitespace inside is meaningful and kept.
const PROSE_TYPES = new Set(['text', 'html', 'json']);

/**
 * Cleans one value for a property and checks it against the property's type. Returns null
 * for values that are empty after cleaning; throws ModelError for values the type rejects.
 */
export function cleanPropertyValue(schemaName: string, propName: string, raw: string): string | null {
  const prop = getProperty(schemaName, propName);
  const typeName = prop.type.name;
  const value = PROSE_TYPES.has(typeName) ? raw.trim() : raw.replace(/\s+/g, ' ').trim();
  if (value === '') return null;
  const fail = (why: string): never => {
    throw new ModelError(`${schemaName}:${propName}: ${why} (value "${value.slice(0, 80)}")`, propName);
  };
  // PostgreSQL text cannot hold NUL; no list has a reason to contain one.
  if (value.includes('\u0000')) fail('contains a NUL character');
  switch (typeName) {
    case 'date':
      if (!DATE_PATTERN.test(value)) fail('not an ISO 8601 date');
      break;
    case 'country':
    case 'gender':
    case 'topic':
    case 'language':
      if (!prop.type.values.has(value)) fail(`not a known ${typeName} code`);
      break;
  }
  return value;
}

/** Whether `schemaName` is `other` or one of its descendants (Company is an Organization). */
export function schemaIsA(schemaName: string, other: string): boolean {
  return getSchema(schemaName).isA(other);
}

const matchablePropertiesCache = new Map<string, readonly string[]>();

/**
 * The schema's properties of one FtM type that the model marks as useful for matching
 * (e.g. identifiers without `programId`, which names a sanctions programme, not the party).
 */
export function matchablePropertiesOfType(schemaName: string, typeName: string): readonly string[] {
  const key = `${schemaName}\u001f${typeName}`;
  let names = matchablePropertiesCache.get(key);
  if (names === undefined) {
    names = [...propertiesOf(schemaName)]
      .filter(([, prop]) => prop.type.name === typeName && (prop as { matchable?: boolean }).matchable !== false)
      .map(([name]) => name)
      .sort();
    matchablePropertiesCache.set(key, names);
  }
  return names;
}

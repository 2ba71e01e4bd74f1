/**
 * FollowTheMoney JSON lines, one JSON value per line, read as a stream.
 *
 * Line spec (OpenSanctions exports): an entity `{"id", "schema", "properties": {prop:
 * [string, ...]}, "target"?, ...}` or a delta operation `{"op": "ADD"|"MOD"|"DEL",
 * "entity": {...}}` (DEL carries only the id). `caption`, `datasets`, `referents`,
 * `first_seen`, `last_seen` and `last_change` are derived by the exporter or are not FtM
 * properties (`referents` lists other datasets' ids for the same party), so they are not read.
 */
import { entityFromData, assertEntityId, type Entity } from '../../model/entity.js';
import { ModelError } from '../../model/errors.js';
import type { SourceItem } from '../types.js';
import { sourceError, type RecordLocation } from './record-location.js';
import { readTextChunks } from './text-decoding.js';

export const FTM_FORMAT = 'ftm';

export interface TextLine {
  /** 1-based line number. */
  readonly line: number;
  readonly text: string;
}

/** The lines of a UTF-8 file, streamed; CR of CRLF removed; a last line without newline included. */
export async function* readTextLines(file: string, format: string): AsyncGenerator<TextLine> {
  let pending = '';
  let line = 0;
  for await (const chunk of readTextChunks(file, { format, encoding: 'utf-8' })) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      yield { line: ++line, text: pending.slice(start, end).replace(/\r$/, '') };
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  if (pending !== '') yield { line: ++line, text: pending.replace(/\r$/, '') };
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseJsonObject(line: TextLine, at: RecordLocation): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    throw sourceError(at, `not valid JSON (${(error as Error).message}); a truncated or damaged line?`, undefined, error);
  }
  if (!isObject(value)) throw sourceError(at, 'expected a JSON object on each line');
  return value;
}

/** Whether a line is a delta operation (has "op") rather than an entity. */
export const isDeltaOperation = (value: JsonObject): boolean => 'op' in value;

function stringField(data: JsonObject, name: string, at: RecordLocation): string {
  const value = data[name];
  if (typeof value !== 'string' || value === '') throw sourceError(at, `"${name}" must be a non-empty string`, name);
  return value;
}

function propertyValues(data: JsonObject, at: RecordLocation): Record<string, string[]> {
  const properties = data.properties ?? {};
  if (!isObject(properties)) throw sourceError(at, '"properties" must be an object of value lists', 'properties');
  for (const [prop, values] of Object.entries(properties)) {
    if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) {
      throw sourceError(at, `property values must be a list of strings`, prop);
    }
  }
  return properties as Record<string, string[]>;
}

/** An entity object -> Entity, every value checked against the model. */
export function entityFromJson(data: unknown, at: RecordLocation): Entity {
  if (!isObject(data)) throw sourceError(at, 'expected an entity object', 'entity');
  const id = stringField(data, 'id', at);
  const located = { ...at, record: id };
  const schema = stringField(data, 'schema', located);
  const target = data.target ?? false;
  if (typeof target !== 'boolean') throw sourceError(located, '"target" must be true or false', 'target');
  const properties = propertyValues(data, located);
  try {
    return entityFromData({ id, schema, properties, target });
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    throw sourceError(located, error.message, error.field === '$schema' ? 'schema' : error.field, error);
  }
}

const OPERATIONS = new Set(['ADD', 'MOD', 'DEL']);

/** A delta line: ADD and MOD upsert the whole entity, DEL removes it by id. */
export function deltaItem(data: JsonObject, at: RecordLocation): SourceItem {
  const op = data.op;
  if (typeof op !== 'string' || !OPERATIONS.has(op)) throw sourceError(at, `"op" must be ADD, MOD or DEL, found ${JSON.stringify(op)}`, 'op');
  if (op !== 'DEL') return { kind: 'upsert', entity: entityFromJson(data.entity, at) };
  const entity = data.entity;
  const id = isObject(entity) ? entity.id : undefined;
  if (typeof id !== 'string') throw sourceError(at, 'a DEL operation needs "entity": {"id": ...}', 'id');
  try {
    assertEntityId(id);
  } catch (error) {
    throw sourceError({ ...at, record: id }, (error as Error).message, 'id', error);
  }
  return { kind: 'delete', entityId: id };
}

/**
 * What the parser tests share: running a parser over a real file, picking entities out of
 * its output, copies of real files edited in a temp dir, and the check that a bad input is
 * refused with a SourceFormatError that names the file.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { SourceFormatError } from '../../src/model/errors.js';
import type { SourceItem, SourceParser } from '../../src/sources/types.js';
import { makeTempDir } from './temp.js';

/** Every item the parser yields for `path`, or the first `limit` of them. */
export async function collectItems(parser: SourceParser, path: string, limit = Infinity): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of parser.parse(path)) {
    items.push(item);
    if (items.length >= limit) break;
  }
  return items;
}

/** The entities of a full list: every item the parser yields must be an `entity` item. */
export async function entitiesOf(parser: SourceParser, path: string): Promise<Entity[]> {
  const entities: Entity[] = [];
  for await (const item of parser.parse(path)) {
    assert.equal(item.kind, 'entity', `${parser.format} yields only entity items for a full list`);
    if (item.kind === 'entity') entities.push(item.entity);
  }
  return entities;
}

/** The entities of entity and upsert items (a delta's deletes carry none). */
export const itemEntities = (items: readonly SourceItem[]): Entity[] => items.flatMap((item) => (item.kind === 'delete' ? [] : [item.entity]));

/** The entity with this id; fails the test when there is none. */
export function entityById(entities: Iterable<Entity>, id: string): Entity {
  for (const entity of entities) if (entity.id === id) return entity;
  assert.fail(`missing entity ${id}`);
}

/** A listed party and the entities derived from it (their ids start with the party's id). */
export const partsOf = (entities: readonly Entity[], id: string): Entity[] => entities.filter((e) => e.id === id || e.id.startsWith(`${id}-`));

/** The Sanction entities of a listed party. */
export const sanctionsOf = (entities: Iterable<Entity>, id: string): Entity[] =>
  [...entities].filter((e) => e.schema === 'Sanction' && e.properties.entity?.[0] === id);

export function countBy<T>(values: Iterable<T>, key: (value: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[key(value)] = (counts[key(value)] ?? 0) + 1;
  return counts;
}

export const schemaCounts = (entities: Iterable<Entity>): Record<string, number> => countBy(entities, (e) => e.schema);

export interface TempCopies {
  readonly dir: string;
  /** Writes `content` (a string in the given encoding) as `name` in the temp dir; returns its path. */
  write(name: string, content: string | Buffer): string;
}

/** A temp dir for edited copies of real files; `encoding` is how string content is written. */
export function tempCopies(prefix: string, encoding: BufferEncoding = 'utf8'): TempCopies {
  const dir = makeTempDir(prefix);
  return {
    dir,
    write(name, content) {
      const file = join(dir, name);
      writeFileSync(file, typeof content === 'string' ? Buffer.from(content, encoding) : content);
      return file;
    },
  };
}

/** Awaits `run`, which must fail with a SourceFormatError whose message matches `pattern` and names `file`. */
export async function assertSourceError(run: () => Promise<unknown>, pattern: RegExp, file: string): Promise<SourceFormatError> {
  const error = await run().then(
    () => assert.fail(`${file} was accepted`),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof SourceFormatError, `expected SourceFormatError, got ${String(error)}`);
  assert.match(error.message, pattern);
  assert.ok(error.message.includes(file), `message names the file: ${error.message}`);
  return error;
}

/** Parses `path` to the end, which must be refused as assertSourceError checks (naming `file`, by default `path`). */
export function assertRefused(parser: SourceParser, path: string, pattern: RegExp, file = path): Promise<SourceFormatError> {
  return assertSourceError(() => collectItems(parser, path), pattern, file);
}

/** The first line of /etc/passwd: what an expanded external entity would leak. */
export const PASSWD_LINE = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;

/**
 * The parser surfaces the XML reader's refusal of a DOCTYPE (lib/xml.test.ts tests the
 * hostile documents in depth): `text` with a DOCTYPE declaring an external entity put
 * before its root element `<root>` is refused naming the file and the DOCTYPE's line.
 */
export async function assertDoctypeRefused(parser: SourceParser, copies: TempCopies, text: string, root: string): Promise<void> {
  const at = text.search(new RegExp(`<${root}[\\s>]`));
  assert.ok(at >= 0, `no <${root}> in the document`);
  const doctype = `<!DOCTYPE ${root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n`;
  const file = copies.write('doctype.xml', `${text.slice(0, at)}${doctype}${text.slice(at)}`);
  const line = text.slice(0, at).split('\n').length;
  const error = await assertRefused(parser, file, new RegExp(`line ${line}: document type declarations \\(DTDs\\) are not allowed`));
  assert.ok(!error.message.includes(PASSWD_LINE), 'no /etc/passwd content in the message');
}

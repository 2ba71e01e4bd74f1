/**
 * Reading a customer file for screening — a file on disk or bytes received (an upload): CSV
 * with a header line (UTF-8, optional BOM, any
 * column order, header names case-insensitive). Columns read: `name` (required in the header
 * and on every row), and optional `schema` (default LegalEntity, the FtM schema covering both
 * people and companies, so an unmarked row is compared with both), `birth_date`, `country`
 * and `id` (echoed in the hits). Other columns are ignored. Every row becomes a validated
 * match query; a bad row is an InvalidInputError naming the file, line, column and reason.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { InvalidInputError, RadarError } from '../model/errors.js';
import { validateMatchQuery } from '../match/query.js';
import type { MatchQuery } from '../match/types.js';

export const DEFAULT_ROW_SCHEMA = 'LegalEntity';

const COLUMNS = ['name', 'schema', 'birth_date', 'country', 'id'] as const;
type Column = (typeof COLUMNS)[number];

export interface CustomerRow {
  /** 1-based, not counting the header. */
  readonly row: number;
  /** The `id` column, or null when there is none or it is blank. */
  readonly id: string | null;
  readonly query: MatchQuery;
}

export interface ReadProgress {
  readonly bytes: number;
}

/** Where customer rows are read from; `name` is what error messages call it. */
export interface CustomerSource {
  readonly name: string;
  open(): Readable;
}

export const customerFile = (path: string): CustomerSource => ({ name: path, open: () => createReadStream(path) });

export const customerBytes = (name: string, bytes: Uint8Array): CustomerSource => ({ name, open: () => Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)], { objectMode: false }) });

function columnPositions(header: readonly string[], file: string): Map<Column, number> {
  const positions = new Map<Column, number>();
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase() as Column;
    if (COLUMNS.includes(name) && !positions.has(name)) positions.set(name, index);
  });
  if (!positions.has('name')) {
    const found = header.map((h) => `"${h.slice(0, 40)}"`).join(', ') || 'none';
    throw new InvalidInputError(`${file}: line 1: no "name" column in the header (columns: ${found})`);
  }
  return positions;
}

function customerRow(record: readonly string[], positions: Map<Column, number>, row: number, where: string): CustomerRow {
  const cell = (column: Column): string => {
    const index = positions.get(column);
    return index === undefined ? '' : (record[index] ?? '').trim();
  };
  if (cell('name') === '') throw new InvalidInputError(`${where}: column name is empty`);
  const [schema, birthDate, country, id] = [cell('schema'), cell('birth_date'), cell('country'), cell('id')];
  try {
    const query = validateMatchQuery({
      schema: schema || DEFAULT_ROW_SCHEMA,
      names: [cell('name')],
      birthDates: birthDate ? [birthDate] : [],
      countries: country ? [country] : [],
    });
    return { row, id: id || null, query };
  } catch (error) {
    if (error instanceof RadarError) throw new InvalidInputError(`${where}: ${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * The file's rows as match queries, streamed. `onProgress` receives the bytes parsed so far.
 * Throws on the first bad row; a file that cannot be read or parsed is an InvalidInputError too.
 */
export async function* readCustomerRows(source: CustomerSource, onProgress?: (progress: ReadProgress) => void): AsyncGenerator<CustomerRow> {
  const file = source.name;
  const input = source.open();
  const parser = input.pipe(parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true }));
  // pipe() does not pass on the file's own errors (a missing file): the parser must end with them.
  input.on('error', (error) => parser.destroy(error));
  let positions: Map<Column, number> | undefined;
  let row = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      if (positions === undefined) {
        positions = columnPositions(record, file);
        continue;
      }
      row += 1;
      yield customerRow(record, positions, row, `${file}: line ${info.lines} (row ${row})`);
      onProgress?.({ bytes: info.bytes });
    }
  } catch (error) {
    throw readFailure(error, file);
  } finally {
    input.destroy();
    parser.destroy();
  }
  if (positions === undefined) throw new InvalidInputError(`${file}: the file is empty; expected a header line with a "name" column`);
}

/** Every row, validated and held: for bytes already in memory (an upload), read once. */
export async function readAllCustomerRows(source: CustomerSource): Promise<CustomerRow[]> {
  const rows: CustomerRow[] = [];
  for await (const row of readCustomerRows(source)) rows.push(row);
  return rows;
}

function readFailure(error: unknown, file: string): unknown {
  if (error instanceof RadarError) return error;
  if (error instanceof CsvError) return new InvalidInputError(`${file}: line ${(error as CsvError & { lines?: number }).lines ?? '?'}: not valid CSV: ${error.message}`, { cause: error });
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return new InvalidInputError(`${file}: cannot read the customer file (${code})`, { cause: error });
  return error;
}

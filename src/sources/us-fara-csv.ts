/**
 * US DOJ FARA bulk data (Foreign Agents Registration Act), CSV form.
 *
 * Input spec: a folder holding FARA_All_Registrants.csv and FARA_All_ForeignPrincipals.csv,
 * UTF-8 as the scraped copies are, or DOJ's original single-byte text (told apart as for the
 * UK list, lib/gb-encoding.ts), CRLF or LF, a header row then one row per registration
 * (registrants) or per principal of a registration (principals); column names with `_` or
 * spaces between words (the scraped copies rewrite spaces as `_`). Dates MM/DD/YYYY, an empty
 * termination date means active. The files are cumulative, every registration since 1942.
 * Yields a LegalEntity per registrant and per principal and a Representation per principal
 * row (lib/fara-entities.ts); nothing here is a sanctions target.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceFormatError } from '../model/errors.js';
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { headerIndex, type CsvRow } from './lib/csv.js';
import { readTextChunks } from './lib/text-decoding.js';
import { detectUkListEncoding } from './lib/gb-encoding.js';
import { FARA_FORMAT, PRINCIPAL_COLUMNS, principalEntities, REGISTRANT_COLUMNS, registrantEntity, type FaraRow } from './lib/fara-entities.js';
import type { SourceItem, SourceParser } from './types.js';

const REGISTRANTS = 'FARA_All_Registrants.csv';
const PRINCIPALS = 'FARA_All_ForeignPrincipals.csv';
/** The scraped copies have a handful of split rows (8 of 15,897 principals on 2019-06-25). */
const MAX_SPLIT_SHARE = 0.01;

async function inputFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new SourceFormatError(FARA_FORMAT, { file: path }, 'folder not found');
  if (!info.isDirectory()) throw new SourceFormatError(FARA_FORMAT, { file: path }, `expected a folder holding ${REGISTRANTS} and ${PRINCIPALS}, found a file`);
  const files = [join(path, PRINCIPALS), join(path, REGISTRANTS)];
  for (const file of files) {
    const found = await stat(file).catch(() => undefined);
    if (found?.isFile() !== true) throw new SourceFormatError(FARA_FORMAT, { file }, 'file not found; a FARA snapshot needs both bulk CSV files');
  }
  return files;
}

/** Rows of one file as field arrays; quotes inside fields are taken as they are (see below). */
async function* readLenientRows(file: string): AsyncGenerator<CsvRow> {
  const text = Readable.from(readTextChunks(file, { format: FARA_FORMAT, encoding: await detectUkListEncoding(file) }));
  // The scraped copies quote every field but do not double quotes inside one
  // (`""Poland Fights"  `); strict CSV reading would refuse the whole file for it.
  const parser = text.pipe(parseCsv({ info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
  text.on('error', (error) => parser.destroy(error));
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) yield { line: item.info.lines, fields: item.record };
}

/**
 * Rows of one file by column name (header spaces read as `_`), checked against `required`.
 * A row with more fields than the header had a quote inside a field that split it; its
 * columns cannot be told apart, so it is left out. More than MAX_SPLIT_SHARE of such rows
 * means this is not a FARA file as described, and is refused.
 */
async function* readFaraRows(file: string, required: readonly string[]): AsyncGenerator<FaraRow> {
  const rows = readLenientRows(file);
  const first = (await rows.next()).value as CsvRow | undefined;
  if (first === undefined) throw new SourceFormatError(FARA_FORMAT, { file, line: 1 }, 'empty file; expected a header row');
  const header = { ...first, fields: first.fields.map((name) => name.trim().replace(/ +/g, '_')) };
  const columns = headerIndex(header, required, { format: FARA_FORMAT, file });
  let count = 0;
  let split = 0;
  for await (const row of rows) {
    count++;
    if (row.fields.length !== header.fields.length) {
      split++;
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [name, i] of columns) cells[name] = row.fields[i]!;
    yield { at: { format: FARA_FORMAT, file, line: row.line }, cells };
  }
  // An empty file would read as every registration withdrawn.
  if (count === 0) throw new SourceFormatError(FARA_FORMAT, { file, line: 2 }, 'no data rows after the header; refusing an empty file');
  if (split > count * MAX_SPLIT_SHARE) {
    const reason = `${split} of ${count} rows do not have the header's ${header.fields.length} columns; is this a FARA bulk CSV file?`;
    throw new SourceFormatError(FARA_FORMAT, { file }, reason);
  }
}

async function* parse(path: string): AsyncGenerator<SourceItem> {
  const [principals, registrants] = await inputFiles(path);
  for await (const row of readFaraRows(registrants!, REGISTRANT_COLUMNS)) yield { kind: 'entity', entity: registrantEntity(row) };
  for await (const row of readFaraRows(principals!, PRINCIPAL_COLUMNS)) {
    for (const entity of principalEntities(row)) yield { kind: 'entity', entity };
  }
}

export const usFaraCsv: SourceParser = {
  format: FARA_FORMAT,
  description: 'US DOJ FARA bulk registrants and foreign principals (folder with FARA_All_Registrants.csv and FARA_All_ForeignPrincipals.csv)',
  input: 'folder',
  defaultDataset: async () => 'us_fara',
  inputFiles,
  publicationDate: async () => undefined,
  unstatedProperties: async () => [],
  parse,
};

/**
 * Streaming CSV reading on top of csv-parse, with strict decoding and errors that name the
 * file and line. Handles what real list files do: CRLF or LF line ends, a trailing 0x1A,
 * quoted fields with embedded newlines.
 */
import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { SourceFormatError } from '../../model/errors.js';
import { readTextChunks, type TextEncoding } from './text-decoding.js';

export interface CsvRow {
  /** 1-based line number where the row starts in the file. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvReadOptions {
  format: string;
  encoding?: TextEncoding;
  /** Every row must have exactly this many fields; undefined allows any count. */
  columnCount?: number;
  /** Skip this many lines before the first row (e.g. a title line above the header). */
  skipLines?: number;
}

export async function* readCsvRows(file: string, options: CsvReadOptions): AsyncGenerator<CsvRow> {
  const text = Readable.from(readTextChunks(file, { format: options.format, encoding: options.encoding ?? 'utf-8' }));
  const parser = text.pipe(
    parse({
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      from_line: (options.skipLines ?? 0) + 1,
    }),
  );
  // Errors from the decoding stream must surface through the parser we iterate.
  text.on('error', (error) => parser.destroy(error));
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = item.info.lines - countLineBreaks(item.record);
      if (options.columnCount !== undefined && item.record.length !== options.columnCount) {
        throw new SourceFormatError(
          options.format,
          { file, line, field: `column ${Math.min(item.record.length, options.columnCount) + 1}` },
          `expected ${options.columnCount} columns, found ${item.record.length}`,
        );
      }
      yield { line, fields: item.record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const lines = (error as CsvError & { lines?: number }).lines;
      throw new SourceFormatError(options.format, { file, line: lines }, `malformed CSV: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
}

// csv-parse reports the line where a row ends; rows with quoted newlines start earlier.
function countLineBreaks(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) count++;
  }
  return count;
}

/** Maps header names to column indexes; throws if a required column is missing. */
export function headerIndex(
  header: CsvRow,
  required: readonly string[],
  context: { format: string; file: string },
): Map<string, number> {
  const index = new Map<string, number>();
  header.fields.forEach((name, i) => index.set(name.trim(), i));
  for (const name of required) {
    if (!index.has(name)) {
      throw new SourceFormatError(context.format, { file: context.file, line: header.line, field: name }, `missing column "${name}"`);
    }
  }
  return index;
}

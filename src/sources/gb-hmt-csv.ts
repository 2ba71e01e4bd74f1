/**
 * UK HM Treasury / OFSI "Consolidated List of Financial Sanctions Targets", CSV form.
 *
 * Input spec: Windows-1252 text (a copy re-saved as UTF-8 is recognised, see
 * lib/gb-encoding.ts), CRLF; line 1 `Last Updated,<dd/mm/yyyy>` (the publication date);
 * line 2 the header (columns in lib/gb-hmt-group.ts); then one row per name variant of a
 * listed party, keyed by `Group ID`. Rows of one group are not always adjacent (in the
 * 2020-04-27 file 875 of 2,114 groups are split), so rows are grouped over the whole file
 * (9.5k rows) before the parties are emitted, in order of first appearance.
 */
import { SourceFormatError } from '../model/errors.js';
import { headerIndex, readCsvRows, type CsvRow } from './lib/csv.js';
import { parseDayMonthYearNumeric } from './lib/dates.js';
import { singleFileSource } from './lib/single-file-source.js';
import { detectUkListEncoding } from './lib/gb-encoding.js';
import { UK_FORMAT, type UkRow } from './lib/gb-hmt-fields.js';
import { convertGroup, UK_REQUIRED_COLUMNS } from './lib/gb-hmt-group.js';
import type { SourceItem, SourceParser } from './types.js';

async function* readRows(file: string, skipLines = 0): AsyncGenerator<CsvRow> {
  yield* readCsvRows(file, { format: UK_FORMAT, encoding: await detectUkListEncoding(file), skipLines });
}

const TITLE_SPEC = 'expected "Last Updated,<dd/mm/yyyy>" on line 1';

/** The publication date on line 1, e.g. `Last Updated,27/04/2020` -> 2020-04-27. */
function titleDate(row: CsvRow | undefined, file: string): string {
  if (row === undefined) throw new SourceFormatError(UK_FORMAT, { file, line: 1 }, `empty file; ${TITLE_SPEC}`);
  const [label, text] = row.fields;
  const date = row.line === 1 && label?.trim() === 'Last Updated' ? parseDayMonthYearNumeric(text ?? '') : undefined;
  if (date === undefined) {
    const found = row.fields.join(',').slice(0, 80);
    throw new SourceFormatError(UK_FORMAT, { file, line: row.line, field: 'Last Updated' }, `${TITLE_SPEC}, found "${found}"; is this the UK consolidated list CSV?`);
  }
  return date;
}

async function publicationDate(file: string): Promise<string> {
  const rows = readRows(file);
  try {
    return titleDate((await rows.next()).value as CsvRow | undefined, file);
  } finally {
    await rows.return(undefined);
  }
}

function toUkRow(row: CsvRow, header: CsvRow, file: string): UkRow {
  if (row.fields.length !== header.fields.length) {
    const column = header.fields[Math.min(row.fields.length, header.fields.length - 1)]?.trim();
    throw new SourceFormatError(
      UK_FORMAT,
      { file, line: row.line, field: column },
      `expected ${header.fields.length} columns as in the header on line ${header.line}, found ${row.fields.length}`,
    );
  }
  return { line: row.line, cells: Object.fromEntries(header.fields.map((name, i) => [name.trim(), row.fields[i]!])) };
}

/** Rows by Group ID, groups in order of first appearance. */
async function groupRows(rows: AsyncIterable<CsvRow>, header: CsvRow, file: string): Promise<Map<string, UkRow[]>> {
  const groups = new Map<string, UkRow[]>();
  for await (const row of rows) {
    const ukRow = toUkRow(row, header, file);
    const groupId = ukRow.cells['Group ID']!.trim();
    if (groupId === '') throw new SourceFormatError(UK_FORMAT, { file, line: row.line, field: 'Group ID' }, 'row without a Group ID');
    const group = groups.get(groupId);
    if (group === undefined) groups.set(groupId, [ukRow]);
    else group.push(ukRow);
  }
  return groups;
}

async function* parse(file: string): AsyncGenerator<SourceItem> {
  await publicationDate(file);
  // The two-field title line is read on its own: as the first row it would make csv-parse
  // treat every 29-column row as inconsistent (and build an error object for each).
  const rows = readRows(file, 1);
  const header = (await rows.next()).value as CsvRow | undefined;
  if (header === undefined) throw new SourceFormatError(UK_FORMAT, { file, line: 2 }, 'missing the header row on line 2');
  headerIndex(header, UK_REQUIRED_COLUMNS, { format: UK_FORMAT, file });
  const groups = await groupRows(rows, header, file);
  // Loading an empty list would record every party as delisted.
  if (groups.size === 0) throw new SourceFormatError(UK_FORMAT, { file, line: 3 }, 'no data rows after the header; refusing an empty list');
  for (const [groupId, group] of groups) {
    for (const entity of convertGroup(groupId, group, file)) yield { kind: 'entity', entity };
  }
}

export const gbHmtCsv: SourceParser = singleFileSource({
  format: UK_FORMAT,
  description: 'UK HM Treasury / OFSI consolidated list of financial sanctions targets (CSV, ConList.csv)',
  dataset: 'gb_hmt_sanctions',
  publicationDate,
  parse,
});

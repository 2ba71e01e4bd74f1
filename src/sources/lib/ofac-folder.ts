/**
 * The layout of an OFAC CSV folder and the reading conventions its four files share.
 * A folder holds one list: the SDN list (sdn.csv; add.csv, alt.csv, sdn_comments.csv
 * optional) or the Consolidated non-SDN list (cons_prim.csv; cons_add.csv, cons_alt.csv,
 * cons_comments.csv optional). The files have no header row; `-0-` (mostly with a trailing
 * space) is null; CRLF or LF line ends and a trailing 0x1A are handled by readCsvRows.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceFormatError } from '../../model/errors.js';
import { readCsvRows, type CsvRow } from './csv.js';

export const OFAC_CSV_FORMAT = 'ofac-csv';

export type OfacListKind = 'sdn' | 'cons';

export interface OfacFolder {
  readonly kind: OfacListKind;
  readonly dataset: string;
  /** sdn.csv or cons_prim.csv: one row per listing. */
  readonly primary: string;
  readonly addresses?: string;
  readonly aliases?: string;
  /** The spill-over of Remarks longer than 1000 characters. */
  readonly comments?: string;
  /** Every file above that exists, sorted. */
  readonly files: readonly string[];
}

const LAYOUTS = {
  sdn: {
    dataset: 'us_ofac_sdn', primary: 'sdn.csv', addresses: 'add.csv', aliases: 'alt.csv', comments: 'sdn_comments.csv',
  },
  cons: {
    dataset: 'us_ofac_cons', primary: 'cons_prim.csv', addresses: 'cons_add.csv', aliases: 'cons_alt.csv', comments: 'cons_comments.csv',
  },
} as const;

async function listFolder(path: string): Promise<Map<string, string>> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new SourceFormatError(OFAC_CSV_FORMAT, { file: path }, 'folder not found');
  if (!info.isDirectory()) {
    throw new SourceFormatError(OFAC_CSV_FORMAT, { file: path }, 'expected a folder holding sdn.csv or cons_prim.csv, found a file');
  }
  // OFAC has published the names in upper case too (CONS_PRIM.CSV in cons_dat_spec.txt).
  const names = new Map<string, string>();
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.isFile()) names.set(entry.name.toLowerCase(), join(path, entry.name));
  }
  return names;
}

/** Finds which list the folder holds; refuses a folder with neither or both primary files. */
export async function readOfacFolder(path: string): Promise<OfacFolder> {
  const names = await listFolder(path);
  const kinds = (Object.keys(LAYOUTS) as OfacListKind[]).filter((kind) => names.has(LAYOUTS[kind].primary));
  if (kinds.length !== 1) {
    const found = [...names.keys()].filter((name) => name.endsWith('.csv')).sort();
    const reason =
      kinds.length === 0
        ? 'sdn.csv (SDN list) or cons_prim.csv (Consolidated list) is missing from this folder, so it holds no list ' +
          `to load (CSV files found: ${found.join(', ') || 'none'})`
        : 'holds both sdn.csv and cons_prim.csv; load the SDN and the Consolidated list from separate folders';
    throw new SourceFormatError(OFAC_CSV_FORMAT, { file: path }, reason);
  }
  const kind = kinds[0]!;
  const layout = LAYOUTS[kind];
  const file = (name: string): string | undefined => names.get(name);
  const folder = {
    kind,
    dataset: layout.dataset,
    primary: file(layout.primary)!,
    addresses: file(layout.addresses),
    aliases: file(layout.aliases),
    comments: file(layout.comments),
  };
  const files = [folder.primary, folder.addresses, folder.aliases, folder.comments].filter((f): f is string => f !== undefined);
  return { ...folder, files: files.sort() };
}

/** A field's value, or undefined for OFAC's null `-0-`. */
export function ofacValue(field: string | undefined): string | undefined {
  const value = field?.trim() ?? '';
  // "-0" occurs once: the last field of ofac/2019-01-04/add.csv, whose committer cut the file's last byte.
  return value === '' || value === '-0-' || value === '-0' ? undefined : value;
}

// An XML file (the wrong download, or another list) put where a CSV belongs.
async function refuseXml(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    const start = buffer.subarray(0, bytesRead).toString('latin1').replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart();
    if (start.startsWith('<')) {
      const reason = `starts with "${start.slice(0, 20)}": this is an XML document, not an OFAC CSV file`;
      throw new SourceFormatError(OFAC_CSV_FORMAT, { file, line: 1 }, reason);
    }
  } finally {
    await handle.close();
  }
}

export interface OfacRow extends CsvRow {
  readonly entNum: string;
}

/** Rows of an OFAC CSV file with exactly `columnCount` fields and a numeric ent_num in the first. */
export async function* readOfacRows(file: string, columnCount: number): AsyncGenerator<OfacRow> {
  await refuseXml(file);
  for await (const row of readCsvRows(file, { format: OFAC_CSV_FORMAT, columnCount })) {
    const entNum = row.fields[0]!.trim();
    if (!/^\d+$/.test(entNum)) {
      const reason = `ent_num "${entNum.slice(0, 40)}" is not a number`;
      throw new SourceFormatError(OFAC_CSV_FORMAT, { file, line: row.line, field: 'ent_num' }, reason);
    }
    yield { ...row, entNum };
  }
}

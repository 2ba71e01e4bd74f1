/**
 * The three side files of an OFAC CSV folder, grouped by ent_num so each listing can be
 * emitted whole while sdn.csv / cons_prim.csv streams past:
 *   add.csv      ent_num, Add_num, Address, City/State/Province/Postal Code, Country, Add_remarks
 *   alt.csv      ent_num, alt_num, alt_type (aka | fka | nka), alt_name, alt_remarks
 *   sdn_comments ent_num, Remarks_Extended (the Remarks text beyond OFAC's 1000-character cut)
 * (cons_add / cons_alt / cons_comments have the same columns.) Every row must belong to a
 * listing of the primary file; a row that does not is an error, not something to drop.
 */
import { SourceFormatError } from '../../model/errors.js';
import { OFAC_CSV_FORMAT, ofacValue, readOfacRows, type OfacFolder } from './ofac-folder.js';

interface SideRow {
  readonly file: string;
  readonly line: number;
}

export interface OfacAddressRow extends SideRow {
  readonly address?: string;
  readonly cityStatePostalCode?: string;
  readonly country?: string;
  readonly remarks?: string;
}

export type OfacAliasType = 'aka' | 'fka' | 'nka';

export interface OfacAliasRow extends SideRow {
  readonly type: OfacAliasType;
  readonly name: string;
}

export interface OfacSideFiles {
  readonly addresses: ReadonlyMap<string, readonly OfacAddressRow[]>;
  readonly aliases: ReadonlyMap<string, readonly OfacAliasRow[]>;
  /** Remarks continuation per ent_num, rows joined in file order. */
  readonly comments: ReadonlyMap<string, string>;
}

function push<T>(groups: Map<string, T[]>, key: string, value: T): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [value]);
  else group.push(value);
}

async function readAddresses(file: string | undefined): Promise<Map<string, OfacAddressRow[]>> {
  const groups = new Map<string, OfacAddressRow[]>();
  if (file === undefined) return groups;
  for await (const row of readOfacRows(file, 6)) {
    const [, , address, cityStatePostalCode, country, remarks] = row.fields.map(ofacValue);
    push(groups, row.entNum, { file, line: row.line, address, cityStatePostalCode, country, remarks });
  }
  return groups;
}

async function readAliases(file: string | undefined): Promise<Map<string, OfacAliasRow[]>> {
  const groups = new Map<string, OfacAliasRow[]>();
  if (file === undefined) return groups;
  for await (const row of readOfacRows(file, 5)) {
    const [, , type, name] = row.fields.map(ofacValue);
    const at = { file, line: row.line, record: row.entNum };
    if (type !== 'aka' && type !== 'fka' && type !== 'nka') {
      throw new SourceFormatError(OFAC_CSV_FORMAT, { ...at, field: 'alt_type' }, `alt_type "${type ?? ''}" is none of aka, fka, nka`);
    }
    if (name === undefined) throw new SourceFormatError(OFAC_CSV_FORMAT, { ...at, field: 'alt_name' }, 'alternate name is empty');
    push(groups, row.entNum, { file, line: row.line, type, name });
  }
  return groups;
}

async function readComments(file: string | undefined): Promise<{ texts: Map<string, string>; rows: Map<string, SideRow[]> }> {
  const texts = new Map<string, string>();
  const rows = new Map<string, SideRow[]>();
  if (file === undefined) return { texts, rows };
  for await (const row of readOfacRows(file, 2)) {
    // No separator: OFAC cut the remark mid-word ("... PROMO RAI" + "Z S.A.S.; ...", ent 12300 in 2019-01-04).
    texts.set(row.entNum, (texts.get(row.entNum) ?? '') + row.fields[1]!);
    push(rows, row.entNum, { file, line: row.line });
  }
  return { texts, rows };
}

/** Reads the side files present in the folder; every ent_num in them must be in `listed`. */
export async function readOfacSideFiles(folder: OfacFolder, listed: ReadonlySet<string>): Promise<OfacSideFiles> {
  const addresses = await readAddresses(folder.addresses);
  const aliases = await readAliases(folder.aliases);
  const comments = await readComments(folder.comments);
  for (const groups of [addresses, aliases, comments.rows]) {
    for (const [entNum, [first]] of groups) {
      if (!listed.has(entNum)) {
        throw new SourceFormatError(
          OFAC_CSV_FORMAT,
          { file: first!.file, line: first!.line, record: entNum, field: 'ent_num' },
          `ent_num ${entNum} is not listed in ${folder.primary}; the files of this folder do not belong together`,
        );
      }
    }
  }
  return { addresses, aliases, comments: comments.texts };
}

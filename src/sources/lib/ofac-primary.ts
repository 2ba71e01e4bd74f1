/**
 * The primary file of an OFAC CSV folder (sdn.csv / cons_prim.csv), 12 columns per OFAC's
 * cons_dat_spec.txt: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,
 * Tonnage, GRT, Vess_flag, Vess_owner, Remarks. Read twice: once for the index of primary
 * names (remarks say "Linked To: <name>", never the ent_num, and the name may belong to a
 * listing further down the file), once to build the entities.
 */
import { SourceFormatError } from '../../model/errors.js';
import { sourceId } from '../../model/ids.js';
import { OFAC_CSV_FORMAT, ofacValue, readOfacRows } from './ofac-folder.js';

export interface OfacRecord {
  readonly file: string;
  readonly line: number;
  readonly entNum: string;
  readonly id: string;
  readonly schema: string;
  readonly name: string;
  readonly programs: readonly string[];
  readonly title?: string;
  readonly callSign?: string;
  readonly vesselType?: string;
  readonly tonnage?: string;
  readonly grossRegisteredTonnage?: string;
  readonly vesselFlag?: string;
  readonly vesselOwner?: string;
  readonly remarks?: string;
}

// OFAC's SDN_Type; null is an entity, which OpenSanctions maps to LegalEntity too.
const SCHEMA_BY_TYPE: Readonly<Record<string, string>> = {
  individual: 'Person',
  vessel: 'Vessel',
  aircraft: 'Airplane',
};

/** "UKRAINE-EO13661] [RUSSIA-EO14024" -> both programmes (OFAC's own list form is "[A] [B]"). */
export function splitPrograms(field: string | undefined): string[] {
  if (field === undefined) return [];
  return field
    .split('] [')
    .map((program) => program.replace(/^\[|\]$/g, '').trim())
    .filter((program) => program !== '');
}

function toRecord(file: string, line: number, entNum: string, fields: readonly string[]): OfacRecord {
  const [, name, type, program, title, callSign, vesselType, tonnage, grt, vesselFlag, vesselOwner, remarks] = fields.map(ofacValue);
  const at = { file, line, record: entNum };
  if (name === undefined) throw new SourceFormatError(OFAC_CSV_FORMAT, { ...at, field: 'SDN_Name' }, 'name is empty');
  const schema = type === undefined ? 'LegalEntity' : SCHEMA_BY_TYPE[type];
  if (schema === undefined) {
    const reason = `SDN_Type "${type}" is none of individual, vessel, aircraft, -0-`;
    throw new SourceFormatError(OFAC_CSV_FORMAT, { ...at, field: 'SDN_Type' }, reason);
  }
  return {
    file, line, entNum, id: sourceId('ofac', entNum), schema, name,
    programs: splitPrograms(program),
    title, callSign, vesselType, tonnage, grossRegisteredTonnage: grt, vesselFlag, vesselOwner, remarks,
  };
}

export async function* readOfacRecords(file: string): AsyncGenerator<OfacRecord> {
  for await (const row of readOfacRows(file, 12)) yield toRecord(file, row.line, row.entNum, row.fields);
}

/** What a name in a remark ("Linked To: ...", "Aircraft Operator ...") can refer to. */
export interface Listing {
  readonly id: string;
  readonly schema: string;
}

/** The listing with a primary name; `ambiguous` when several listings have that name. */
export type NamedListing = Listing | 'ambiguous';

export interface OfacPrimaryIndex {
  readonly entNums: ReadonlySet<string>;
  /** Keyed by nameKey(primary name). */
  readonly byName: ReadonlyMap<string, NamedListing>;
}

// Remarks write some names in other case than the listing: "Aircraft Operator Mahan Air" is "MAHAN AIR" (12927);
// spacing is not part of a name either, as for every value the model stores.
export const nameKey = (name: string): string => name.replace(/\s+/g, ' ').trim().toUpperCase();

/** Adds a listing's primary name to the index; a name several listings have becomes `ambiguous`. */
export function indexPrimaryName(byName: Map<string, NamedListing>, record: OfacRecord): void {
  const key = nameKey(record.name);
  byName.set(key, byName.has(key) ? 'ambiguous' : { id: record.id, schema: record.schema });
}

/**
 * The lookup buildOfacEntities resolves remark names with. Two listings with the same primary
 * name (e.g. "NATIONAL LIBERATION ARMY", 4706 and 7755) resolve to neither.
 */
export function listingResolver(byName: ReadonlyMap<string, NamedListing>): (name: string) => Listing | undefined {
  return (name) => {
    const listing = byName.get(nameKey(name));
    return listing === 'ambiguous' ? undefined : listing;
  };
}

/** First pass: every ent_num (unique) and primary name; an empty list is refused. */
export async function indexOfacPrimary(file: string): Promise<OfacPrimaryIndex> {
  const entNums = new Set<string>();
  const byName = new Map<string, NamedListing>();
  for await (const record of readOfacRecords(file)) {
    if (entNums.has(record.entNum)) {
      const at = { file, line: record.line, record: record.entNum, field: 'ent_num' };
      throw new SourceFormatError(OFAC_CSV_FORMAT, at, `ent_num ${record.entNum} is listed twice`);
    }
    entNums.add(record.entNum);
    indexPrimaryName(byName, record);
  }
  if (entNums.size === 0) {
    const reason = 'the file has no rows; an OFAC list with no listings is not a valid list (an incomplete download?)';
    throw new SourceFormatError(OFAC_CSV_FORMAT, { file, line: 1 }, reason);
  }
  return { entNums, byName };
}

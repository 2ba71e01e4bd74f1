/**
 * One OFAC CSV listing -> its FtM entities: the target (Person, LegalEntity, Vessel or
 * Airplane, id `ofac-<ent_num>`), then its Address, Passport / Identification, CryptoWallet,
 * UnknownLink and owner/operator entities, then one Sanction per programme in the Program
 * column. Aliases come from alt.csv (aka and nka -> alias, fka -> previousName), addresses
 * from add.csv, and the Remarks column (joined with its sdn_comments.csv continuation) is
 * parsed by ofac-remarks.
 */
import type { Entity } from '../../model/entity.js';
import { addAddress, TargetAssembly } from './target-assembly.js';
import { withLocation, type RecordLocation } from './record-location.js';
import { countryCode } from './countries.js';
import { buildSanction } from './sanctions.js';
import { OFAC_CSV_FORMAT } from './ofac-folder.js';
import type { Listing, OfacRecord } from './ofac-primary.js';
import { parseOfacRemarks } from './ofac-remarks.js';
import { addOrNote, addPartyReference, applyRemarkFacts, type RemarkContext } from './ofac-remark-entities.js';
import type { OfacAddressRow, OfacAliasRow, OfacSideFiles } from './ofac-side-files.js';

export const OFAC_AUTHORITY = 'Office of Foreign Assets Control';

const ALIAS_PROPERTY = { aka: 'alias', nka: 'alias', fka: 'previousName' } as const;

const locate = (format: string, row: { file: string; line: number }, record: string): RecordLocation => ({
  format, file: row.file, line: row.line, record,
});

/** "CHEMEZOV, Sergei" -> last name before the first comma, first name(s) after it. */
function addPersonNames(assembly: TargetAssembly, name: string): void {
  const comma = name.indexOf(',');
  if (comma < 0) return;
  assembly.target.add('lastName', name.slice(0, comma)).add('firstName', name.slice(comma + 1));
}

// Tonnage and GRT are written with thousands separators ("99,144"); FtM numbers are plain.
const plainNumber = (text: string | undefined): string | undefined =>
  text !== undefined && /^\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text;

function addVesselColumns(ctx: RemarkContext, record: OfacRecord): void {
  const columns: ReadonlyArray<readonly [string, string | undefined, string]> = [
    ['callSign', record.callSign, 'Call Sign'],
    ['type', record.vesselType, 'Vessel Type'],
    ['tonnage', plainNumber(record.tonnage), 'Tonnage'],
    ['grossRegisteredTonnage', plainNumber(record.grossRegisteredTonnage), 'GRT'],
  ];
  for (const [prop, value, label] of columns) {
    if (value !== undefined) addOrNote(ctx, [prop], value, `${label} ${value}`);
  }
  if (record.vesselFlag !== undefined) {
    const flag = countryCode(record.vesselFlag);
    addOrNote(ctx, [flag === undefined ? undefined : 'flag'], flag ?? record.vesselFlag, `Vessel Flag ${record.vesselFlag}`);
  }
  // Vessel:owner is an entity reference, so the owner's name becomes (or finds) a LegalEntity.
  if (record.vesselOwner !== undefined) addPartyReference(ctx, 'owner', record.vesselOwner, `Vessel Owner ${record.vesselOwner}`);
}

function addAddresses(assembly: TargetAssembly, rows: readonly OfacAddressRow[], at: { format: string; entNum: string }): void {
  for (const row of rows) {
    withLocation(locate(at.format, row, at.entNum), () =>
      addAddress(assembly, {
        street: row.address,
        city: row.cityStatePostalCode,
        countryText: row.country,
        country: row.country === undefined ? undefined : countryCode(row.country),
        remarks: row.remarks,
      }),
    );
  }
}

function addAliases(assembly: TargetAssembly, rows: readonly OfacAliasRow[], at: { format: string; entNum: string }): void {
  for (const row of rows) {
    withLocation(locate(at.format, row, at.entNum), () => assembly.target.add(ALIAS_PROPERTY[row.type], row.name));
  }
}

function addTargetColumns(ctx: RemarkContext, record: OfacRecord): void {
  const target = ctx.assembly.target;
  target.add('name', record.name).add('topics', 'sanction').add('program', record.programs);
  if (record.schema === 'Person') addPersonNames(ctx.assembly, record.name);
  if (record.title !== undefined) addOrNote(ctx, ['position'], record.title, `Title: ${record.title}`);
  addVesselColumns(ctx, record);
}

export interface ListingSources {
  readonly side: OfacSideFiles;
  readonly resolve: (name: string) => Listing | undefined;
  /** The format named in errors; the XML format restates its entries as these records too. */
  readonly format?: string;
}

/** The entities of one listing, target first; a value the model rejects names file, line and field. */
export function buildOfacEntities(record: OfacRecord, sources: ListingSources): Entity[] {
  const format = sources.format ?? OFAC_CSV_FORMAT;
  const assembly = new TargetAssembly(record.schema, record.id);
  addAddresses(assembly, sources.side.addresses.get(record.entNum) ?? [], { format, entNum: record.entNum });
  addAliases(assembly, sources.side.aliases.get(record.entNum) ?? [], { format, entNum: record.entNum });
  return withLocation(locate(format, record, record.entNum), () => {
    const ctx: RemarkContext = { assembly, title: record.title, resolve: sources.resolve };
    addTargetColumns(ctx, record);
    const remarks = (record.remarks ?? '') + (sources.side.comments.get(record.entNum) ?? '');
    const provisions = applyRemarkFacts(ctx, parseOfacRemarks(remarks));
    for (const program of record.programs) {
      assembly.addEntity(
        buildSanction({ targetId: record.id, authority: OFAC_AUTHORITY, country: 'us', program, programId: program, provisions }),
      );
    }
    return assembly.entities();
  });
}

/**
 * The Sanction entities of one UK group: one per `Regime`, listed on that regime's `Listed
 * On` date (dd/mm/yyyy). `Last Updated` is OFSI's date of the last change to the listing,
 * so it is the Sanction's modifiedAt; it is not put on the party, where it would make every
 * re-publication look like a change of the person or company.
 */
import { parseDayMonthYearNumeric } from './dates.js';
import { extendEntity, type TargetAssembly } from './target-assembly.js';
import { sourceError, withLocation, type RecordLocation } from './record-location.js';
import { buildSanction } from './sanctions.js';
import { cell, type UkRow } from './gb-hmt-fields.js';

const AUTHORITY = 'HM Treasury Office of Financial Sanctions Implementation';

function dateCell(row: UkRow, column: string, at: RecordLocation): string {
  const text = cell(row, column);
  const date = parseDayMonthYearNumeric(text);
  if (date === undefined) throw sourceError({ ...at, line: row.line, field: column }, `invalid date "${text}", expected dd/mm/yyyy`);
  return date;
}

interface RegimeListing {
  readonly line: number;
  readonly listedOn: Set<string>;
  readonly updatedOn: Set<string>;
}

function regimeListings(rows: readonly UkRow[], at: RecordLocation): Map<string, RegimeListing> {
  const regimes = new Map<string, RegimeListing>();
  for (const row of rows) {
    const regime = cell(row, 'Regime');
    if (regime === '') throw sourceError({ ...at, line: row.line, field: 'Regime' }, 'row without a regime');
    let listing = regimes.get(regime);
    if (listing === undefined) regimes.set(regime, (listing = { line: row.line, listedOn: new Set(), updatedOn: new Set() }));
    listing.listedOn.add(dateCell(row, 'Listed On', at));
    listing.updatedOn.add(dateCell(row, 'Last Updated', at));
  }
  return regimes;
}

export function addRegimeSanctions(assembly: TargetAssembly, rows: readonly UkRow[], at: RecordLocation): void {
  for (const [regime, listing] of regimeListings(rows, at)) {
    const [listingDate, ...laterDates] = [...listing.listedOn].sort();
    withLocation({ ...at, line: listing.line, field: 'Regime' }, () => {
      const sanction = buildSanction({
        targetId: assembly.target.id,
        authority: AUTHORITY,
        country: 'gb',
        program: regime,
        listingDate,
        authorityId: at.record,
      });
      assembly.addEntity(extendEntity(sanction, { listingDate: laterDates, modifiedAt: [...listing.updatedOn] }));
    });
  }
}

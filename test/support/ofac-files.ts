/**
 * The real OFAC SDN folders for tests: the request that loads one as a snapshot, and
 * independent readings of the files, for checking what the store reports against the files
 * themselves rather than against our own parser.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedData } from './paths.js';

/** The load of the OFAC SDN folder of `date` as that date's snapshot. */
export const ofacSnapshot = (date: string) => ({ format: 'ofac-csv', path: sharedData('ofac', date), asOf: date });

/** The ent_num column of a snapshot's sdn.csv. */
export function sdnEntNums(snapshot: string): Set<string> {
  const text = readFileSync(sharedData('ofac', snapshot, 'sdn.csv'), 'utf8').replace(/\u001a\s*$/, '');
  const rows = parse(text, { relax_column_count: true }) as string[][];
  return new Set(rows.map((row) => row[0]!.trim()));
}

export function difference<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => !b.has(x)));
}

export interface DerivedChange {
  from: string;
  to: string;
  event: 'designated' | 'delisted';
  entNum: string;
  name: string;
}

/** ../shared/data/derived/ofac_sdn_changes_between_snapshots.csv */
export function derivedOfacChanges(): DerivedChange[] {
  const text = readFileSync(sharedData('derived', 'ofac_sdn_changes_between_snapshots.csv'), 'utf8');
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  return rows.map((r) => ({ from: r.from_snapshot!, to: r.to_snapshot!, event: r.event as DerivedChange['event'], entNum: r.ent_num!, name: r.name! }));
}

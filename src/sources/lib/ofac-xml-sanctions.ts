/**
 * The Sanction entities of one OFAC entry: one per programme in `programList`, carrying the
 * id items that describe the sanction rather than the party ("Executive Order 13662 Directive
 * Determination - Subject to Directive 2", "Listing Date (CMIC) 16 Dec 2021", "Secondary
 * sanctions risk: ..."). An item that names an order or programme (13662, 14024, CMIC,
 * CAATSA) goes to the Sanctions whose programme tag contains that name (UKRAINE-EO13662,
 * RUSSIA-EO14024, CMIC-EO13959, CAATSA - RUSSIA); other items go to every Sanction.
 */
import { parseDayMonthNameYear } from './dates.js';
import type { TargetAssembly } from './ftm-parse-support.js';
import { buildSanction } from './sanctions.js';

export interface SanctionTerm {
  /** The idType as OFAC writes it, e.g. "Listing Date (EO 14024 Directive 2):". */
  label: string;
  value: string;
}

const AUTHORITY = 'Office of Foreign Assets Control';

function scopeKey(label: string): string | undefined {
  return /\b(1\d{4})\b/.exec(label)?.[1] ?? /\b(CMIC|CAATSA)\b/.exec(label)?.[1];
}

function appliesTo(term: SanctionTerm, program: string, programs: readonly string[]): boolean {
  const key = scopeKey(term.label);
  if (key === undefined || !programs.some((p) => p.includes(key))) return true;
  return program.includes(key);
}

/** The earliest date stated by terms whose label matches, e.g. the first directive listing. */
function earliestDate(terms: readonly SanctionTerm[], label: RegExp): string | undefined {
  const dates = terms.filter((t) => label.test(t.label)).map((t) => parseDayMonthNameYear(t.value));
  return dates.filter((date): date is string => date !== undefined).sort()[0];
}

export function addOfacSanctions(assembly: TargetAssembly, programs: readonly string[], terms: readonly SanctionTerm[]): void {
  assembly.target.add('program', programs);
  for (const program of new Set(programs)) {
    const own = terms.filter((term) => appliesTo(term, program, programs));
    assembly.addEntity(
      buildSanction({
        targetId: assembly.target.id,
        authority: AUTHORITY,
        country: 'us',
        program,
        programId: program,
        listingDate: earliestDate(own, /^Listing Date/),
        startDate: earliestDate(own, /^Effective Date/),
        provisions: own.map((term) => `${term.label} ${term.value}`),
      }),
    );
  }
}

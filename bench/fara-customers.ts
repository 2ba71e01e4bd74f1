/**
 * Real names that are (almost all) not sanctioned, as a realistic customer file: the people
 * and firms registered under FARA (../shared/data/fara, DOJ bulk CSV, column Name) — US law
 * and lobbying firms, public-relations agents, lawyers. "Surname, Given" rows without a company
 * word are screened as Person, the rest as LegalEntity. A hit among them is nearly always a
 * false alert (a registrant that is itself listed would be news).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../test/support/paths.js';
import type { CustomerQuery } from './clean-customers.js';

const FARA_REGISTRANTS = sharedData('fara/2023-08-03/FARA_All_Registrants.csv');
const COMPANY_WORD = /\b(inc|llc|ltd|corp|corporation|company|co|group|associates|partners|llp|lp|pllc|pc|firm|agency|services|international)\b/i;

export function faraRegistrants(): CustomerQuery[] {
  const rows = parse(readFileSync(FARA_REGISTRANTS), { columns: true, skip_empty_lines: true }) as { Registration_Number: string; Name: string }[];
  return rows
    .filter((row) => row.Name.trim() !== '')
    .map((row) => {
      const name = row.Name.trim();
      const schema = name.includes(',') && !COMPANY_WORD.test(name) ? 'Person' : 'LegalEntity';
      return { id: `fara-${row.Registration_Number}`, query: { schema, names: [name] } };
    });
}

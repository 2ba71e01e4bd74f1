/**
 * Country names as official lists write them ("Russia", "Korea, North", "Iran, Islamic
 * Republic of") to FtM country codes. The base table is the FtM model's own labels; the
 * spellings below are the ones lists use that differ from those labels.
 */
import { countryLabels } from '../../model/ftm.js';
import { COUNTRY_NAME_VARIANTS } from './countries.data.js';

function normalizeCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const CODE_BY_NAME: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  for (const [code, label] of countryLabels()) {
    table.set(normalizeCountryName(label), code);
    table.set(code, code);
  }
  for (const [name, code] of Object.entries(COUNTRY_NAME_VARIANTS)) table.set(normalizeCountryName(name), code);
  return table;
})();

/** The FtM country code for a country name or code, or undefined when unknown. */
export function countryCode(name: string): string | undefined {
  return CODE_BY_NAME.get(normalizeCountryName(name));
}

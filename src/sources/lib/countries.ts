/**
 * Country names as official lists write them ("Russia", "Korea, North", "Iran, Islamic
 * Republic of") to FtM country codes. The base table is the FtM model's own labels; the
 * spellings in countries.data.ts are the ones lists use that differ from those labels.
 * Where a list names a nationality, it may write the adjective instead ("Afghan"):
 * nationalityCode reads both.
 */
import { countryLabels } from '../../model/ftm.js';
import { COUNTRY_NAME_VARIANTS } from './countries.data.js';
import { NATIONALITY_ADJECTIVES } from './nationalities.data.js';

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

const CODE_BY_ADJECTIVE: ReadonlyMap<string, string> = new Map(
  Object.entries(NATIONALITY_ADJECTIVES).map(([adjective, code]) => [normalizeCountryName(adjective), code]),
);

/** The FtM country code for a country name or a nationality adjective ("Pakistani"), or undefined when unknown. */
export function nationalityCode(text: string): string | undefined {
  return countryCode(text) ?? CODE_BY_ADJECTIVE.get(normalizeCountryName(text));
}

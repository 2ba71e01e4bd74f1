/**
 * The listed parties of the real list files, read with the project's own parsers and
 * reduced to what the pair builder needs: names with their property and script, first and
 * last names, full birth dates, document numbers and the UN references a list cites.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../src/model/entity.js';
import { sourceId } from '../../src/model/ids.js';
import { findSource } from '../../src/sources/registry.js';
import { dominantScript } from '../../src/match/scripts.js';

const SHARED_DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');

export interface ListFile {
  /** Short name used in pair sources: ofac, un, uk, os. */
  readonly list: string;
  readonly format: string;
  /** Relative to ../shared/data. */
  readonly path: string;
}

/**
 * OFAC SDN of 2023-12-28: the latest folder with alt.csv (2024-07-02 has sdn.csv only, so no
 * aliases). The OpenSanctions delta holds merged entities with names in many scripts.
 */
export const LIST_FILES: readonly ListFile[] = [
  { list: 'ofac', format: 'ofac-csv', path: 'ofac/2023-12-28' },
  { list: 'un', format: 'un-xml', path: 'un/2026-02-27/consolidated.xml' },
  { list: 'uk', format: 'uk-csv', path: 'uk/2020-04-27/ConList.csv' },
  { list: 'os', format: 'ftm', path: 'opensanctions/yente/entities.delta.json' },
];

/** Schemas evaluated; Airplane (two aliases in OFAC) and Company (one entity) have too few positives. */
const SCHEMAS: ReadonlySet<string> = new Set(['Person', 'Organization', 'LegalEntity', 'Vessel']);
const NAME_PROPERTIES = ['name', 'alias', 'previousName', 'weakAlias'] as const;
export type NameProperty = (typeof NAME_PROPERTIES)[number];

export interface PartyName {
  readonly value: string;
  readonly prop: NameProperty;
  readonly script: string;
}

export interface ListedParty {
  readonly list: string;
  readonly id: string;
  readonly schema: string;
  readonly names: readonly PartyName[];
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  /** Full dates only (YYYY-MM-DD): a year alone links nobody. */
  readonly birthDates: readonly string[];
  /** Passport and id numbers, upper case without separators. */
  readonly documents: readonly string[];
  /** Every identifier (documents, IMO, registration, tax numbers), normalised like documents. */
  readonly identifiers: readonly string[];
  /** UN list entity ids cited in the notes ("UN Ref QDi.001" -> unsc-qdi-001). */
  readonly unReferences: readonly string[];
}

const normaliseNumber = (value: string): string => value.toUpperCase().replace(/[^A-Z0-9]/g, '');
// Only the reference a note opens with is the party's own: later ones name related parties
// (the UK entry of KNIC goes on to cite Daedong Credit Bank's reference).
const UN_REFERENCE = /^\s*UN Ref\.?:?\s*([A-Z]{2}[ie])\.\s?(\d{3})\b/;
/** One value holding many names ("the Brigades of ...; the Ziyad al-Jarrah Battalions; ...") is not a name. */
const isNameList = (value: string): boolean => value.includes(';') || value.length > 150;

function toParty(list: string, entity: Entity): ListedParty {
  const props = (prop: string): readonly string[] => entity.properties[prop] ?? [];
  const names = NAME_PROPERTIES.flatMap((prop) => props(prop).filter((value) => !isNameList(value)).map((value) => ({ value, prop, script: dominantScript(value) })));
  const documents = [...props('passportNumber'), ...props('idNumber')].map(normaliseNumber);
  const otherIds = ['imoNumber', 'registrationNumber', 'taxNumber', 'innCode', 'ogrnCode', 'swiftBic'].flatMap(props).map(normaliseNumber);
  return {
    list,
    id: entity.id,
    schema: entity.schema,
    names,
    firstNames: props('firstName'),
    lastNames: props('lastName'),
    birthDates: props('birthDate').filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)),
    documents,
    identifiers: [...documents, ...otherIds].filter((id) => id.length >= 5),
    unReferences: props('notes').flatMap((note) => {
      const m = UN_REFERENCE.exec(note);
      return m === null ? [] : [sourceId('unsc', `${m[1]}.${m[2]}`)];
    }),
  };
}

/** The parties of one list file with at least one name, sorted by id. */
export async function readListedParties(file: ListFile): Promise<ListedParty[]> {
  const parties: ListedParty[] = [];
  for await (const item of findSource(file.format).parse(resolve(SHARED_DATA, file.path))) {
    if (item.kind === 'delete' || !SCHEMAS.has(item.entity.schema)) continue;
    const party = toParty(file.list, item.entity);
    if (party.names.length > 0) parties.push(party);
  }
  return parties.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The party's main Latin name: its first Latin `name`, else its first Latin name of any kind. */
export function primaryLatinName(party: ListedParty): string | undefined {
  const latin = party.names.filter((n) => n.script === 'Latin' && n.prop !== 'weakAlias');
  return (latin.find((n) => n.prop === 'name') ?? latin[0])?.value;
}

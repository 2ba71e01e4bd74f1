/**
 * OFAC's lists in their legacy CSV form: a folder holding either the SDN list (sdn.csv,
 * with optional add.csv, alt.csv, sdn_comments.csv) or the Consolidated non-SDN list
 * (cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv). Format: OFAC's
 * cons_dat_spec.txt and ../shared/data/README.md sections 1-2 (no header row, `-0-` is null,
 * Remarks cut at 1000 characters and continued in the comments file). The files carry no
 * publication date.
 *
 * The side files are held in memory by ent_num; the primary file is streamed twice: first
 * for the names that "Linked To:" remarks refer to, then to emit each listing whole.
 */
import type { SourceItem, SourceParser } from './types.js';
import { buildOfacEntities } from './lib/ofac-entities.js';
import { OFAC_CSV_FORMAT, readOfacFolder } from './lib/ofac-folder.js';
import { indexOfacPrimary, listingResolver, readOfacRecords } from './lib/ofac-primary.js';
import { readOfacSideFiles } from './lib/ofac-side-files.js';

async function* parseOfacCsvFolder(path: string): AsyncGenerator<SourceItem> {
  const folder = await readOfacFolder(path);
  const index = await indexOfacPrimary(folder.primary);
  const side = await readOfacSideFiles(folder, index.entNums);
  const resolve = listingResolver(index.byName);
  for await (const record of readOfacRecords(folder.primary)) {
    for (const entity of buildOfacEntities(record, { side, resolve })) yield { kind: 'entity', entity };
  }
}

// What add.csv and alt.csv give a listing (lib/ofac-entities.ts): without the file, unstated.
const ADDRESS_PROPERTIES = ['address', 'addressEntity', 'country'];
const ALIAS_PROPERTIES = ['alias', 'previousName'];

export const usOfacCsv: SourceParser = {
  format: OFAC_CSV_FORMAT,
  description:
    'OFAC SDN list (sdn.csv, add.csv, alt.csv, sdn_comments.csv) or Consolidated non-SDN list ' +
    '(cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv), legacy CSV folder',
  input: 'folder',
  defaultDataset: async (path) => (await readOfacFolder(path)).dataset,
  inputFiles: async (path) => [...(await readOfacFolder(path)).files],
  publicationDate: async () => undefined,
  unstatedProperties: async (path) => {
    const folder = await readOfacFolder(path);
    return [...(folder.addresses === undefined ? ADDRESS_PROPERTIES : []), ...(folder.aliases === undefined ? ALIAS_PROPERTIES : [])];
  },
  parse: parseOfacCsvFolder,
};

/**
 * Where `update` downloads each dataset from: the official published URLs, as data, and
 * their override by a JSON file of the same shape (`--sources FILE` / SANCTIONS_SOURCES):
 *
 *   { "us_ofac_sdn": { "format": "ofac-csv", "urls": ["https://…/sdn.csv", "https://…/add.csv"] },
 *     "eu_fsf": { "format": "eu-xml", "urls": [{ "url": "https://…/content?token=…", "file": "eu-fsf.xml" }] } }
 *
 * A dataset named in the file replaces the default entry of that name whole; others are
 * added. Each URL is saved under the last segment of its path (sdn.csv), or under `file`
 * when the path does not end in a usable name. A format read from one file takes one URL;
 * a folder format (ofac-csv) takes several, downloaded into one folder.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InvalidInputError, RadarError } from '../model/errors.js';
import { DATASET_NAME_PATTERN } from '../model/ids.js';
import { findSource } from '../sources/registry.js';

export interface SourceFile {
  readonly url: string;
  /** The file name the download is saved under (what a folder parser looks for). */
  readonly file: string;
}

export interface DatasetSource {
  readonly dataset: string;
  readonly format: string;
  readonly files: readonly SourceFile[];
}

const OFAC_DOWNLOADS = 'https://www.treasury.gov/ofac/downloads';

type SourceTableJson = Record<string, { format: string; urls: (string | { url: string; file: string })[] }>;

export const DEFAULT_SOURCES: Readonly<SourceTableJson> = {
  us_ofac_sdn: {
    format: 'ofac-csv',
    urls: ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv'].map((name) => `${OFAC_DOWNLOADS}/${name}`),
  },
  us_ofac_cons: {
    format: 'ofac-csv',
    urls: ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'].map((name) => `${OFAC_DOWNLOADS}/consolidated/${name}`),
  },
  un_sc_sanctions: { format: 'un-xml', urls: ['https://scsanctions.un.org/resources/xml/en/consolidated.xml'] },
  // OFSI publishes this ConList in its "2022 format", which is not the April-2020 layout the
  // uk-csv parser was built and tested on (../shared/data/uk/2020-04-27; no later copy under
  // 4 MiB exists): it adds columns (non-Latin script names, alias quality, UK designation
  // date) and splits passport and national-id columns. The parser reads columns by header
  // name and requires the 2020 ones, so an update of this dataset is expected to fail with
  // a SourceFormatError naming the missing column until the parser learns the 2022 layout.
  gb_hmt_sanctions: { format: 'uk-csv', urls: ['https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv'] },
  eu_fsf: {
    format: 'eu-xml',
    // The FSF's public download link; its path ends in "content", so the file is named here.
    urls: [{ url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw', file: 'eu-fsf.xml' }],
  },
};

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const HttpUrl = z.url({ protocol: /^https?$/, error: (issue) => `not an http(s) URL: ${JSON.stringify(issue.input)}` });

const SourceTableSchema = z.record(
  z.string().regex(DATASET_NAME_PATTERN, 'dataset names are lower-case letters, digits, "_", "." or "-"'),
  z.strictObject({
    format: z.string().min(1),
    urls: z
      .array(z.union([HttpUrl, z.strictObject({ url: HttpUrl, file: z.string().regex(FILE_NAME, 'file must be a plain file name') })]))
      .min(1, 'at least one URL is needed'),
  }),
);

function fileNameOf(url: string): string | undefined {
  const name = decodeURIComponent(new URL(url).pathname.split('/').at(-1) ?? '');
  return FILE_NAME.test(name) ? name : undefined;
}

/** Checks one dataset's entry against its parser: known format, URL count, usable distinct file names. */
function datasetSource(dataset: string, entry: SourceTableJson[string], fail: (key: string, message: string) => never): DatasetSource {
  let input: 'file' | 'folder';
  try {
    input = findSource(entry.format).input;
  } catch (error) {
    fail(`${dataset}.format`, error instanceof RadarError ? error.message : String(error));
  }
  if (input === 'file' && entry.urls.length !== 1) fail(`${dataset}.urls`, `format ${entry.format} reads one file, so it takes exactly one URL`);
  const files = entry.urls.map((item, index): SourceFile => {
    if (typeof item !== 'string') return item;
    const file = fileNameOf(item);
    if (file === undefined) fail(`${dataset}.urls.${index}`, `no file name at the end of ${item}; give {"url": "…", "file": "name.ext"}`);
    return { url: item, file };
  });
  const names = files.map((f) => f.file.toLowerCase());
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) fail(`${dataset}.urls`, `two URLs would be saved as ${repeated}`);
  return { dataset, format: entry.format, files };
}

/** Validates a source table (parsed JSON); `origin` names where it came from in error messages. */
export function parseSourceTable(table: unknown, origin: string): DatasetSource[] {
  const fail = (key: string, message: string): never => {
    throw new InvalidInputError(`${origin}: ${key}: ${message}`);
  };
  const parsed = SourceTableSchema.safeParse(table);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      // zod reports a bad record key as "Invalid key in record" and keeps the reason inside.
      const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
      return `${issue.path.join('.') || '(top level)'}: ${message}`;
    });
    throw new InvalidInputError(`${origin}: ${issues.join('; ')}`);
  }
  return Object.entries(parsed.data).map(([dataset, entry]) => datasetSource(dataset, entry, fail));
}

/** The default sources, with the entries of `file` (if given) replacing or adding datasets. */
export async function readSources(file?: string): Promise<DatasetSource[]> {
  const sources = new Map(parseSourceTable(DEFAULT_SOURCES, 'default sources').map((s) => [s.dataset, s]));
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new InvalidInputError(`sources file ${file} cannot be read: ${(error as Error).message}`, { cause: error });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new InvalidInputError(`sources file ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
    for (const source of parseSourceTable(json, `sources file ${file}`)) sources.set(source.dataset, source);
  }
  return [...sources.values()];
}

/** The sources of `dataset`, or of every dataset when it is not given. */
export function selectSources(sources: readonly DatasetSource[], dataset?: string): DatasetSource[] {
  if (dataset === undefined) return [...sources];
  const source = sources.find((s) => s.dataset === dataset);
  if (source === undefined) {
    throw new InvalidInputError(`no source is configured for dataset "${dataset}"; configured: ${sources.map((s) => s.dataset).join(', ')}`);
  }
  return [source];
}

/**
 * Every source format, registered as data: the CLI, `update` and the catalog all read this
 * list. A new format is one parser module and one line here.
 */
import { InvalidInputError } from '../model/errors.js';
import { euFsfXml } from './eu-fsf-xml.js';
import { ftmJsonl } from './ftm-jsonl.js';
import { gbHmtCsv } from './gb-hmt-csv.js';
import type { SourceParser } from './types.js';
import { unScXml } from './un-sc-xml.js';
import { usFaraCsv } from './us-fara-csv.js';
import { usOfacCsv } from './us-ofac-csv.js';
import { usOfacXml } from './us-ofac-xml.js';

export const SOURCES: readonly SourceParser[] = [usOfacCsv, usOfacXml, unScXml, euFsfXml, gbHmtCsv, ftmJsonl, usFaraCsv];

export function findSource(format: string): SourceParser {
  const source = SOURCES.find((s) => s.format === format);
  if (source === undefined) {
    throw new InvalidInputError(`unknown format "${format}"; known formats: ${SOURCES.map((s) => s.format).join(', ')}`);
  }
  return source;
}

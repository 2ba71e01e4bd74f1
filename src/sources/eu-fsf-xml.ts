/**
 * EU consolidated financial sanctions list, XML export of the EU Financial Sanctions Files
 * (FSF). Root `<export generationDate="2020-04-15T15:29:22.497+02:00">` in namespace
 * http://eu.europa.ec/fpi/fsd/export, one `<sanctionEntity>` per listed party (see
 * lib/eu-fsf-entity.ts for the record spec). Read as a stream, one sanctionEntity at a time.
 */
import { SourceFormatError } from '../model/errors.js';
import { parseIsoDate } from './lib/dates.js';
import { convertSanctionEntity, logicalIdOf, EU_FORMAT } from './lib/eu-fsf-entity.js';
import { singleFileSource } from './lib/single-file-source.js';
import { readFirstXmlRecord, readXmlRecords, type XmlReadOptions } from './lib/xml.js';
import type { SourceItem, SourceParser } from './types.js';

const RECORD_ELEMENTS = new Set(['sanctionEntity']);

function readOptions(onRoot?: XmlReadOptions['onRoot']): XmlReadOptions {
  return { format: EU_FORMAT, recordElements: RECORD_ELEMENTS, rootElement: 'export', onRoot };
}

/** The date part of `generationDate` as written (no time-zone shift). */
async function publicationDate(file: string): Promise<string | undefined> {
  let generated: string | undefined;
  // The root opens before the first record; reading one record is enough.
  await readFirstXmlRecord(file, readOptions((attributes) => (generated = attributes.generationDate)));
  if (generated === undefined || generated.trim() === '') return undefined;
  const date = parseIsoDate(generated);
  if (date === undefined) {
    throw new SourceFormatError(EU_FORMAT, { file, line: 1, field: 'generationDate' }, `invalid generationDate "${generated}"`);
  }
  return date;
}

async function* parse(file: string): AsyncGenerator<SourceItem> {
  // A party is listed once; a repeated logicalId means a damaged or hand-edited file, and
  // merging two records under one id could attach one party's names to another.
  const firstLine = new Map<string, number>();
  for await (const element of readXmlRecords(file, readOptions())) {
    const logicalId = logicalIdOf(element, file);
    const seenAt = firstLine.get(logicalId);
    if (seenAt !== undefined) {
      throw new SourceFormatError(
        EU_FORMAT,
        { file, line: element.line, record: logicalId, field: 'logicalId' },
        `sanctionEntity logicalId ${logicalId} is already used by the sanctionEntity on line ${seenAt}`,
      );
    }
    firstLine.set(logicalId, element.line);
    for (const entity of convertSanctionEntity(element, file)) yield { kind: 'entity', entity };
  }
  if (firstLine.size === 0) {
    // Loading an empty list would record every party as delisted.
    throw new SourceFormatError(EU_FORMAT, { file }, 'no <sanctionEntity> elements; refusing an empty list');
  }
}

export const euFsfXml: SourceParser = singleFileSource({
  format: EU_FORMAT,
  description: 'EU consolidated financial sanctions list (FSF XML export, root <export>)',
  dataset: 'eu_fsf',
  publicationDate,
  parse,
});

/**
 * OFAC lists in the classic `sdnList` XML schema: SDN.XML and CONSOLIDATED.XML (the non-SDN
 * list: sectoral sanctions, foreign sanctions evaders, NS-PLC, CMIC, ...), which share it.
 *
 * Input: one XML file, root `<sdnList>` (namespace varies by year and is ignored), first
 * `<publshInformation>` [sic] with `Publish_Date` (MM/DD/YYYY) and `Record_Count`, then one
 * `<sdnEntry>` per listed party. Record_Count must equal the number of entries read, so a
 * file that lost entries but is still well-formed is caught too.
 *
 * Each entry is restated as the CSV listing OFAC publishes for it (lib/ofac-xml-entry.ts) and
 * mapped by the same code as the CSV format (lib/ofac-entities.ts): same ids (`ofac-<uid>`,
 * uid = the CSV's ent_num), same properties and values. Like the CSV format the file is
 * streamed twice: first for the names "Linked To:" remarks refer to (and the count check),
 * then to emit each entry.
 *
 * The file does not say which list it is; the programmes hint at it but overlap, so the
 * default dataset follows the file name OFAC publishes: `consolidated.xml` / `cons*` ->
 * us_ofac_cons, anything else (`sdn.xml`) -> us_ofac_sdn.
 *
 * OFAC's Enhanced XML (root `<sanctionsData>`: SDN_ENHANCED.XML, CONS_ENHANCED.XML and the
 * programme extracts of the Sanctions List Service) is a different schema and is refused.
 */
import { basename } from 'node:path';
import type { Entity } from '../model/entity.js';
import { SourceFormatError } from '../model/errors.js';
import { parseMonthDayYearNumeric } from './lib/dates.js';
import { singleFileSource } from './lib/single-file-source.js';
import { buildOfacEntities } from './lib/ofac-entities.js';
import { indexPrimaryName, listingResolver, type NamedListing } from './lib/ofac-primary.js';
import { toOfacListing } from './lib/ofac-xml-entry.js';
import { readFirstXmlRecord, readXmlRecords, requiredChildText, type XmlElement, type XmlReadOptions } from './lib/xml.js';
import type { SourceItem, SourceParser } from './types.js';

const FORMAT = 'ofac-xml';
const PUBLISH_INFORMATION = 'publshInformation';

const READ_OPTIONS: XmlReadOptions = {
  format: FORMAT,
  rootElement: 'sdnList',
  recordElements: new Set([PUBLISH_INFORMATION, 'sdnEntry']),
  foreignRoots: {
    sanctionsData: 'this is OFAC Enhanced XML (SDN_ENHANCED / CONS_ENHANCED), which ofac-xml does not support; load the classic SDN.XML / CONSOLIDATED.XML instead',
  },
};

interface PublishInformation {
  date: string;
  recordCount: number;
  line: number;
}

function readPublishInformation(element: XmlElement, file: string): PublishInformation {
  const at = { format: FORMAT, file, record: PUBLISH_INFORMATION };
  const dateText = requiredChildText(element, 'Publish_Date', at);
  const countText = requiredChildText(element, 'Record_Count', at);
  const date = parseMonthDayYearNumeric(dateText);
  if (date === undefined) {
    throw new SourceFormatError(FORMAT, { file, line: element.line, field: 'Publish_Date' }, `"${dateText}" is not a MM/DD/YYYY date`);
  }
  if (!/^\d+$/.test(countText)) {
    throw new SourceFormatError(FORMAT, { file, line: element.line, field: 'Record_Count' }, `"${countText}" is not a number`);
  }
  return { date, recordCount: Number(countText), line: element.line };
}

function checkRecordCount(file: string, info: PublishInformation | undefined, count: number): void {
  if (info === undefined) throw new SourceFormatError(FORMAT, { file }, `no <${PUBLISH_INFORMATION}> element before the entries`);
  if (info.recordCount !== count) {
    const reason = `Record_Count says ${info.recordCount} entries but the file has ${count}; the file is truncated or damaged`;
    throw new SourceFormatError(FORMAT, { file, line: info.line, field: 'Record_Count' }, reason);
  }
}

/** A name -> listing index for "Linked To:" remarks, built in a first pass that also checks Record_Count. */
async function indexEntries(file: string): Promise<Map<string, NamedListing>> {
  let info: PublishInformation | undefined;
  const byName = new Map<string, NamedListing>();
  const uids = new Set<string>();
  for await (const element of readXmlRecords(file, READ_OPTIONS)) {
    if (element.name === PUBLISH_INFORMATION) {
      info = readPublishInformation(element, file);
      continue;
    }
    const { record } = toOfacListing(element, file, FORMAT);
    if (uids.has(record.entNum)) {
      throw new SourceFormatError(FORMAT, { file, line: record.line, record: record.entNum, field: 'uid' }, `uid ${record.entNum} is listed twice`);
    }
    uids.add(record.entNum);
    indexPrimaryName(byName, record);
  }
  checkRecordCount(file, info, uids.size);
  // Loading a list with no entries would record every listed party as delisted.
  if (uids.size === 0) throw new SourceFormatError(FORMAT, { file }, 'no <sdnEntry> elements; refusing an empty list');
  return byName;
}

/** Errors of the shared OFAC mapping name the CSV format; here the input is XML. */
function asXmlError(error: unknown): unknown {
  if (!(error instanceof SourceFormatError) || error.format === FORMAT) return error;
  return new SourceFormatError(FORMAT, error.location, error.reason, { cause: error });
}

async function* parseOfacXml(file: string): AsyncGenerator<SourceItem> {
  // As in the CSV format: a name two listings share resolves to neither.
  const resolve = listingResolver(await indexEntries(file));
  for await (const element of readXmlRecords(file, READ_OPTIONS)) {
    if (element.name === PUBLISH_INFORMATION) continue;
    const { record, side } = toOfacListing(element, file, FORMAT);
    let entities: Entity[];
    try {
      entities = buildOfacEntities(record, { side, resolve });
    } catch (error) {
      throw asXmlError(error);
    }
    for (const entity of entities) yield { kind: 'entity', entity };
  }
}

function isConsolidatedListFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  return name === 'consolidated.xml' || name.startsWith('cons');
}

async function publicationDate(file: string): Promise<string | undefined> {
  const first = await readFirstXmlRecord(file, READ_OPTIONS);
  return first?.name === PUBLISH_INFORMATION ? readPublishInformation(first, file).date : undefined;
}

export const usOfacXml: SourceParser = singleFileSource({
  format: FORMAT,
  description: 'OFAC SDN or Consolidated (non-SDN) list, classic sdnList XML (SDN.XML, CONSOLIDATED.XML)',
  dataset: (path) => (isConsolidatedListFile(path) ? 'us_ofac_cons' : 'us_ofac_sdn'),
  publicationDate,
  parse: parseOfacXml,
});

/**
 * The UN Security Council Consolidated List, XML (https://scsanctions.un.org/resources/xml/en/consolidated.xml).
 *
 * Input: one XML file, root `<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">`,
 * holding `INDIVIDUALS/INDIVIDUAL` (-> Person) and `ENTITIES/ENTITY` (-> Organization: the
 * UN's entities are companies, banks, charities and armed groups alike, and Organization,
 * which OpenSanctions uses for them too, is the FtM schema that fits all of them). Both
 * serialisations seen since 2017 (one record per line; indented, single-quoted declaration)
 * are the same XML. Records are mapped in lib/un-record.ts and lib/un-person.ts.
 *
 * Ids: `unsc-<REFERENCE_NUMBER>` (QDi.001 -> unsc-qdi-001), the UN's stable key. It is unique
 * in all seven files of 2017-2026; should a file repeat one, the later record gets
 * `unsc-<REFERENCE_NUMBER>-<DATAID>`, so ids stay unique and the same for the same file. A
 * file without records is refused: loading it would delist everyone.
 *
 * publicationDate is the date part of dateGenerated as written (the UN's local date in
 * 2017-2020 files with -04:00/-05:00 offsets, UTC since): no time zone shift.
 */
import { SourceFormatError } from '../model/errors.js';
import { sourceId } from '../model/ids.js';
import { isCalendarDate } from './lib/dates.js';
import { singleFileSource } from './lib/single-file-source.js';
import { withLocation, type RecordLocation } from './lib/record-location.js';
import { unRecordEntities } from './lib/un-record.js';
import { childText, readFirstXmlRecord, readXmlRecords, requiredChildText, type XmlElement, type XmlReadOptions } from './lib/xml.js';
import type { SourceItem, SourceParser } from './types.js';

const FORMAT = 'un-xml';

function readOptions(onRoot?: XmlReadOptions['onRoot']): XmlReadOptions {
  return { format: FORMAT, rootElement: 'CONSOLIDATED_LIST', recordElements: new Set(['INDIVIDUAL', 'ENTITY']), onRoot };
}

function publicationDateOf(file: string, attributes: Readonly<Record<string, string>>): string | undefined {
  const generated = attributes.dateGenerated;
  if (generated === undefined) return undefined;
  const date = generated.slice(0, 10);
  if (!isCalendarDate(date)) {
    throw new SourceFormatError(FORMAT, { file, line: 1, field: 'dateGenerated' }, `dateGenerated "${generated}" does not start with a YYYY-MM-DD date`);
  }
  return date;
}

async function publicationDate(file: string): Promise<string | undefined> {
  let date: string | undefined;
  await readFirstXmlRecord(file, readOptions((attributes) => (date = publicationDateOf(file, attributes))));
  return date;
}

/** `unsc-<REFERENCE_NUMBER>`, or with the DATAID for a REFERENCE_NUMBER already used in the file. */
function recordId(record: XmlElement, at: RecordLocation, used: Set<string>): string {
  const reference = requiredChildText(record, 'REFERENCE_NUMBER', at);
  let id = sourceId('unsc', reference);
  if (used.has(id)) id = sourceId('unsc', `${reference}-${requiredChildText(record, 'DATAID', at)}`);
  if (used.has(id)) throw new SourceFormatError(FORMAT, { ...at, field: 'DATAID' }, `REFERENCE_NUMBER ${reference} is listed twice with the same DATAID`);
  used.add(id);
  return id;
}

async function* parseUnXml(file: string): AsyncGenerator<SourceItem> {
  const used = new Set<string>();
  for await (const record of readXmlRecords(file, readOptions())) {
    const at: RecordLocation = { format: FORMAT, file, line: record.line, record: `${record.name} DATAID ${childText(record, 'DATAID') ?? '?'}` };
    const id = recordId(record, at, used);
    const where = { ...at, record: `${record.name} ${childText(record, 'REFERENCE_NUMBER')}` };
    for (const entity of withLocation(where, () => unRecordEntities(record, id, where))) yield { kind: 'entity', entity };
  }
  // Loading a list with no records would record every listed party as delisted.
  if (used.size === 0) throw new SourceFormatError(FORMAT, { file }, 'no INDIVIDUAL or ENTITY records; refusing an empty list');
}

export const unScXml: SourceParser = singleFileSource({
  format: FORMAT,
  description: 'UN Security Council Consolidated List, XML (consolidated.xml)',
  dataset: 'un_sc_sanctions',
  publicationDate,
  parse: parseUnXml,
});

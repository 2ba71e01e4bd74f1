/**
 * What the UN (`un-xml`) and OFAC classic (`ofac-xml`) list parsers share on top of
 * readXmlRecords: record reading that states a truncated file as such ("unexpected end of
 * file", where the XML parser says "unclosed tag") and names the format of a known foreign
 * root element (OFAC's Enhanced XML `<sanctionsData>`) or a ZIP archive given for the XML
 * inside; the first record; required texts.
 */
import { open } from 'node:fs/promises';
import { SourceFormatError } from '../../model/errors.js';
import { readXmlRecords, type XmlElement, type XmlReadOptions } from './xml.js';

export interface ListReadOptions extends XmlReadOptions {
  /** Root elements of related formats this parser does not read -> why, for the message. */
  foreignRoots?: Readonly<Record<string, string>>;
}

// saxes reports a document that stops inside an element as "unclosed tag: <name>", and one
// that stops inside a tag or declaration as "unexpected end".
const TRUNCATION = /unclosed tag|unexpected end/;
const WRONG_ROOT = /^expected root element <[^>]+>, found <([^>]+)>$/;

function explain(error: SourceFormatError, options: ListReadOptions): SourceFormatError {
  if (TRUNCATION.test(error.reason)) {
    const reason = `unexpected end of file (the file is truncated or damaged): ${error.reason}`;
    return new SourceFormatError(error.format, error.location, reason, { cause: error });
  }
  const foundRoot = WRONG_ROOT.exec(error.reason)?.[1];
  const why = foundRoot === undefined ? undefined : options.foreignRoots?.[foundRoot];
  if (why !== undefined) return new SourceFormatError(error.format, error.location, `${error.reason}: ${why}`, { cause: error });
  return error;
}

// A downloaded archive (OFAC's CONS_ENHANCED.ZIP) given instead of the XML inside it.
async function refuseZip(file: string, format: string): Promise<void> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (handle === undefined) return;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    if (bytesRead === 4 && buffer.toString('latin1') === 'PK\u0003\u0004') {
      throw new SourceFormatError(format, { file, line: 1 }, 'this is a ZIP archive, not an XML document; extract the XML file from it first');
    }
  } finally {
    await handle.close();
  }
}

/** readXmlRecords with the clearer messages described above. */
export async function* readListRecords(file: string, options: ListReadOptions): AsyncGenerator<XmlElement> {
  await refuseZip(file, options.format);
  try {
    yield* readXmlRecords(file, options);
  } catch (error) {
    throw error instanceof SourceFormatError ? explain(error, options) : error;
  }
}

/** The first record element of the file (reading stops there), or undefined. */
export async function readFirstRecord(file: string, options: ListReadOptions): Promise<XmlElement | undefined> {
  for await (const element of readListRecords(file, options)) return element;
  return undefined;
}

/** Text of the first child with this name, or a SourceFormatError naming the element. */
export function requiredText(element: XmlElement, name: string, at: { format: string; file: string; record?: string }): string {
  const child = element.children.find((c) => c.name === name);
  if (child === undefined || child.text === '') {
    throw new SourceFormatError(at.format, { file: at.file, line: element.line, record: at.record, field: name }, `<${element.name}> has no <${name}>`);
  }
  return child.text;
}

/**
 * What the UN (`un-xml`) and OFAC classic (`ofac-xml`) list parsers share on top of
 * readXmlRecords: record reading that states a truncated file as such ("unexpected end of
 * file", where the XML parser says "unclosed tag") and names the format of a known foreign
 * root element (OFAC's Enhanced XML `<sanctionsData>`); required child texts; and birth-year
 * ranges, which both lists state ("01 Jan 1953 to 31 Dec 1954", FROM_YEAR/TO_YEAR).
 */
import { SourceFormatError } from '../../model/errors.js';
import { readXmlRecords, type XmlElement, type XmlReadOptions } from './xml.js';

export interface ListReadOptions extends XmlReadOptions {
  /** Root elements of related formats this parser does not read -> why, for the message. */
  foreignRoots?: Readonly<Record<string, string>>;
}

// saxes reports a document that stops inside an element as "unclosed tag: <name>", and one
// that stops inside a tag or declaration as "unexpected end".
const TRUNCATION = /unclosed tag|unexpected end/;
const NO_ROOT = /document must contain a root element/;
const WRONG_ROOT = /^expected root element <[^>]+>, found <([^>]+)>$/;

function explain(error: SourceFormatError, options: ListReadOptions): SourceFormatError {
  if (TRUNCATION.test(error.reason)) {
    const reason = `unexpected end of file (the file is truncated or damaged): ${error.reason}`;
    return new SourceFormatError(error.format, error.location, reason, { cause: error });
  }
  if (NO_ROOT.test(error.reason)) {
    return new SourceFormatError(error.format, error.location, 'empty file, expected an XML document', { cause: error });
  }
  const foundRoot = WRONG_ROOT.exec(error.reason)?.[1];
  const why = foundRoot === undefined ? undefined : options.foreignRoots?.[foundRoot];
  if (why !== undefined) return new SourceFormatError(error.format, error.location, `${error.reason}: ${why}`, { cause: error });
  return error;
}

/** readXmlRecords with the clearer messages described above. */
export async function* readListRecords(file: string, options: ListReadOptions): AsyncGenerator<XmlElement> {
  let hasRoot = false;
  const onRoot = (attributes: Readonly<Record<string, string>>): void => {
    hasRoot = true;
    options.onRoot?.(attributes);
  };
  try {
    yield* readXmlRecords(file, { ...options, onRoot });
  } catch (error) {
    // readXmlRecords checks for an empty file after saxes' close(), which resets the line
    // counter, so it reports every complete document as empty; a document whose root element
    // was read is not empty (a truly empty file fails earlier: "must contain a root element").
    if (hasRoot && error instanceof SourceFormatError && error.reason.startsWith('empty file')) return;
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

/** Longest birth-year range expanded into single years; wider ranges keep only their ends. */
export const MAX_YEAR_RANGE = 20;

/**
 * Every year from `from` to `to` (what OpenSanctions does for "born between"), so a match on
 * any year in the range counts; only the two ends when the range is implausibly wide.
 */
export function yearsBetween(from: number, to: number): string[] {
  if (to < from || to - from > MAX_YEAR_RANGE) return [String(from), String(to)];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

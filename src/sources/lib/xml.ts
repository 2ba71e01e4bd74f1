/**
 * Streaming XML reading with saxes: yields one small element tree per record element (e.g.
 * each <sdnEntry>), so a list of any size is read in constant memory. Safe by construction:
 * a document type declaration is refused and no entity beyond XML's five predefined ones is
 * ever expanded, so external entities and entity bombs cannot be used. Errors say what went
 * wrong in a list's terms: a truncated file as such ("unexpected end of file", where the XML
 * parser says "unclosed tag"), a ZIP archive given for the XML inside it, and the format of
 * a known foreign root element.
 */
import { open } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import { SourceFormatError } from '../../model/errors.js';
import { readTextChunks } from './text-decoding.js';

export interface XmlElement {
  /** Local name, without namespace prefix. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated text directly inside this element, trimmed. */
  text: string;
  /** 1-based line where the element starts. */
  readonly line: number;
}

export interface XmlReadOptions {
  format: string;
  /** Local names of the elements to yield, wherever they occur. */
  recordElements: ReadonlySet<string>;
  /** Local name the document's root element must have. */
  rootElement: string;
  /** Receives the root element's attributes when it opens. */
  onRoot?: (attributes: Readonly<Record<string, string>>) => void;
  /** Root elements of related formats this parser does not read -> why, for the message. */
  foreignRoots?: Readonly<Record<string, string>>;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

// saxes reports a document that stops inside an element as "unclosed tag: <name>", and one
// that stops inside a tag or declaration as "unexpected end".
const TRUNCATION = /unclosed tag|unexpected end/;

function malformed(message: string): string {
  const reason = `malformed XML: ${message}`;
  return TRUNCATION.test(message) ? `unexpected end of file (the file is truncated or damaged): ${reason}` : reason;
}

function wrongRoot(found: string, options: XmlReadOptions): string {
  const reason = `expected root element <${options.rootElement}>, found <${found}>`;
  const why = options.foreignRoots?.[found];
  return why === undefined ? reason : `${reason}: ${why}`;
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

export async function* readXmlRecords(file: string, options: XmlReadOptions): AsyncGenerator<XmlElement> {
  await refuseZip(file, options.format);
  const parser = new SaxesParser({ position: true });
  const ready: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let depth = 0;
  let openRecords = 0;
  let hasRoot = false;
  const fail = (reason: string, cause?: unknown): never => {
    throw new SourceFormatError(options.format, { file, line: parser.line, field: stack.at(-1)?.name }, reason, { cause });
  };
  parser.on('doctype', () => fail('document type declarations (DTDs) are not allowed'));
  parser.on('opentag', (tag) => {
    depth++;
    const name = localName(tag.name);
    if (depth === 1) {
      hasRoot = true;
      if (name !== options.rootElement) fail(wrongRoot(name, options));
      options.onRoot?.(tag.attributes as Record<string, string>);
    }
    if (openRecords === 0 && !options.recordElements.has(name)) return;
    const element: XmlElement = { name, attributes: tag.attributes as Record<string, string>, children: [], text: '', line: parser.line };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    openRecords++;
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current !== undefined) current.text += text;
  });
  parser.on('cdata', (text) => {
    const current = stack.at(-1);
    if (current !== undefined) current.text += text;
  });
  parser.on('closetag', () => {
    depth--;
    if (openRecords === 0) return;
    const element = stack.pop()!;
    element.text = element.text.trim();
    openRecords--;
    if (openRecords === 0) ready.push(element);
  });
  parser.on('error', (error) => fail(malformed(error.message), error));
  for await (const chunk of readTextChunks(file, { format: options.format, encoding: 'utf-8' })) {
    parser.write(chunk);
    yield* ready.splice(0);
  }
  if (!hasRoot) fail('empty file: no XML element found');
  parser.close();
  yield* ready.splice(0);
}

/** The first record element of the file (reading stops there), or undefined. */
export async function readFirstXmlRecord(file: string, options: XmlReadOptions): Promise<XmlElement | undefined> {
  for await (const element of readXmlRecords(file, options)) return element;
  return undefined;
}

/** Child elements with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Text of the first child with this local name, or undefined. */
export function childText(element: XmlElement, name: string): string | undefined {
  const child = element.children.find((c) => c.name === name);
  return child === undefined || child.text === '' ? undefined : child.text;
}

/** Text of the first child with this local name, or a SourceFormatError naming the element. */
export function requiredChildText(element: XmlElement, name: string, at: { format: string; file: string; record?: string }): string {
  const text = childText(element, name);
  if (text === undefined) {
    throw new SourceFormatError(at.format, { file: at.file, line: element.line, record: at.record, field: name }, `<${element.name}> has no <${name}>`);
  }
  return text;
}

/** Texts of all descendants reached by a path of local names, e.g. ['NATIONALITY', 'VALUE']. */
export function pathTexts(element: XmlElement, path: readonly string[]): string[] {
  let level: XmlElement[] = [element];
  for (const name of path) level = level.flatMap((el) => childrenNamed(el, name));
  return level.map((el) => el.text).filter((text) => text !== '');
}

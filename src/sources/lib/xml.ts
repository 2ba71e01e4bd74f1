/**
 * Streaming XML reading with saxes: yields one small element tree per record element (e.g.
 * each <sdnEntry>), so a list of any size is read in constant memory. Safe by construction:
 * a document type declaration is refused and no entity beyond XML's five predefined ones is
 * ever expanded, so external entities and entity bombs cannot be used.
 */
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
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export async function* readXmlRecords(file: string, options: XmlReadOptions): AsyncGenerator<XmlElement> {
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
      if (name !== options.rootElement) fail(`expected root element <${options.rootElement}>, found <${name}>`);
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
  parser.on('error', (error) => fail(`malformed XML: ${error.message}`, error));
  for await (const chunk of readTextChunks(file, { format: options.format, encoding: 'utf-8' })) {
    parser.write(chunk);
    yield* ready.splice(0);
  }
  if (!hasRoot) fail('empty file: no XML element found');
  parser.close();
  yield* ready.splice(0);
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

/** Texts of all descendants reached by a path of local names, e.g. ['NATIONALITY', 'VALUE']. */
export function pathTexts(element: XmlElement, path: readonly string[]): string[] {
  let level: XmlElement[] = [element];
  for (const name of path) level = level.flatMap((el) => childrenNamed(el, name));
  return level.map((el) => el.text).filter((text) => text !== '');
}

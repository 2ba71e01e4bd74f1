/**
 * The streaming XML reader every XML parser uses: records as small element trees, and the
 * refusal of hostile or broken documents (DTDs with external entities or entity bombs,
 * truncated, wrong root, empty, wrong encoding, a ZIP archive) with errors naming file and line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PASSWD_LINE, assertSourceError, tempCopies } from '../../../test/support/source-testing.js';
import { readFirstXmlRecord, readXmlRecords, requiredChildText, type XmlElement, type XmlReadOptions } from './xml.js';

const OPTIONS: XmlReadOptions = { format: 'test-xml', rootElement: 'list', recordElements: new Set(['entry']) };
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const DOCUMENT = `${DECLARATION}
<list xmlns:t="urn:test" generated="2020-01-01">
  <t:entry id="1">
    <name>  Ann  </name>
    <note><![CDATA[a < b]]></note>
  </t:entry>
  <entry id="2"><name>Bob</name></entry>
</list>
`;
const writeCopy = tempCopies('xml-').write;

async function readAll(file: string, options: XmlReadOptions = OPTIONS, emitted: XmlElement[] = []): Promise<XmlElement[]> {
  for await (const record of readXmlRecords(file, options)) emitted.push(record);
  return emitted;
}

/** Reading `content` must fail naming the file; returns the error and the records read before it. */
async function refusal(name: string, content: string | Buffer, pattern: RegExp, options: XmlReadOptions = OPTIONS) {
  const file = writeCopy(name, content);
  const emitted: XmlElement[] = [];
  const error = await assertSourceError(() => readAll(file, options, emitted), pattern, file);
  assert.equal(error.format, 'test-xml');
  return { error, emitted: JSON.stringify(emitted) };
}

test('records stream as small trees: local names, attributes, trimmed text, CDATA, start line; root attributes', async () => {
  let root: Readonly<Record<string, string>> | undefined;
  const records = await readAll(writeCopy('list.xml', DOCUMENT), { ...OPTIONS, onRoot: (attributes) => (root = attributes) });
  assert.deepEqual({ ...root }, { 'xmlns:t': 'urn:test', generated: '2020-01-01' });
  assert.deepEqual(records.map((r) => [r.name, r.attributes.id, r.line]), [['entry', '1', 3], ['entry', '2', 7]]);
  assert.deepEqual(records[0]!.children.map((c) => [c.name, c.text, c.line]), [['name', 'Ann', 4], ['note', 'a < b', 5]]);
});

test('the first record, and required child texts named in errors', async () => {
  const file = writeCopy('first.xml', DOCUMENT);
  const first = await readFirstXmlRecord(file, OPTIONS);
  assert.equal(first?.attributes.id, '1');
  assert.equal(await readFirstXmlRecord(writeCopy('no-records.xml', `${DECLARATION}\n<list/>\n`), OPTIONS), undefined);
  assert.equal(requiredChildText(first!, 'name', { format: 'test-xml', file }), 'Ann');
  await assertSourceError(
    async () => requiredChildText(first!, 'born', { format: 'test-xml', file, record: 'entry 1' }),
    /line 3, record entry 1, field born: <entry> has no <born>/,
    file,
  );
});

test('an external entity (XXE) is never expanded: the DOCTYPE is refused and /etc/passwd appears nowhere', async () => {
  const uses = '<entry id="&xxe;"><name>&xxe;</name></entry>';
  const external = `${DECLARATION}\n<!DOCTYPE list [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<list>${uses}</list>\n`;
  const parameter = `${DECLARATION}\n<!DOCTYPE list [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n<list>${uses}</list>\n`;
  for (const [name, text] of [['xxe.xml', external], ['xxe-parameter.xml', parameter]] as const) {
    const { error, emitted } = await refusal(name, text, /line 2: document type declarations \(DTDs\) are not allowed/);
    assert.equal(error.location.line, 2);
    assert.equal(emitted, '[]', 'no record is read past the DOCTYPE');
    assert.ok(!error.message.includes(PASSWD_LINE) && !String(error.cause).includes(PASSWD_LINE), 'no /etc/passwd content in the error');
  }
  // Without a declaration the reference is an error of its own, never a file read.
  const undeclared = `${DECLARATION}\n<list>\n${uses}\n</list>\n`;
  const { error, emitted } = await refusal('undeclared.xml', undeclared, /line 3: malformed XML: 3:\d+: undefined entity/);
  assert.ok(!error.message.includes(PASSWD_LINE) && !emitted.includes(PASSWD_LINE), '/etc/passwd content appears nowhere');
});

test('entity expansion (billion laughs) is refused before anything is expanded', async () => {
  const entities = ['<!ENTITY a "lol">', ...'bcdefghij'.split('').map((name, i) => `<!ENTITY ${name} "${`&${'abcdefghij'[i]};`.repeat(10)}">`)];
  const laughs = `${DECLARATION}\n<!DOCTYPE list [${entities.join('')}]>\n<list><entry><name>&j;</name></entry></list>\n`;
  const started = performance.now();
  const { emitted } = await refusal('laughs.xml', laughs, /line 2: document type declarations \(DTDs\) are not allowed/);
  assert.equal(emitted, '[]');
  assert.ok(performance.now() - started < 2000, 'refused at once, not after expanding 10^9 laughs');
});

test('any DOCTYPE is refused naming file and line, with or without an XML declaration', async () => {
  await refusal('external-dtd.xml', `${DECLARATION}\n<!DOCTYPE list SYSTEM "list.dtd">\n<list/>\n`, /line 2: document type declarations/);
  await refusal('first-line.xml', '<!DOCTYPE list>\n<list/>\n', /line 1: document type declarations/);
});

test('a truncated document: the records before the cut, then "unexpected end of file" with the line', async () => {
  const insideElement = DOCUMENT.slice(0, DOCUMENT.indexOf('<name>Bob'));
  const { emitted } = await refusal('cut-element.xml', insideElement, /line 7, field entry: unexpected end of file \(the file is truncated or damaged\): malformed XML: .*unclosed tag/);
  assert.deepEqual(JSON.parse(emitted).map((r: XmlElement) => r.attributes.id), ['1']);
  const insideTag = DOCUMENT.slice(0, DOCUMENT.indexOf('id="2"') + 4);
  await refusal('cut-tag.xml', insideTag, /line 7: unexpected end of file \(the file is truncated or damaged\): malformed XML: /);
  // Damage inside the file is malformed XML, not truncation.
  await refusal('mismatched.xml', DOCUMENT.replace('</name>', '</nam>'), /line 4, field entry: malformed XML: 4:\d+: unexpected close tag\./);
});

test('a wrong root element is refused on its line; a known foreign root says what the file is', async () => {
  const other = `${DECLARATION}\n<other><entry/></other>\n`;
  const { emitted } = await refusal('other.xml', other, /line 2: expected root element <list>, found <other>$/);
  assert.equal(emitted, '[]');
  const foreignRoots = { other: 'this is the other format; load it with other-xml' };
  await refusal('known-other.xml', other, /line 2: expected root element <list>, found <other>: this is the other format; load it with other-xml$/, { ...OPTIONS, foreignRoots });
});

test('empty files, other encodings and archives are refused with the line', async () => {
  await refusal('empty.xml', '', /line 1: empty file: no XML element found/);
  await refusal('declaration-only.xml', `${DECLARATION}\n`, /line \d+: empty file: no XML element found/);
  const latin1 = Buffer.from(DOCUMENT.replace('Bob', 'Béb'), 'latin1');
  await refusal('latin1.xml', latin1, /line 7: not valid UTF-8/);
  await refusal('utf16.xml', Buffer.from(DOCUMENT, 'utf16le'), /line 1: .*NUL characters/);
  const zip = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(60)]);
  await refusal('list.zip', zip, /line 1: this is a ZIP archive, not an XML document/);
});

/**
 * The source table of `update`: the default official URLs, and a JSON override file whose
 * every mistake is reported with the file and the key at fault.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../model/errors.js';
import { makeTempDir } from '../../test/support/temp.js';
import { readSources, selectSources } from './update-sources.js';

function sourcesFile(content: unknown): string {
  const file = join(makeTempDir(), 'sources.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function rejects(content: unknown, message: RegExp): Promise<void> {
  const file = sourcesFile(content);
  await assert.rejects(readSources(file), (error: unknown) => {
    assert.ok(error instanceof InvalidInputError, String(error));
    assert.ok(error.message.startsWith(`sources file ${file}: `) || error.message.startsWith(`sources file ${file} `), error.message);
    assert.match(error.message, message);
    return true;
  });
}

describe('update sources', () => {
  it('defaults to the official URLs of the five datasets', async () => {
    const sources = await readSources();
    assert.deepEqual(sources.map((s) => [s.dataset, s.format]), [
      ['us_ofac_sdn', 'ofac-csv'],
      ['us_ofac_cons', 'ofac-csv'],
      ['un_sc_sanctions', 'un-xml'],
      ['gb_hmt_sanctions', 'uk-csv'],
      ['eu_fsf', 'eu-xml'],
    ]);
    const sdn = sources[0]!;
    assert.deepEqual(sdn.files.map((f) => f.file), ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv']);
    assert.equal(sdn.files[0]!.url, 'https://www.treasury.gov/ofac/downloads/sdn.csv');
    assert.equal(sources[1]!.files[0]!.url, 'https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv');
    assert.deepEqual(sources[4]!.files.map((f) => f.file), ['eu-fsf.xml']);
  });

  it('lets a file replace a dataset and add one, keeping the other defaults', async () => {
    const file = sourcesFile({
      un_sc_sanctions: { format: 'un-xml', urls: ['http://127.0.0.1:8080/un/consolidated.xml'] },
      un_test: { format: 'un-xml', urls: [{ url: 'http://127.0.0.1:8080/un?date=today', file: 'un.xml' }] },
    });
    const sources = await readSources(file);
    assert.equal(sources.length, 6);
    assert.deepEqual(selectSources(sources, 'un_sc_sanctions')[0]!.files, [{ url: 'http://127.0.0.1:8080/un/consolidated.xml', file: 'consolidated.xml' }]);
    assert.deepEqual(selectSources(sources, 'un_test')[0]!.files, [{ url: 'http://127.0.0.1:8080/un?date=today', file: 'un.xml' }]);
    assert.equal(selectSources(sources, 'us_ofac_sdn')[0]!.files.length, 4);
    assert.throws(() => selectSources(sources, 'ofac'), /no source is configured for dataset "ofac"; configured: us_ofac_sdn, /);
  });

  it('names the file and the key of every mistake', async () => {
    await rejects({ us_ofac_sdn: { format: 'ofac-csv', urls: ['ftp://example.org/sdn.csv'] } }, /: us_ofac_sdn\.urls\.0: not an http\(s\) URL: "ftp:\/\/example\.org\/sdn\.csv"$/);
    await rejects({ us_ofac_sdn: { format: 'ofac-csv', urls: ['sdn.csv'] } }, /us_ofac_sdn\.urls\.0: not an http\(s\) URL: "sdn\.csv"/);
    await rejects({ us_ofac_sdn: { format: 'pdf', urls: ['https://example.org/sdn.pdf'] } }, /: us_ofac_sdn\.format: unknown format "pdf"; known formats: ofac-csv/);
    await rejects({ un_sc_sanctions: { format: 'un-xml', urls: ['https://a.org/x.xml', 'https://a.org/y.xml'] } }, /un_sc_sanctions\.urls: format un-xml reads one file, so it takes exactly one URL/);
    await rejects({ eu_fsf: { format: 'eu-xml', urls: ['https://example.org/files/'] } }, /eu_fsf\.urls\.0: no file name at the end of https:\/\/example\.org\/files\/; give \{"url"/);
    await rejects({ us_ofac_sdn: { format: 'ofac-csv', urls: ['https://a.org/sdn.csv', 'https://b.org/SDN.CSV'] } }, /us_ofac_sdn\.urls: two URLs would be saved as sdn\.csv/);
    await rejects({ us_ofac_sdn: { format: 'ofac-csv', url: 'https://a.org/sdn.csv' } }, /us_ofac_sdn: Unrecognized key: "url"/);
    await rejects({ 'US SDN': { format: 'ofac-csv', urls: ['https://a.org/sdn.csv'] } }, /US SDN: dataset names are lower-case/);
    await rejects('{"us_ofac_sdn": ', /is not valid JSON/);
    await rejects([], /\(top level\): /);
    await assert.rejects(readSources(join(makeTempDir(), 'missing.json')), /sources file .*missing\.json cannot be read: ENOENT/);
  });
});

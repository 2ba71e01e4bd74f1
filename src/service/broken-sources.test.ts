/**
 * Broken copies of real files, for every format: each load fails with a SourceFormatError
 * that names the file and a line, and the store is exactly as it was. Runs on both backends.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SourceFormatError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { BACKENDS } from '../../test/support/stores.js';
import { sharedData } from '../../test/support/paths.js';
import { makeTempDir } from '../../test/support/temp.js';
import { dumpStore } from '../../test/support/store-dump.js';
import { loadSnapshot } from './ingest.js';

interface FormatCase {
  format: string;
  file: string;
  asOf: string;
  /** A real file of another format. */
  foreign: string;
}

const CASES: FormatCase[] = [
  { format: 'un-xml', file: sharedData('un', '2017-07-03', 'consolidated.xml'), asOf: '2017-07-03', foreign: sharedData('ofac-xml', '2018-04-06', 'consolidated.xml') },
  { format: 'ofac-xml', file: sharedData('ofac-xml', '2020-03-17', 'consolidated.xml'), asOf: '2020-03-17', foreign: sharedData('un', '2017-07-03', 'consolidated.xml') },
  { format: 'uk-csv', file: sharedData('uk', '2020-04-27', 'ConList.csv'), asOf: '2020-04-27', foreign: sharedData('ofac', '2019-01-04', 'sdn.csv') },
  { format: 'ftm', file: sharedData('opensanctions', 'yente', 't1', 'entities.ftm.json'), asOf: '2024-05-27', foreign: sharedData('ofac', '2019-01-04', 'sdn.csv') },
];

/** Broken variants of a file, each written to a temp file under the original name. */
function brokenCopies(file: string): Record<string, string> {
  const bytes = readFileSync(file);
  const write = (content: Buffer): string => {
    const path = join(makeTempDir(), basename(file));
    writeFileSync(path, content);
    return path;
  };
  const middle = bytes.indexOf(0x0a, Math.floor(bytes.length / 2)) + 1;
  return {
    truncated: write(bytes.subarray(0, Math.floor(bytes.length * 0.6))),
    'utf-16': write(Buffer.from(bytes.toString('latin1'), 'utf16le')),
    'invalid byte': write(Buffer.concat([bytes.subarray(0, middle), Buffer.from([0x81, 0xff, 0x0a]), bytes.subarray(middle)])),
    empty: write(Buffer.alloc(0)),
  };
}

for (const backend of BACKENDS) {
  describe(`broken copies change nothing (${backend.name})`, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
      for (const c of CASES) await loadSnapshot(store, { format: c.format, path: c.file, asOf: c.asOf, dataset: `good_${c.format.replace('-', '_')}` });
    });
    after(async () => store.close());

    for (const c of CASES) {
      it(`${c.format}: truncated, re-encoded, damaged, empty and foreign files are refused`, async () => {
        const before = await dumpStore(store);
        const attempts = { ...brokenCopies(c.file), 'another format': c.foreign };
        for (const [kind, path] of Object.entries(attempts)) {
          await assert.rejects(loadSnapshot(store, { format: c.format, path, asOf: '2030-01-01', dataset: `good_${c.format.replace('-', '_')}` }), (error: unknown) => {
            assert.ok(error instanceof SourceFormatError, `${kind}: ${String(error)}`);
            assert.ok(error.message.includes(path), `${kind}: names the file: ${error.message}`);
            assert.match(error.message, /line \d+|record /, `${kind}: names a line or record: ${error.message}`);
            return true;
          });
        }
        assert.deepEqual(await dumpStore(store), before);
      });
    }
  });
}

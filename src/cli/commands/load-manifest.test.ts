/**
 * `sanctions load-manifest` run as a user runs it, on real UN lists: snapshots recorded in
 * date order whatever the manifest's order, a second run skipping what is recorded, and bad
 * manifests refused with the file, the entry and the reason before anything is loaded.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceChecksum } from '../../service/checksum.js';
import { findSource, SOURCES } from '../../sources/registry.js';
import { runCli } from '../../../test/support/cli.js';
import { REPO_ROOT, sharedData } from '../../../test/support/paths.js';
import { makeTempDir } from '../../../test/support/temp.js';
import { readManifest } from './load-manifest.js';

/** A manifest file in a new folder, with `entries` as written; its paths are relative to that folder. */
function writeManifest(entries: unknown): { dir: string; file: string } {
  const dir = makeTempDir();
  const file = join(dir, 'manifest.json');
  writeFileSync(file, typeof entries === 'string' ? entries : JSON.stringify(entries));
  return { dir, file };
}

const unFile = (dir: string, date: string) => relative(dir, sharedData('un', date, 'consolidated.xml'));

function recordedSnapshots(db: string): string[] {
  const run = runCli(['--db', db, 'datasets', '--json']);
  assert.equal(run.status, 0, run.stderr);
  const datasets = JSON.parse(run.stdout) as { name: string; snapshots: { as_of: string }[] }[];
  return datasets.flatMap((d) => d.snapshots.map((s) => `${d.name} ${s.as_of}`));
}

describe('sanctions load-manifest', () => {
  it('records the snapshots oldest first, then skips them on a second run; a different file for a recorded date is a conflict', () => {
    const db = join(makeTempDir(), 'manifest.db');
    const placeholder = writeManifest('[]');
    const entries = [
      { format: 'un-xml', path: unFile(placeholder.dir, '2025-04-19'), as_of: '2025-04-19' },
      { format: 'un-xml', path: unFile(placeholder.dir, '2024-09-26'), as_of: '2024-09-26' },
    ];
    writeFileSync(placeholder.file, JSON.stringify(entries));

    const first = runCli(['--db', db, 'load-manifest', placeholder.file]);
    assert.equal(first.status, 0, first.stderr);
    const lines = first.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^un_sc_sanctions 2024-09-26 \(.*un\/2024-09-26\/consolidated\.xml\): loaded 875 listed, \d+ entities; events: 875 designated, 0 delisted/);
    assert.match(lines[1]!, /^un_sc_sanctions 2025-04-19 \(.*un\/2025-04-19\/consolidated\.xml\): loaded 877 listed, \d+ entities; events: 4 designated, 2 delisted, 0 relisted/);
    assert.deepEqual(recordedSnapshots(db), ['un_sc_sanctions 2024-09-26', 'un_sc_sanctions 2025-04-19']);

    const second = runCli(['--db', db, 'load-manifest', placeholder.file]);
    assert.equal(second.status, 0, second.stderr);
    assert.deepEqual(second.stdout.trim().split('\n'), [
      `un_sc_sanctions 2024-09-26 (${entries[1]!.path}): already recorded, skipped`,
      `un_sc_sanctions 2025-04-19 (${entries[0]!.path}): already recorded, skipped`,
    ]);

    const swapped = writeManifest([{ format: 'un-xml', path: unFile(placeholder.dir, '2026-02-27'), as_of: '2024-09-26' }]);
    const conflict = runCli(['--db', db, 'load-manifest', swapped.file]);
    assert.equal(conflict.status, 5, conflict.stderr);
    assert.match(conflict.stderr, new RegExp(`^sanctions: ${swapped.file}: entry 0 \\(.*un/2026-02-27/consolidated\\.xml\\): dataset un_sc_sanctions already has a snapshot dated 2024-09-26 from a different file`));
  });

  it('refuses a manifest that is not JSON, or not an array of snapshots', () => {
    const notJson = writeManifest('[{"format": "un-xml",');
    const run = runCli(['--db', join(notJson.dir, 'x.db'), 'load-manifest', notJson.file]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, new RegExp(`^sanctions: ${notJson.file}: not JSON \\(`));

    const object = writeManifest({ format: 'un-xml' });
    const objectRun = runCli(['--db', join(object.dir, 'x.db'), 'load-manifest', object.file]);
    assert.equal(objectRun.status, 2);
    assert.equal(objectRun.stderr, `sanctions: ${object.file}: must be a non-empty JSON array of snapshots\n`);

    const missing = join(makeTempDir(), 'absent.json');
    const missingRun = runCli(['--db', join(object.dir, 'x.db'), 'load-manifest', missing]);
    assert.equal(missingRun.status, 2);
    assert.equal(missingRun.stderr, `sanctions: ${missing}: cannot read the manifest (ENOENT)\n`);
  });

  it('names every bad entry (missing field, unknown format, bad date, missing file) and loads nothing, not even the good entries', () => {
    const { dir, file } = writeManifest('[]');
    const good = { format: 'un-xml', path: unFile(dir, '2024-09-26'), as_of: '2024-09-26' };
    writeFileSync(
      file,
      JSON.stringify([
        good,
        { format: 'un-xml', as_of: '2025-04-19' },
        { format: 'un-csv', path: unFile(dir, '2025-04-19'), as_of: '2025-04-19' },
        { format: 'un-xml', path: unFile(dir, '2025-04-19'), as_of: '19/04/2025', datset: 'un' },
        { format: 'ofac-csv', path: 'ofac-sdn/1999-01-01', as_of: '1999-01-01' },
        'un-xml',
      ]),
    );
    const db = join(dir, 'bad.db');
    const run = runCli(['--db', db, 'load-manifest', file]);
    assert.equal(run.status, 2, run.stderr);
    assert.deepEqual(run.stderr.replace(/^sanctions: /, '').trim().split('\n'), [
      `${file}: entry 1: "path" is missing or not a non-empty string`,
      `${file}: entry 2: unknown format "un-csv" (formats: ${SOURCES.map((s) => s.format).join(', ')})`,
      `${file}: entry 3: unknown field "datset" (fields: format, path, as_of, dataset)`,
      `${file}: entry 3: "as_of" must be a date YYYY-MM-DD, got "19/04/2025"`,
      `${file}: entry 4: path "ofac-sdn/1999-01-01" does not exist (resolved to ${join(dir, 'ofac-sdn/1999-01-01')})`,
      `${file}: entry 5: must be an object {"format", "path", "as_of"}`,
    ]);
    assert.equal(run.stdout, '');
    assert.deepEqual(recordedSnapshots(db), []);
  });

  it('the shipped sample manifest lists byte-for-byte copies of the real files, oldest first', async () => {
    const entries = await readManifest(join(REPO_ROOT, 'sample-data', 'manifest.json'));
    assert.deepEqual(
      entries.map((e) => `${e.request.format} ${e.listedPath} ${e.request.asOf}`),
      ['ofac-csv ofac-sdn/2019-01-04 2019-01-04', 'uk-csv uk-hmt/2020-04-27/ConList.csv 2020-04-27', 'ofac-csv ofac-sdn/2021-06-29 2021-06-29', 'ofac-csv ofac-sdn/2024-07-02 2024-07-02'],
    );
    const shared = ['ofac/2019-01-04', 'uk/2020-04-27/ConList.csv', 'ofac/2021-06-29', 'ofac/2024-07-02'];
    for (const [i, entry] of entries.entries()) {
      const source = findSource(entry.request.format);
      const copy = await sourceChecksum(await source.inputFiles(entry.request.path));
      assert.equal(copy, await sourceChecksum(await source.inputFiles(sharedData(shared[i]!))), entry.listedPath);
    }
  });
});

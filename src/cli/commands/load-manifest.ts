/**
 * `sanctions load-manifest <manifest.json>`: records every snapshot a manifest lists, oldest
 * first, so a store can be filled from a folder of list files in one command (`npm start`
 * fills its store from sample-data/manifest.json this way).
 *
 * A manifest is a JSON array of `{"format": "ofac-csv", "path": "ofac-sdn/2019-01-04",
 * "as_of": "2019-01-04", "dataset"?: "us_ofac_sdn"}`, paths relative to the manifest's folder.
 * The whole manifest is checked before anything is loaded: a bad one stops the command with
 * every problem found (manifest file, entry index, why). A snapshot already recorded from
 * files with the same checksum is skipped before its files are parsed, so a second run takes
 * seconds; any other case, a different file for a recorded date included (a conflict), is
 * loadSnapshot's to decide.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidInputError, RadarError } from '../../model/errors.js';
import { sourceChecksum } from '../../service/checksum.js';
import { loadSnapshot, type LoadRequest, type LoadResult } from '../../service/ingest.js';
import { isCalendarDate } from '../../sources/lib/dates.js';
import { findSource, SOURCES } from '../../sources/registry.js';
import type { Store } from '../../store/store.js';
import { withStore, type CliContext } from '../context.js';

interface ManifestEntry {
  /** Position in the manifest, from 0, as reported in messages. */
  readonly index: number;
  /** The path as written in the manifest. */
  readonly listedPath: string;
  readonly request: LoadRequest;
}

const FIELDS = ['format', 'path', 'as_of', 'dataset'];

/** The problems of one entry; none means `request` can be loaded. */
async function checkEntry(value: unknown, baseDir: string): Promise<string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['must be an object {"format", "path", "as_of"}'];
  const entry = value as Record<string, unknown>;
  const problems = Object.keys(entry)
    .filter((key) => !FIELDS.includes(key))
    .map((key) => `unknown field "${key}" (fields: ${FIELDS.join(', ')})`);
  for (const field of ['format', 'path', 'as_of']) {
    if (typeof entry[field] !== 'string' || entry[field] === '') problems.push(`"${field}" is missing or not a non-empty string`);
  }
  if (entry.dataset !== undefined && typeof entry.dataset !== 'string') problems.push('"dataset" must be a string');
  if (typeof entry.format === 'string' && !SOURCES.some((s) => s.format === entry.format)) {
    problems.push(`unknown format "${entry.format}" (formats: ${SOURCES.map((s) => s.format).join(', ')})`);
  }
  if (typeof entry.as_of === 'string' && !isCalendarDate(entry.as_of)) problems.push(`"as_of" must be a date YYYY-MM-DD, got "${entry.as_of}"`);
  if (typeof entry.path === 'string' && entry.path !== '') {
    const exists = await stat(resolve(baseDir, entry.path)).then(() => true, () => false);
    if (!exists) problems.push(`path "${entry.path}" does not exist (resolved to ${resolve(baseDir, entry.path)})`);
  }
  return problems;
}

/** The manifest's entries in as-of order (manifest order among equal dates); throws on any problem. */
export async function readManifest(manifestFile: string): Promise<ManifestEntry[]> {
  const text = await readFile(manifestFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InvalidInputError(`${manifestFile}: cannot read the manifest (${error.code ?? error.message})`);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${manifestFile}: not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw new InvalidInputError(`${manifestFile}: must be a non-empty JSON array of snapshots`);
  const baseDir = dirname(resolve(manifestFile));
  const problems = (await Promise.all(parsed.map((value) => checkEntry(value, baseDir)))).flatMap((found, index) =>
    found.map((why) => `${manifestFile}: entry ${index}: ${why}`),
  );
  if (problems.length > 0) throw new InvalidInputError(problems.join('\n'));
  const entries = (parsed as Record<string, string>[]).map((entry, index) => ({
    index,
    listedPath: entry.path!,
    request: { format: entry.format!, path: resolve(baseDir, entry.path!), asOf: entry.as_of!, dataset: entry.dataset },
  }));
  return entries.sort((a, b) => a.request.asOf.localeCompare(b.request.asOf) || a.index - b.index);
}

/** The dataset that holds this snapshot from files with the same checksum, if one does (found without parsing them). */
async function datasetRecording(store: Store, request: LoadRequest): Promise<string | undefined> {
  const source = findSource(request.format);
  const dataset = request.dataset ?? (await source.defaultDataset(request.path));
  const recorded = (await store.listSnapshots(dataset)).find((s) => s.asOf === request.asOf);
  if (recorded === undefined || recorded.checksum !== (await sourceChecksum(await source.inputFiles(request.path)))) return undefined;
  return dataset;
}

function describeResult(entry: ManifestEntry, result: LoadResult, seconds: number): string {
  const label = `${result.dataset} ${result.asOf} (${entry.listedPath})`;
  if (result.status === 'unchanged') return `${label}: already recorded, skipped`;
  const events = Object.entries(result.events)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  return `${label}: loaded ${result.targetCount} listed, ${result.entityCount} entities; events: ${events} (${seconds.toFixed(1)} s)`;
}

/** Records one entry unless it is recorded already; returns the line reporting what happened. */
async function loadEntry(store: Store, entry: ManifestEntry, manifestFile: string): Promise<string> {
  const { request } = entry;
  const recordedIn = await datasetRecording(store, request);
  if (recordedIn !== undefined) return `${recordedIn} ${request.asOf} (${entry.listedPath}): already recorded, skipped`;
  const started = performance.now();
  const result = await loadSnapshot(store, request).catch((error: unknown) => {
    if (!(error instanceof RadarError)) throw error;
    // Same code (so the same exit status), with the entry that failed in front.
    throw new RadarError(error.code, `${manifestFile}: entry ${entry.index} (${entry.listedPath}): ${error.message}`, { cause: error });
  });
  return describeResult(entry, result, (performance.now() - started) / 1000);
}

export function registerLoadManifest(program: Command, context: CliContext): void {
  program
    .command('load-manifest')
    .description('record every snapshot listed in a manifest (JSON array of {format, path, as_of, dataset?}), oldest first; already recorded ones are skipped')
    .argument('<manifest>', 'manifest file; its paths are relative to its folder')
    .action(async (manifestFile: string, _options, command: Command) => {
      const entries = await readManifest(manifestFile);
      await withStore(context, command.optsWithGlobals(), async (store) => {
        for (const [position, entry] of entries.entries()) {
          context.notice(`[${position + 1}/${entries.length}] ${entry.request.format} ${entry.listedPath} as of ${entry.request.asOf}\n`);
          context.write(`${await loadEntry(store, entry, manifestFile)}\n`);
        }
      });
    });
}

/**
 * `update`: fetch the current official files of each dataset and record a changed source as
 * a snapshot. Per dataset, in order:
 *   1. download every URL of the dataset into a fresh folder of the raw archive (download.ts);
 *      a failed download loads nothing and keeps nothing;
 *   2. take the snapshot checksum as `load` does (the parser's input files, checksum.ts); the
 *      same checksum as the dataset's latest snapshot means nothing changed: the download is
 *      dropped and nothing is loaded;
 *   3. keep the download in the raw archive, then date it: the publication date the file
 *      states (UN dateGenerated, EU generationDate, …), else the HTTP Last-Modified day
 *      (UTC), else today (UTC);
 *   4. load it with loadSnapshot, so every safety rule of `load` holds (one transaction, the
 *      mass-delisting refusal unless forced, a different file for a recorded date is a
 *      conflict, bad input changes nothing). A refused or conflicting source stays in the
 *      archive for inspection and a later `load --force`.
 * Each attempt is recorded in the archive's manifest. A failing dataset does not stop the
 * others; its failure is returned in its result.
 */
import { join } from 'node:path';
import { RadarError } from '../model/errors.js';
import { findSource } from '../sources/registry.js';
import type { SourceParser } from '../sources/types.js';
import type { Store } from '../store/store.js';
import { sourceChecksum } from './checksum.js';
import { DEFAULT_DOWNLOAD_OPTIONS, downloadFile, type DownloadedFile, type DownloadOptions } from './download.js';
import { loadSnapshot, type LoadResult } from './ingest.js';
import { RawArchive, type ManifestEntry, type ManifestResult } from './raw-archive.js';
import type { DatasetSource } from './update-sources.js';

export interface UpdateRequest {
  readonly sources: readonly DatasetSource[];
  /** The raw archive folder. */
  readonly rawDir: string;
  /** Record a snapshot even if it would delist more than 20% of the dataset. */
  readonly force?: boolean;
  readonly download?: Partial<DownloadOptions>;
  /** Progress and retry reporting for the download of one file of a dataset. */
  readonly onDownload?: (dataset: string, file: string) => Pick<DownloadOptions, 'onProgress' | 'onRetry'>;
  readonly now?: () => Date;
}

/** Where the snapshot date came from. */
export type DateBasis = 'publication' | 'last-modified' | 'download';

export interface UpdateResult {
  readonly dataset: string;
  readonly format: string;
  readonly status: 'loaded' | 'unchanged' | 'failed';
  readonly asOf?: string;
  readonly dateBasis?: DateBasis;
  readonly checksum?: string;
  /** The kept raw source (absent when unchanged or when the download failed). */
  readonly rawPath?: string;
  readonly files: readonly DownloadedFile[];
  readonly load?: LoadResult;
  /** Why a failed update failed: a RadarError, or an unexpected error. */
  readonly error?: unknown;
  readonly message?: string;
}

type Attempt = { -readonly [K in keyof UpdateResult]: UpdateResult[K] } & { files: DownloadedFile[] };

export async function updateDatasets(store: Store, request: UpdateRequest): Promise<UpdateResult[]> {
  const archive = new RawArchive(request.rawDir);
  const now = request.now ?? (() => new Date());
  const results: UpdateResult[] = [];
  for (const source of request.sources) {
    const attempt: Attempt = { dataset: source.dataset, format: source.format, status: 'failed', files: [] };
    try {
      await updateDataset(store, source, attempt, { ...request, archive, now });
    } catch (error) {
      Object.assign(attempt, { status: 'failed', error, message: error instanceof Error ? error.message : String(error) });
    }
    await archive.record(manifestEntry(attempt, now()));
    results.push(attempt);
  }
  return results;
}

async function updateDataset(
  store: Store,
  source: DatasetSource,
  attempt: Attempt,
  context: UpdateRequest & { archive: RawArchive; now: () => Date },
): Promise<void> {
  const { archive, now } = context;
  const parser = findSource(source.format);
  const downloadDir = await archive.newDownloadDir(source.dataset);
  let isKept = false;
  try {
    const options = { ...DEFAULT_DOWNLOAD_OPTIONS, ...context.download };
    for (const { url, file } of source.files) {
      attempt.files.push(await downloadFile(url, join(downloadDir, file), { ...options, ...context.onDownload?.(source.dataset, file) }));
    }
    const single = parser.input === 'file' ? source.files[0]!.file : undefined;
    attempt.checksum = await sourceChecksum(await parser.inputFiles(single === undefined ? downloadDir : join(downloadDir, single)));
    const latest = (await store.listSnapshots(source.dataset)).at(-1);
    if (latest?.checksum === attempt.checksum) {
      Object.assign(attempt, { status: 'unchanged', asOf: latest.asOf });
      return;
    }
    attempt.rawPath = await archive.keep(source.dataset, downloadDir, { checksum: attempt.checksum, file: single });
    isKept = true;
    Object.assign(attempt, await snapshotDate(parser, attempt.rawPath, attempt.files, now));
    const load = await loadSnapshot(store, { format: source.format, path: attempt.rawPath, asOf: attempt.asOf!, dataset: source.dataset, force: context.force }, now);
    Object.assign(attempt, { status: load.status, load });
  } finally {
    if (!isKept) await archive.discard(downloadDir);
  }
}

/** The date the source states about itself, else the server's Last-Modified day, else today (UTC). */
async function snapshotDate(
  parser: SourceParser,
  path: string,
  files: readonly DownloadedFile[],
  now: () => Date,
): Promise<{ asOf: string; dateBasis: DateBasis }> {
  const published = await parser.publicationDate(path);
  if (published !== undefined) return { asOf: published, dateBasis: 'publication' };
  const modified = files.map((f) => Date.parse(f.lastModified ?? '')).filter(Number.isFinite);
  // A folder changes when its newest file does.
  if (modified.length > 0) return { asOf: utcDay(new Date(Math.max(...modified))), dateBasis: 'last-modified' };
  return { asOf: utcDay(now()), dateBasis: 'download' };
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function manifestResult(result: UpdateResult): ManifestResult {
  if (result.status !== 'failed') return result.status;
  const code = result.error instanceof RadarError ? result.error.code : undefined;
  return code === 'refused' || code === 'conflict' ? code : 'failed';
}

function manifestEntry(result: UpdateResult, time: Date): ManifestEntry {
  return {
    time: time.toISOString(),
    dataset: result.dataset,
    format: result.format,
    result: manifestResult(result),
    message: result.message,
    asOf: result.asOf,
    checksum: result.checksum,
    path: result.rawPath,
    files: result.files.map((f) => ({ url: f.url, sha256: f.sha256, bytes: f.bytes, lastModified: f.lastModified })),
  };
}

/** `sanctions update [--dataset NAME] [--sources FILE] [--raw-dir DIR] [--force] [--timeout S] [--retries N] [--json]` */
import type { Command } from 'commander';
import { InvalidInputError, RadarError } from '../../model/errors.js';
import type { DownloadOptions } from '../../service/download.js';
import { updateDatasets, type DateBasis, type UpdateResult } from '../../service/update.js';
import { readSources, selectSources } from '../../service/update-sources.js';
import { withStore, writeJson, type CliContext } from '../context.js';
import { createProgressBar, type ProgressBar } from '../progress.js';

const HELP = `
For each dataset, the files at its URLs are downloaded and kept under the raw folder
(<raw-dir>/<dataset>/, with downloads.jsonl recording every attempt). Files identical to the
dataset's latest snapshot are reported "unchanged" and not kept again. Changed files are
loaded as a snapshot dated by the publication date the file states (UN dateGenerated, EU
generationDate, UK "Last Updated", OFAC XML Publish_Date), else by the server's
Last-Modified day, else by today (UTC).

A date holds one snapshot: when a different file is already recorded for that date (OFAC
may publish more than once a day), the update fails with a conflict and the new file is kept
in the raw folder; load it later under another date with \`sanctions load\`. A snapshot that
would delist more than 20% of a dataset is refused (a truncated download looks like that)
unless --force is given; the refused file is kept too. A failed download records nothing.

One failing dataset does not stop the others; the exit status is non-zero if any failed,
with one line per failed dataset on stderr.

--sources FILE (or env SANCTIONS_SOURCES) replaces or adds datasets, e.g.
  {"us_ofac_sdn": {"format": "ofac-csv", "urls": ["https://…/sdn.csv", "https://…/add.csv"]},
   "eu_fsf": {"format": "eu-xml", "urls": [{"url": "https://…/content?token=…", "file": "eu.xml"}]}}`;

const DATE_BASIS: Readonly<Record<DateBasis, string>> = {
  publication: 'date stated in the file',
  'last-modified': 'date from HTTP Last-Modified',
  download: 'no date in the file or headers: dated today',
};

function positiveNumber(value: string, option: string, { allowZero = false } = {}): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || (!allowZero && number === 0)) {
    throw new InvalidInputError(`${option} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${value}"`);
  }
  return number;
}

function downloadOptions(options: { timeout?: string; retries?: string }): Partial<DownloadOptions> {
  const result: { -readonly [K in keyof DownloadOptions]?: DownloadOptions[K] } = {};
  if (options.timeout !== undefined) result.responseTimeoutMs = result.stallTimeoutMs = 1000 * positiveNumber(options.timeout, '--timeout');
  if (options.retries !== undefined) result.retries = Math.floor(positiveNumber(options.retries, '--retries', { allowZero: true }));
  return result;
}

function describeResult(result: UpdateResult): string {
  if (result.status === 'failed') return `${result.dataset}: failed: ${result.message}`;
  if (result.status === 'unchanged' || result.load === undefined) {
    return `${result.dataset}: unchanged (the same file as the snapshot of ${result.asOf})`;
  }
  const events = Object.entries(result.load.events).map(([type, n]) => `${n} ${type}`).join(', ');
  const basis = result.dateBasis === undefined ? '' : `; ${DATE_BASIS[result.dateBasis]}`;
  return `${result.dataset}: loaded ${result.asOf} (${result.load.targetCount} listed; ${events}${basis})`;
}

function resultJson(result: UpdateResult): Record<string, unknown> {
  return {
    dataset: result.dataset,
    status: result.status,
    as_of: result.asOf ?? null,
    date_basis: result.dateBasis ?? null,
    checksum: result.checksum ?? null,
    raw_path: result.rawPath ?? null,
    target_count: result.load?.targetCount ?? null,
    entity_count: result.load?.entityCount ?? null,
    events: result.load?.events ?? null,
    error_code: result.status === 'failed' ? (result.error instanceof RadarError ? result.error.code : 'unexpected') : null,
    message: result.message ?? null,
    files: result.files.map((f) => ({ url: f.url, sha256: f.sha256, bytes: f.bytes, last_modified: f.lastModified ?? null })),
  };
}

/** One error for all failed datasets, one line each; its code (exit status) is the first failure's. */
function failureOf(results: readonly UpdateResult[]): unknown {
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length === 0) return undefined;
  const first = failed[0]!.error;
  if (!(first instanceof RadarError)) return first;
  return new RadarError(first.code, failed.map((r) => `${r.dataset}: ${r.message}`).join('\n'));
}

function progressReporting(context: CliContext, bar: ProgressBar) {
  return (dataset: string, file: string): Pick<DownloadOptions, 'onProgress' | 'onRetry'> => ({
    onProgress: (p) => bar.update(`${dataset} ${file}`, p.bytes, p.totalBytes),
    onRetry: (r) => {
      bar.end();
      context.notice(`${dataset}: ${r.reason}; retrying ${r.url} in ${r.delayMs} ms\n`);
    },
  });
}

export function registerUpdate(program: Command, context: CliContext): void {
  program
    .command('update')
    .description('download the official list files and record changed ones as snapshots')
    .option('--dataset <name>', 'update only this dataset (default: every configured dataset)')
    .option('--sources <file>', 'JSON file replacing or adding source URLs per dataset (env SANCTIONS_SOURCES)')
    .option('--raw-dir <dir>', 'where downloaded files are kept (env SANCTIONS_RAW_DIR, default ./sanctions-raw)')
    .option('--force', 'record even if a snapshot would delist more than 20% of its dataset')
    .option('--timeout <seconds>', 'give up on a server silent for this long (default 30 s for a response, 60 s within a body)')
    .option('--retries <n>', 'retries after a 5xx status or a network failure (default 2)')
    .option('--json', 'print the results as a JSON array')
    .addHelpText('after', HELP)
    .action(async (options, command: Command) => {
      const settings = context.updateSettings();
      const download = downloadOptions(options);
      const sources = selectSources(await readSources(options.sources ?? settings.sourcesFile), options.dataset);
      const bar = createProgressBar((text) => context.notice(text));
      const results = await withStore(context, command.optsWithGlobals(), (store) =>
        updateDatasets(store, {
          sources,
          rawDir: options.rawDir ?? settings.rawDir,
          force: options.force === true,
          download,
          onDownload: progressReporting(context, bar),
        }),
      ).finally(() => bar.end());
      if (options.json) writeJson(context, results.map(resultJson));
      else for (const result of results) context.write(`${describeResult(result)}\n`);
      const failure = failureOf(results);
      if (failure !== undefined) throw failure;
    });
}

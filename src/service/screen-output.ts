/**
 * Writing screening results as they are found, in JSON or CSV. JSON is one object:
 * `{"rows": N, <header fields>, "<list>": [hit, ...], ...}` with one hit per line. CSV has one
 * line per hit and the same fields as columns (the list name in a `list` column when there
 * are several lists; `datasets` joined with `;`; `explanation` as a JSON string, lossless for
 * programs). An output file is written beside its final name and renamed into place only when
 * complete, so a failed run leaves nothing behind.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { InvalidInputError } from '../model/errors.js';
import type { FeatureResult } from '../match/types.js';

export interface ScreenHit {
  readonly row: number;
  readonly id: string | null;
  readonly entity_id: string;
  readonly caption: string;
  readonly schema: string;
  readonly score: number;
  readonly datasets: readonly string[];
  readonly listed_now: boolean;
  readonly delisted_on: string | null;
  /** Re-screening only: how the entity changed since the snapshot (added, removed, changed). */
  readonly change?: string;
  readonly explanation: readonly FeatureResult[];
}

export type ScreenFormat = 'json' | 'csv';

export interface ScreenWriter {
  /** Once, first: the input row count and any other top-level fields (JSON only). */
  start(header: { rows: number } & Record<string, unknown>): void;
  /** Opens a list of hits; hits written after it belong to it. */
  list(name: string): void;
  hit(hit: ScreenHit): void;
  end(): void;
}

const CSV_COLUMNS = ['row', 'id', 'entity_id', 'caption', 'schema', 'score', 'datasets', 'listed_now', 'delisted_on', 'change', 'explanation'] as const;

export function jsonWriter(write: (text: string) => void): ScreenWriter {
  let isFirstHit = true;
  let isListOpen = false;
  return {
    start(header) {
      write(`{${Object.entries(header).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}`);
    },
    list(name) {
      write(`${isListOpen ? '\n]' : ''}, ${JSON.stringify(name)}: [`);
      [isListOpen, isFirstHit] = [true, true];
    },
    hit(hit) {
      write(`${isFirstHit ? '' : ','}\n${JSON.stringify(hit)}`);
      isFirstHit = false;
    },
    end() {
      write(`${isListOpen ? '\n]' : ''}}\n`);
    },
  };
}

/** `hasLists`: the output has several lists (re-screening), named in a first `list` column. */
export function csvWriter(write: (text: string) => void, options: { hasLists: boolean }): ScreenWriter {
  let current = '';
  const line = (values: readonly unknown[]) => write(stringify([options.hasLists ? [current, ...values] : values]));
  return {
    start() {
      write(stringify([options.hasLists ? ['list', ...CSV_COLUMNS] : [...CSV_COLUMNS]]));
    },
    list(name) {
      current = name;
    },
    hit(hit) {
      line([hit.row, hit.id ?? '', hit.entity_id, hit.caption, hit.schema, hit.score, hit.datasets.join(';'), hit.listed_now, hit.delisted_on ?? '', hit.change ?? '', JSON.stringify(hit.explanation)]);
    },
    end() {},
  };
}

/** Hits already found, written as one screening's output (the `hits` list). */
export function writeHits(writer: ScreenWriter, rows: number, hits: readonly ScreenHit[]): void {
  writer.start({ rows });
  writer.list('hits');
  for (const hit of hits) writer.hit(hit);
  writer.end();
}

export function formatOfPath(path: string): ScreenFormat {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.csv$/i.test(path)) return 'csv';
  throw new InvalidInputError(`--out: "${path.slice(0, 200)}" must end in .csv or .json (the output format)`);
}

/** A file written under a temporary name and moved to `path` by `commit`; `discard` removes it. */
export interface OutputFile {
  write(text: string): void;
  commit(): void;
  discard(): void;
}

export function openOutputFile(path: string): OutputFile {
  const partial = `${path}.partial-${process.pid}`;
  let fd: number;
  try {
    fd = openSync(partial, 'w');
  } catch (error) {
    throw new InvalidInputError(`--out: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
  let isOpen = true;
  const close = () => {
    if (isOpen) closeSync(fd);
    isOpen = false;
  };
  return {
    write: (text) => void writeSync(fd, text),
    commit() {
      close();
      renameSync(partial, path);
    },
    discard() {
      close();
      rmSync(partial, { force: true });
    },
  };
}

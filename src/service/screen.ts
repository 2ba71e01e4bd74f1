/**
 * The screen use case: every row of a customer file matched against the listed targets,
 * writing each hit at or above the threshold as it is found. The file is read twice: first
 * to validate every row (a bad row fails the run before anything is written), then to
 * screen, streaming (only the rows in flight and their hits are held), on worker threads that
 * each hold an index of the targets (screen-workers.ts), hits written in row order.
 *
 * Re-screening since a snapshot compares each row with only the entities that changed since
 * the snapshots in force on that date: a hit now that was not a hit then is new, a hit then
 * that is not one now is cleared (delisted, or amended so it no longer matches).
 */
import { statSync } from 'node:fs';
import { InvalidInputError } from '../model/errors.js';
import type { MatchOptions } from '../match/types.js';
import type { Store } from '../store/store.js';
import { buildScreeningIndex, checkAsOf, checkThreshold, matchTargets, type MatchView, type ScreeningIndex } from './match.js';
import { loadScreeningCorpus } from './screening-corpus.js';
import { loadChangedTargets } from './screening-changes.js';
import { customerFile, readCustomerRows, type CustomerRow } from './screen-input.js';
import type { ScreenHit, ScreenWriter } from './screen-output.js';
import { ScreeningWorkers, workerCountFor } from './screen-workers.js';

/** Hits kept per row: far more than a real name draws above any sensible threshold. */
export const MAX_HITS_PER_ROW = 100;

export interface ScreenRequest {
  readonly file: string;
  readonly threshold?: number;
  readonly asOf?: string;
  readonly datasets?: readonly string[];
  readonly sinceSnapshot?: string;
}

export interface ScreenSummary {
  readonly rows: number;
  readonly hits: number;
}

function hitOf(customer: CustomerRow, view: MatchView, change?: string): ScreenHit {
  const { id: entity_id, caption, schema, score, datasets, listed_now, delisted_on, explanation } = view;
  return { row: customer.row, id: customer.id, entity_id, caption, schema, score, datasets, listed_now, delisted_on, ...(change === undefined ? {} : { change }), explanation };
}

/** A hit is a result at or above the threshold. */
const hitOptions = (threshold: number): MatchOptions => ({ limit: MAX_HITS_PER_ROW, threshold, cutoff: threshold });

/** One customer row's hits against `screening`, best first: what a full screening writes for it. */
export function screenRow(screening: ScreeningIndex, customer: CustomerRow, threshold: number): ScreenHit[] {
  return matchTargets(screening, customer.query, hitOptions(threshold)).map((view) => hitOf(customer, view));
}

async function countRows(file: string): Promise<number> {
  let rows = 0;
  for await (const _row of readCustomerRows(customerFile(file))) rows += 1;
  return rows;
}

/** A request whose options and every row have been checked. */
export interface PreparedScreen {
  readonly file: string;
  readonly rows: number;
  readonly threshold: number;
  readonly asOf?: string;
  readonly datasets?: readonly string[];
  readonly since?: string;
}

/** Checks the options and reads the whole file once; done before the store is opened or any output written. */
export async function prepareScreen(request: ScreenRequest): Promise<PreparedScreen> {
  const threshold = checkThreshold(request.threshold);
  checkAsOf('--as-of', request.asOf);
  checkAsOf('--since-snapshot', request.sinceSnapshot);
  if (request.asOf !== undefined && request.sinceSnapshot !== undefined) {
    throw new InvalidInputError('--as-of and --since-snapshot cannot be combined: re-screening always compares with the latest snapshots');
  }
  const rows = await countRows(request.file);
  return { file: request.file, rows, threshold, asOf: request.asOf, datasets: request.datasets, since: request.sinceSnapshot };
}

/** Screens a prepared file into `writer`; `onProgress` receives the bytes screened so far and the file size. */
export async function screenFile(
  store: Store,
  request: PreparedScreen,
  writer: ScreenWriter,
  onProgress?: (bytes: number, totalBytes: number) => void,
): Promise<ScreenSummary> {
  const totalBytes = statSync(request.file).size;
  const customers = readCustomerRows(customerFile(request.file), (p) => onProgress?.(p.bytes, totalBytes));
  if (request.since !== undefined) return rescreen(store, { ...request, since: request.since, customers }, writer);
  const corpus = await loadScreeningCorpus(store, { asOf: request.asOf, datasets: request.datasets });
  const workers = await ScreeningWorkers.start(corpus.targets, hitOptions(request.threshold), workerCountFor(request.rows));
  try {
    writer.start({ rows: request.rows });
    writer.list('hits');
    let hits = 0;
    for await (const [customer, views] of workers.screen(customers)) {
      for (const view of views) {
        writer.hit(hitOf(customer, view));
        hits += 1;
      }
    }
    writer.end();
    return { rows: request.rows, hits };
  } finally {
    await workers.close();
  }
}

interface Rescreening {
  readonly since: string;
  readonly rows: number;
  readonly threshold: number;
  readonly datasets?: readonly string[];
  readonly customers: AsyncIterable<CustomerRow>;
}

async function rescreen(store: Store, request: Rescreening, writer: ScreenWriter): Promise<ScreenSummary> {
  const changed = await loadChangedTargets(store, { since: request.since, datasets: request.datasets });
  // Scores weigh names by their rarity on the whole current lists, as a full screening does.
  const { index: whole } = buildScreeningIndex(changed.current);
  const [before, after] = [buildScreeningIndex(changed.before, whole), buildScreeningIndex(changed.after, whole)];
  const options = hitOptions(request.threshold);
  // Only changed entities are compared, so the new and cleared hits stay few: held until the end.
  const newHits: ScreenHit[] = [];
  const clearedHits: ScreenHit[] = [];
  for await (const customer of request.customers) {
    const [then, now] = [matchesOf(before, customer, options), matchesOf(after, customer, options)];
    for (const [id, view] of now) if (!then.has(id)) newHits.push(hitOf(customer, view, changeOf(id, before, after)));
    for (const [id, view] of then) if (!now.has(id)) clearedHits.push(hitOf(customer, view, changeOf(id, before, after)));
  }
  writer.start({ rows: request.rows, since: request.since, snapshots: changed.snapshots });
  for (const [name, hits] of [['new_hits', newHits], ['cleared_hits', clearedHits]] as const) {
    writer.list(name);
    for (const hit of hits) writer.hit(hit);
  }
  writer.end();
  return { rows: request.rows, hits: newHits.length + clearedHits.length };
}

function matchesOf(screening: ScreeningIndex, customer: CustomerRow, options: MatchOptions): Map<string, MatchView> {
  if (screening.targets.size === 0) return new Map();
  return new Map(matchTargets(screening, customer.query, options).map((view) => [view.id, view]));
}

function changeOf(id: string, before: ScreeningIndex, after: ScreeningIndex): string {
  if (!before.targets.has(id)) return 'added';
  return after.targets.has(id) ? 'changed' : 'removed';
}

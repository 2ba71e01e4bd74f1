/**
 * Screening on every core: worker threads (screen-worker.ts) each hold an index of the same
 * targets and match batches of rows; results come back in input order, so output and
 * progress read as from one thread. Rows are read only as far ahead as the batches in flight,
 * so memory stays bounded on any file size.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MatchOptions, MatchQuery } from '../match/types.js';
import type { MatchView } from './match.js';
import type { ScreeningTarget } from './screening-corpus.js';
import type { ScreenWorkerData } from './screen-worker.js';

/** Rows per message: large enough that messaging costs little, small enough to spread the work. */
const BATCH_ROWS = 64;
/** Batches queued per worker, so a worker never waits for the reader. */
const BATCHES_IN_FLIGHT_PER_WORKER = 4;
/** A worker builds a whole index: not worth it for fewer rows than this. */
const MIN_ROWS_PER_WORKER = 500;

/** How many workers a file of `rows` rows is screened with. */
export const workerCountFor = (rows: number): number => Math.max(1, Math.min(availableParallelism(), Math.ceil(rows / MIN_ROWS_PER_WORKER)));

interface Pending {
  resolve(results: MatchView[][]): void;
  reject(error: Error): void;
}

/** One worker and the batches it has not answered yet, oldest first. */
class ScreenThread {
  readonly pending: Pending[] = [];
  private failure: Error | null = null;

  constructor(readonly worker: Worker) {
    worker.on('message', (message: MatchView[][]) => this.pending.shift()?.resolve(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`a screening worker stopped (exit code ${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.splice(0)) pending.reject(this.failure);
  }

  match(queries: readonly MatchQuery[]): Promise<MatchView[][]> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.worker.postMessage(queries);
    });
  }
}

function startThread(data: ScreenWorkerData): Promise<ScreenThread> {
  const worker = new Worker(new URL('./screen-worker.js', import.meta.url), { workerData: data });
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', () => {
      worker.off('error', onError);
      resolve(new ScreenThread(worker));
    });
  });
}

interface InFlight<T> {
  readonly items: readonly T[];
  readonly results: Promise<MatchView[][]>;
}

/** Takes the oldest batch in flight and yields its items with their results. */
async function* oldest<T>(inFlight: InFlight<T>[]): AsyncGenerator<[T, MatchView[]]> {
  const { items, results } = inFlight.shift()!;
  const views = await results;
  for (let i = 0; i < items.length; i++) yield [items[i]!, views[i]!];
}

export class ScreeningWorkers {
  private constructor(private readonly threads: readonly ScreenThread[]) {}

  /** Starts `count` workers and waits until each has built its index. */
  static async start(targets: ReadonlyMap<string, ScreeningTarget>, options: MatchOptions, count: number): Promise<ScreeningWorkers> {
    const data: ScreenWorkerData = { targets: [...targets.values()], options };
    const started = await Promise.allSettled(Array.from({ length: count }, () => startThread(data)));
    const threads = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed !== undefined) {
      await Promise.all(threads.map((t) => t.worker.terminate()));
      throw failed.reason;
    }
    return new ScreeningWorkers(threads);
  }

  /** Each item with its results, in input order. */
  async *screen<T extends { readonly query: MatchQuery }>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<[T, MatchView[]]> {
    const inFlight: InFlight<T>[] = [];
    const maxInFlight = this.threads.length * BATCHES_IN_FLIGHT_PER_WORKER;
    const send = (batch: T[]) => {
      const thread = this.threads.reduce((a, b) => (b.pending.length < a.pending.length ? b : a));
      const results = thread.match(batch.map((item) => item.query));
      results.catch(() => undefined); // awaited in order below; this keeps a later failure from going unhandled meanwhile
      inFlight.push({ items: batch, results });
    };
    let batch: T[] = [];
    for await (const item of items) {
      batch.push(item);
      if (batch.length < BATCH_ROWS) continue;
      send(batch);
      batch = [];
      if (inFlight.length >= maxInFlight) yield* oldest(inFlight);
    }
    if (batch.length > 0) send(batch);
    while (inFlight.length > 0) yield* oldest(inFlight);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }
}

/**
 * Screening jobs: a customer file whose every row was validated up front, screened in the
 * background of this process against the screening index in use when the job was submitted.
 * A job keeps that index for its whole run, so a snapshot loaded meanwhile never mixes two
 * versions of the lists in one result; the job names the snapshots it used.
 *
 * Jobs run one at a time in submission order (queued, running, then done or failed). A running
 * job screens rows for a short slice of time, records how many rows it has screened, and
 * yields to the event loop, so the process keeps answering requests while it works.
 *
 * Jobs live in memory, in this process only: the registry holds every queued and running job
 * and the latest `maxFinished` finished ones (older finished jobs are dropped), and refuses a
 * new job while `maxQueued` are waiting. A deployment of several API processes will need the
 * jobs kept in the store, so that any process can answer for any job.
 */
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ConflictError, NotFoundError, RadarError, UnavailableError } from '../model/errors.js';
import { checkThreshold, type ScreeningIndex } from './match.js';
import { screenRow } from './screen.js';
import { customerBytes, readAllCustomerRows, type CustomerRow } from './screen-input.js';
import { csvWriter, writeHits, type ScreenHit } from './screen-output.js';

export type ScreenJobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ScreenJobSubmission {
  readonly customers: readonly CustomerRow[];
  readonly threshold: number;
  /** The index in use at submission and the snapshot per dataset it was built from. */
  readonly screening: ScreeningIndex & { readonly snapshots: readonly { dataset: string; asOf: string }[] };
}

export interface ScreenJob {
  readonly id: string;
  readonly status: ScreenJobStatus;
  readonly rows: number;
  /** Rows screened so far. */
  readonly done: number;
  readonly threshold: number;
  readonly snapshots: readonly { dataset: string; asOf: string }[];
  /** In row order; complete only when the status is done. */
  readonly hits: readonly ScreenHit[];
  readonly error: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

export interface ScreenJobOptions {
  /** Finished jobs kept for their owners to fetch (default 100). */
  readonly maxFinished?: number;
  /** Jobs allowed to wait for their turn (default 20); one more is refused as unavailable. */
  readonly maxQueued?: number;
  /** How long a job screens before it yields to other work (default 20 ms). */
  readonly sliceMs?: number;
  readonly now?: () => Date;
  /** Told of a failure that is not a RadarError (a defect), with the job id. */
  readonly onUnexpectedFailure?: (jobId: string, error: unknown) => void;
}

export interface ScreenUpload {
  /** What error messages call the file (the uploaded file's name). */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly threshold?: number;
}

/** Checks an uploaded customer file as `sanctions screen` checks one: the threshold, then every row. */
export async function readScreenUpload(upload: ScreenUpload): Promise<Pick<ScreenJobSubmission, 'customers' | 'threshold'>> {
  const threshold = checkThreshold(upload.threshold, 'threshold');
  return { customers: await readAllCustomerRows(customerBytes(upload.name, upload.bytes)), threshold };
}

/** A finished job's hits as `sanctions screen --out hits.csv` writes them. */
export function screenJobCsv(job: ScreenJob): string {
  if (job.status !== 'done') throw new ConflictError(`screening job ${job.id} is ${job.status}${job.error === null ? '' : ` (${job.error})`}; its hits are ready once it is done`);
  let text = '';
  writeHits(csvWriter((part) => (text += part), { hasLists: false }), job.rows, job.hits);
  return text;
}

type MutableJob = { -readonly [K in keyof ScreenJob]: ScreenJob[K] } & { hits: ScreenHit[] };

export class ScreenJobRegistry {
  private readonly jobs = new Map<string, MutableJob>();
  private queue: Promise<void> = Promise.resolve();
  private readonly maxFinished: number;
  private readonly maxQueued: number;
  private readonly sliceMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: ScreenJobOptions = {}) {
    this.maxFinished = options.maxFinished ?? 100;
    this.maxQueued = options.maxQueued ?? 20;
    this.sliceMs = options.sliceMs ?? 20;
    this.now = options.now ?? (() => new Date());
  }

  /** Queues the job and returns it as it stands (queued). */
  submit(submission: ScreenJobSubmission): ScreenJob {
    const waiting = [...this.jobs.values()].filter((job) => job.status === 'queued').length;
    if (waiting >= this.maxQueued) throw new UnavailableError(`${waiting} screening jobs are already waiting; submit again once some have finished`);
    const job: MutableJob = {
      id: randomUUID(),
      status: 'queued',
      rows: submission.customers.length,
      done: 0,
      threshold: submission.threshold,
      snapshots: submission.screening.snapshots,
      hits: [],
      error: null,
      createdAt: this.now().toISOString(),
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    this.queue = this.queue.then(() => this.run(job, submission));
    return { ...job };
  }

  /** The job as it stands now. */
  get(id: string): ScreenJob {
    const job = this.jobs.get(id);
    if (job === undefined) throw new NotFoundError(`no screening job ${id.slice(0, 80)} (jobs are kept in memory; finished ones are dropped after ${this.maxFinished} newer ones)`);
    return { ...job };
  }

  /** Never rejects: a failure is recorded on the job. */
  private async run(job: MutableJob, { customers, threshold, screening }: ScreenJobSubmission): Promise<void> {
    // Starts on a later turn of the event loop: the request that submitted the job is answered first.
    await nextTurn();
    job.status = 'running';
    try {
      while (job.done < customers.length) {
        const sliceEnd = performance.now() + this.sliceMs;
        do {
          job.hits.push(...screenRow(screening, customers[job.done]!, threshold));
          job.done += 1;
        } while (job.done < customers.length && performance.now() < sliceEnd);
        await nextTurn();
      }
      job.status = 'done';
    } catch (error) {
      job.status = 'failed';
      job.error = failureDetail(job, error);
      if (!(error instanceof RadarError)) this.options.onUnexpectedFailure?.(job.id, error);
    }
    job.finishedAt = this.now().toISOString();
    this.dropOldFinished();
  }

  private dropOldFinished(): void {
    const finished = [...this.jobs.values()].filter((job) => job.finishedAt !== null);
    for (const job of finished.slice(0, Math.max(0, finished.length - this.maxFinished))) this.jobs.delete(job.id);
  }
}

function failureDetail(job: MutableJob, error: unknown): string {
  const row = job.done + 1;
  if (error instanceof RadarError) return `row ${row}: ${error.message}`;
  return `row ${row}: unexpected failure; the server log has the details of job ${job.id}`;
}

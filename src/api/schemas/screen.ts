/**
 * Screening job shapes: the upload (`POST /screen`, a CSV as multipart field `file` or a raw
 * `text/csv` body), the 202 answer `{job_id, status, rows, links}`, and the job
 * `{job_id, status, progress, rows, threshold, snapshots, hits, error, created_at,
 * finished_at}` whose hits are exactly those `sanctions screen` prints in JSON.
 */
import { z } from '@hono/zod-openapi';
import type { ScreenJob } from '../../service/screen-jobs.js';

const STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const ScreenQuery = z.object({
  threshold: z.coerce.number().optional().openapi({ description: "hits from this score on (0..1; default: the scorer's threshold)", example: 0.7 }),
});

const isUpload = (value: unknown): value is File | string => value instanceof File || typeof value === 'string';

export const UploadForm = z.object({
  file: z
    .custom<File | string>(isUpload, { message: 'expected the customer CSV file in the multipart field "file"' })
    .openapi({ type: 'string', format: 'binary', description: 'customer CSV: a header line with a "name" column; optional schema, birth_date, country, id' }),
});

export const CsvBody = z.string().openapi({
  description: 'the customer CSV itself',
  example: 'name,schema,birth_date,country,id\nSergey Chemezov,Person,1952-08-20,ru,C-001\n',
});

export const JobParams = z.object({ id: z.string().openapi({ description: 'the job id returned by POST /screen' }) });

export const JobQuery = z.object({
  format: z.enum(['json', 'csv']).optional().openapi({ description: 'csv: the hits as a CSV download once the job is done (also chosen by Accept: text/csv)' }),
});

export const JobAcceptedSchema = z
  .object({
    job_id: z.string(),
    status: z.enum(STATUSES),
    rows: z.number().int(),
    links: z.object({ self: z.string() }),
  })
  .openapi('ScreenJobAccepted');

const FeatureSchema = z.object({ name: z.string(), score: z.number(), weight: z.number(), detail: z.string().optional() });

const ScreenHitSchema = z
  .object({
    row: z.number().int(),
    id: z.string().nullable(),
    entity_id: z.string(),
    caption: z.string(),
    schema: z.string(),
    score: z.number(),
    datasets: z.array(z.string()),
    listed_now: z.boolean(),
    delisted_on: z.string().nullable(),
    explanation: z.array(FeatureSchema),
  })
  .openapi('ScreenHit');

export const ScreenJobSchema = z
  .object({
    job_id: z.string(),
    status: z.enum(STATUSES),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    rows: z.number().int(),
    threshold: z.number(),
    snapshots: z.array(z.object({ dataset: z.string(), as_of: z.string() })),
    hits: z.array(ScreenHitSchema).optional().openapi({ description: 'only once the job is done' }),
    error: z.string().nullable(),
    created_at: z.string(),
    finished_at: z.string().nullable(),
  })
  .openapi('ScreenJob');

export const jobLink = (job: ScreenJob) => `/jobs/${job.id}`;

export function jobAccepted(job: ScreenJob): z.infer<typeof JobAcceptedSchema> {
  return { job_id: job.id, status: job.status, rows: job.rows, links: { self: jobLink(job) } };
}

export function jobResponse(job: ScreenJob): z.infer<typeof ScreenJobSchema> {
  return {
    job_id: job.id,
    status: job.status,
    progress: { done: job.done, total: job.rows },
    rows: job.rows,
    threshold: job.threshold,
    snapshots: job.snapshots.map((s) => ({ dataset: s.dataset, as_of: s.asOf })),
    ...(job.status === 'done' ? { hits: job.hits.map((hit) => ({ ...hit, datasets: [...hit.datasets], explanation: [...hit.explanation] })) } : {}),
    error: job.error,
    created_at: job.createdAt,
    finished_at: job.finishedAt,
  };
}

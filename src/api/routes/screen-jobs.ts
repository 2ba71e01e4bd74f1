/**
 * Batch screening over HTTP. `POST /screen?threshold=` takes a customer CSV (multipart field
 * `file`, or a raw `text/csv` body), validates every row as `sanctions screen` does (a bad
 * file is a 400 naming the file, line, row and reason; no job is created), and answers 202
 * with the job, which screens in the background against the index in use at submission.
 * `GET /jobs/{id}` reports progress and, once done, the hits; `?format=csv` (or
 * `Accept: text/csv`) downloads them as the CLI's CSV, a 409 until the job is done.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { readScreenUpload, ScreenJobRegistry, screenJobCsv } from '../../service/screen-jobs.js';
import { errorResponse } from '../errors.js';
import { errorContent } from '../schemas/error.js';
import { CsvBody, JobAcceptedSchema, jobAccepted, JobParams, JobQuery, jobLink, jobResponse, ScreenJobSchema, ScreenQuery, UploadForm } from '../schemas/screen.js';
import type { ApiApp, ApiDeps, ApiEnv } from '../types.js';

/** Says which bodies are taken, rather than a bare 415 from the schema's media-type check. */
const acceptsCsvUploads: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const type = c.req.header('content-type');
  if (type === undefined || /^\s*(multipart\/form-data|text\/csv)\s*(;|$)/i.test(type)) return next();
  return errorResponse(c, 415, 'unsupported_media_type', `POST /screen takes a CSV as multipart/form-data (field "file") or as a text/csv body, not ${type.slice(0, 80)}`);
};

const submitRoute = createRoute({
  method: 'post',
  path: '/screen',
  middleware: [acceptsCsvUploads] as const,
  tags: ['screening'],
  summary: 'Screen a customer CSV file in the background; answers with the job to poll',
  request: {
    query: ScreenQuery,
    // Not `required`: the form schema would then be applied to text/csv bodies too; an empty body is refused as an empty file.
    body: { description: 'the customer CSV (required)', content: { 'multipart/form-data': { schema: UploadForm }, 'text/csv': { schema: CsvBody } } },
  },
  responses: {
    202: { description: 'every row is valid; the job is queued', content: { 'application/json': { schema: JobAcceptedSchema } } },
    400: errorContent('a bad threshold, an empty file, or a bad header or row (file, line, row and reason)'),
    413: errorContent('the file is larger than the body limit'),
    415: errorContent('neither multipart/form-data nor text/csv'),
    503: errorContent('the screening index is still being built, or too many jobs are waiting'),
  },
});

const jobRoute = createRoute({
  method: 'get',
  path: '/jobs/{id}',
  tags: ['screening'],
  summary: 'A screening job: status, progress, the snapshots screened against, and its hits once done',
  request: { params: JobParams, query: JobQuery },
  responses: {
    200: {
      description: 'the job as JSON, or its hits as the CSV `sanctions screen --out hits.csv` writes',
      content: { 'application/json': { schema: ScreenJobSchema }, 'text/csv': { schema: CsvBody } },
    },
    404: errorContent('no such job (unknown, or a finished job dropped from memory)'),
    409: errorContent('CSV asked for before the job is done'),
  },
});

const UPLOAD_NAME = 'request body';

/** The uploaded file's bytes and the name error messages give it. */
async function uploadOf(c: Context<ApiEnv>, form: { file?: File | string }): Promise<{ name: string; bytes: Uint8Array }> {
  const { file } = form;
  if (file instanceof File) return { name: file.name.slice(0, 200) || UPLOAD_NAME, bytes: new Uint8Array(await file.arrayBuffer()) };
  if (typeof file === 'string') return { name: UPLOAD_NAME, bytes: new TextEncoder().encode(file) };
  return { name: UPLOAD_NAME, bytes: new Uint8Array(await c.req.arrayBuffer()) };
}

const wantsCsv = (format: string | undefined, accept: string | undefined) => format === 'csv' || (format === undefined && /\btext\/csv\b/i.test(accept ?? ''));

export function registerScreenJobRoutes(app: ApiApp, deps: ApiDeps): void {
  const jobs = new ScreenJobRegistry({ onUnexpectedFailure: (jobId, err) => deps.logger.error({ err, jobId }, 'screening job failed') });
  app.openapi(submitRoute, async (c) => {
    const upload = await uploadOf(c, c.req.valid('form') as { file?: File | string });
    const { customers, threshold } = await readScreenUpload({ ...upload, threshold: c.req.valid('query').threshold });
    const job = jobs.submit({ customers, threshold, screening: deps.index.current() });
    c.header('Location', jobLink(job));
    return c.json(jobAccepted(job), 202);
  });
  app.openapi(jobRoute, (c) => {
    const job = jobs.get(c.req.valid('param').id);
    if (!wantsCsv(c.req.valid('query').format, c.req.header('accept'))) return c.json(jobResponse(job), 200);
    const csv = screenJobCsv(job);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="screening-${job.id}.csv"`);
    return c.body(csv, 200);
  });
}

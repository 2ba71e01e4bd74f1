/**
 * Appends one audit entry per match and screen request: `POST /match/{dataset}`, `POST
 * /screen` (a screening job), and `/reconcile/{dataset}` when it carries queries (a POST,
 * or a GET with `queries`). The entry holds the time, the API key (null without one), the
 * request id, the path, the SHA-256 of the request body (of the query string for a GET), the
 * snapshots of the index in use when the request arrived, the top results read back from the
 * JSON response (or the job id for /screen), and the status, failures included. Requests
 * refused before they reach a route (401 for a key, 429 for a rate limit) answer nothing and
 * are not entries here; the request log has them.
 *
 * An audit log that silently drops entries is a compliance defect, so when the entry cannot
 * be written the answer is withheld: the request fails with 503 and the log says why.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { AUDIT_RESULTS_PER_QUERY, sha256Hex } from '../service/audit.js';
import type { AuditEntry } from '../store/store.js';
import { errorResponse } from './errors.js';
import type { ApiDeps, ApiEnv } from './types.js';

type AuditedRoute = 'match' | 'screen' | 'reconcile';
type TopResult = AuditEntry['results'][number];

function auditedRoute(c: Context<ApiEnv>): AuditedRoute | undefined {
  const { method, path } = c.req;
  if (method === 'POST' && path.startsWith('/match/')) return 'match';
  if (method === 'POST' && path === '/screen') return 'screen';
  if (path.startsWith('/reconcile/') && (method === 'POST' || (method === 'GET' && c.req.query('queries') !== undefined))) return 'reconcile';
  return undefined;
}

async function requestBytes(c: Context<ApiEnv>): Promise<Uint8Array> {
  if (c.req.method === 'GET') return new TextEncoder().encode(new URL(c.req.url).search);
  // A clone, so the route still reads (or streams) the body itself.
  return new Uint8Array(await c.req.raw.clone().arrayBuffer());
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first results of each query: `{id, score}` objects in a list under each query key. */
function topResults(byQuery: Iterable<[string, unknown]>): TopResult[] {
  const top: TopResult[] = [];
  for (const [query, results] of byQuery) {
    if (!Array.isArray(results)) continue;
    for (const result of results.slice(0, AUDIT_RESULTS_PER_QUERY)) {
      if (isRecord(result) && typeof result.id === 'string' && typeof result.score === 'number') top.push({ query, entityId: result.id, score: result.score });
    }
  }
  return top;
}

/** What the response said: yente's `responses.<key>.results`, OpenRefine's `<key>.result`, or the screening job's `job_id`. */
function answerOf(route: AuditedRoute, body: unknown): Pick<AuditEntry, 'results' | 'jobId'> {
  if (!isRecord(body)) return { results: [], jobId: null };
  if (route === 'screen') return { results: [], jobId: typeof body.job_id === 'string' ? body.job_id : null };
  if (route === 'match') {
    const responses = isRecord(body.responses) ? Object.entries(body.responses) : [];
    return { results: topResults(responses.map(([query, answer]) => [query, isRecord(answer) ? answer.results : undefined])), jobId: null };
  }
  const answers: [string, unknown][] = Array.isArray(body.result) ? [['query', body]] : Object.entries(body);
  return { results: topResults(answers.map(([query, answer]) => [query, isRecord(answer) ? answer.result : undefined])), jobId: null };
}

async function responseBody(response: Response): Promise<unknown> {
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) return undefined;
  return response.clone().json();
}

export function auditLog(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const route = auditedRoute(c);
    if (route === undefined) return next();
    const at = new Date().toISOString();
    const snapshots = deps.index.isReady ? deps.index.current().snapshots : [];
    const queryHash = sha256Hex(await requestBytes(c));
    await next();
    const entry: AuditEntry = {
      at,
      apiKeyId: c.get('apiKey')?.id ?? null,
      requestId: c.get('requestId'),
      route: c.req.path,
      queryHash,
      snapshots,
      ...answerOf(route, await responseBody(c.res)),
      status: c.res.status,
    };
    try {
      await deps.store.access.appendAuditEntry(entry);
    } catch (error) {
      c.get('logger').error({ err: error, audit: entry }, 'audit log write failed; the answer is withheld');
      c.res = undefined;
      c.res = errorResponse(c, 503, 'audit_unavailable', 'the request could not be recorded in the audit log, so its answer is withheld; try again later');
    }
  };
}

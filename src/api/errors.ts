/**
 * The one table from error codes to HTTP statuses, and the JSON body every error response
 * has: `{"detail": "<what, where, why>", "code": "<code>"}` (`detail` as yente and FastAPI
 * answer). Anything not raised on purpose is a 500 whose detail hides internals; the request id
 * ties it to the log line that has the stack.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RadarError, type ErrorCode } from '../model/errors.js';
import type { ApiEnv } from './types.js';

export const HTTP_STATUS: Readonly<Record<ErrorCode, ContentfulStatusCode>> = {
  invalid_input: 400,
  source_format: 400,
  model: 422,
  not_found: 404,
  conflict: 409,
  refused: 422,
  unavailable: 503,
};

export interface ErrorBody {
  readonly detail: string;
  readonly code: string;
  readonly request_id?: string;
}

export function errorResponse(c: Context<ApiEnv>, status: ContentfulStatusCode, code: string, detail: string) {
  const body: ErrorBody = { detail, code, request_id: c.get('requestId') };
  return c.json(body, status);
}

/** app.onError: typed errors keep their message; HTTPExceptions (body limit, timeout) their status. */
export function handleError(error: Error, c: Context<ApiEnv>) {
  if (error instanceof RadarError) return errorResponse(c, HTTP_STATUS[error.code], error.code, error.message);
  if (error instanceof HTTPException) {
    return errorResponse(c, error.status as ContentfulStatusCode, `http_${error.status}`, error.message || 'request refused');
  }
  c.get('logger')?.error({ err: error }, 'unexpected failure');
  return errorResponse(c, 500, 'internal', 'unexpected failure; the request id identifies it in the server log');
}

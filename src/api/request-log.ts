/**
 * Request ids and structured logs: every request gets an id (the caller's X-Request-Id when
 * it sends a sane one), echoed in the response header, and one JSON log line when it ends
 * with method, path, status and duration.
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { ApiEnv } from './types.js';

const CALLER_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestLog(logger: Logger): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given !== undefined && CALLER_ID.test(given) ? given : randomUUID();
    const child = logger.child({ request_id: requestId });
    c.set('requestId', requestId);
    c.set('logger', child);
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    child.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, duration_ms: Math.round((performance.now() - started) * 10) / 10 },
      'request',
    );
  };
}

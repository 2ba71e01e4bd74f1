/**
 * API keys and rate limits on every request except the open paths (health, readiness, the
 * OpenAPI document and the web UI's files) and CORS preflights.
 *
 * A key arrives as `Authorization: Bearer <key>`, `Authorization: ApiKey <key>` (yente's form)
 * or `X-Api-Key: <key>`; other Authorization schemes belong to whatever sits in front of the
 * API and are ignored. A key that is sent is always checked, required or not: unknown or
 * revoked -> 401 (the detail never says which keys exist). With `requireApiKey` a request
 * without a key is a 401 too; without it the request goes on anonymously. Each key gets its own
 * per-minute limit (429 with Retry-After when exceeded); anonymous requests are limited per
 * client address only when `anonymousRateLimit` is set.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiKeyVerifier } from '../service/api-keys.js';
import type { Store } from '../store/store.js';
import { errorResponse } from './errors.js';
import { RateLimiter } from './rate-limit.js';
import type { AccessSettings, ApiEnv } from './types.js';

const OPEN_PATHS = new Set(['/', '/healthz', '/readyz', '/openapi.json']);
const OPEN_PREFIXES = ['/assets/'];
const KEY_SCHEMES = /^(?:Bearer|ApiKey)\s+(\S+)\s*$/i;

export function isOpenPath(path: string): boolean {
  return OPEN_PATHS.has(path) || OPEN_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/** The key the request carries; `conflict` when the two headers name different keys. */
function presentedKey(c: Context<ApiEnv>): { key?: string; conflict?: true } {
  const fromAuthorization = KEY_SCHEMES.exec(c.req.header('authorization') ?? '')?.[1];
  const fromHeader = c.req.header('x-api-key')?.trim() || undefined;
  if (fromAuthorization !== undefined && fromHeader !== undefined && fromAuthorization !== fromHeader) return { conflict: true };
  return { key: fromAuthorization ?? fromHeader };
}

/** The peer address of the connection (no proxy headers are trusted); 'local' for in-process requests. */
function clientAddress(c: Context<ApiEnv>): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? 'local';
}

function unauthorized(c: Context<ApiEnv>, detail: string) {
  c.header('WWW-Authenticate', 'Bearer');
  return errorResponse(c, 401, 'unauthorized', detail);
}

export function accessControl(store: Store, settings: AccessSettings): MiddlewareHandler<ApiEnv> {
  const verifier = new ApiKeyVerifier(store, { cacheMs: settings.keyCacheMs });
  const limiter = new RateLimiter();
  return async (c, next) => {
    c.set('apiKey', null);
    // A CORS preflight never carries credentials: the browser sends the key with the request that follows.
    if (isOpenPath(c.req.path) || c.req.method === 'OPTIONS') return next();
    const { key, conflict } = presentedKey(c);
    if (conflict) return unauthorized(c, 'the Authorization and X-Api-Key headers carry different API keys; send one');
    if (key === undefined && settings.requireApiKey) {
      return unauthorized(c, 'an API key is required: send it as "Authorization: Bearer <key>" or "X-Api-Key: <key>"');
    }
    let client = `address:${clientAddress(c)}`;
    let perMinute = settings.anonymousRateLimit;
    if (key !== undefined) {
      const check = await verifier.verify(key);
      if (!check.ok) return unauthorized(c, check.detail);
      c.set('apiKey', check.key);
      client = `key:${check.key.id}`;
      perMinute = check.key.rateLimit ?? settings.defaultKeyRateLimit;
    }
    if (perMinute !== undefined) {
      const admission = limiter.admit(client, perMinute);
      if (!admission.allowed) {
        c.header('Retry-After', String(admission.retryAfterSeconds));
        return errorResponse(c, 429, 'rate_limited', `more than ${perMinute} requests per minute; retry in ${admission.retryAfterSeconds} s`);
      }
    }
    return next();
  };
}

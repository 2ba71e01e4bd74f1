/**
 * What the HTTP layer receives from the composition root, and the per-request values the
 * middleware sets for the routes.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { LiveScreeningIndex } from '../service/live-index.js';
import type { ApiKeyRecord, Store } from '../store/store.js';

export interface ApiLimits {
  /** Largest request body accepted (CSV uploads included). */
  readonly bodyLimitBytes: number;
  /** A request still running after this gets a 503 and its work is abandoned. */
  readonly requestTimeoutMs: number;
}

/** Who may call the API and how often (see access.ts and rate-limit.ts). */
export interface AccessSettings {
  /** Refuse requests without a valid API key (401); when false a key is optional, but one that is sent is checked. */
  readonly requireApiKey: boolean;
  /** Requests per minute per client address for requests without a key; undefined: not limited. */
  readonly anonymousRateLimit?: number;
  /** Requests per minute for keys created without a limit of their own. */
  readonly defaultKeyRateLimit: number;
  /** How long a key lookup is reused: the longest a revoked key keeps working. */
  readonly keyCacheMs: number;
}

export interface ApiDeps {
  readonly store: Store;
  readonly index: LiveScreeningIndex;
  readonly logger: Logger;
  readonly limits: ApiLimits;
  /** Folder of the built web UI (index.html and assets); the UI is not served without it. */
  readonly webRoot?: string;
  /** Defaults: DEFAULT_ACCESS (open API, keys optional). */
  readonly access?: Partial<AccessSettings>;
}

export interface ApiVariables {
  requestId: string;
  logger: Logger;
  /** The caller's API key, or null for a request without one (set by access.ts). */
  apiKey: ApiKeyRecord | null;
}

export type ApiEnv = { Variables: ApiVariables };
export type ApiApp = OpenAPIHono<ApiEnv>;

export const DEFAULT_ACCESS: AccessSettings = { requireApiKey: false, defaultKeyRateLimit: 600, keyCacheMs: 2_000 };
export const DEFAULT_LIMITS: ApiLimits = { bodyLimitBytes: 20 * 1024 * 1024, requestTimeoutMs: 30_000 };

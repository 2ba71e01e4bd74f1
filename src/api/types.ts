/**
 * What the HTTP layer receives from the composition root, and the per-request values the
 * middleware sets for the routes.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { LiveScreeningIndex } from '../service/live-index.js';
import type { Store } from '../store/store.js';

export interface ApiLimits {
  /** Largest request body accepted (CSV uploads included). */
  readonly bodyLimitBytes: number;
  /** A request still running after this gets a 503 and its work is abandoned. */
  readonly requestTimeoutMs: number;
}

export interface ApiDeps {
  readonly store: Store;
  readonly index: LiveScreeningIndex;
  readonly logger: Logger;
  readonly limits: ApiLimits;
  /** Folder of the built web UI (index.html and assets); the UI is not served without it. */
  readonly webRoot?: string;
}

export interface ApiVariables {
  requestId: string;
  logger: Logger;
}

export type ApiEnv = { Variables: ApiVariables };
export type ApiApp = OpenAPIHono<ApiEnv>;

export const DEFAULT_LIMITS: ApiLimits = { bodyLimitBytes: 20 * 1024 * 1024, requestTimeoutMs: 30_000 };

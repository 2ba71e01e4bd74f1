/**
 * How a request that fails its schema is answered: 400 with every problem as
 * `<where>.<field>: <why>` in `detail` (routes with their own rule, such as /match's 422 for a
 * query without schema, pass their own hook).
 */
import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import { errorResponse } from './errors.js';
import type { ApiEnv } from './types.js';

export function describeIssues(target: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${[target, ...issue.path].join('.')}: ${issue.message}`).join('; ');
}

export function validationHook(result: { success: boolean; target: string; error?: z.ZodError }, c: Context<ApiEnv>) {
  if (!result.success && result.error !== undefined) return errorResponse(c, 400, 'invalid_input', describeIssues(result.target, result.error));
  return undefined;
}

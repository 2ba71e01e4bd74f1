/** The body of every error response (see errors.ts), as the OpenAPI document describes it. */
import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({ detail: z.string(), code: z.string(), request_id: z.string().optional() })
  .openapi('Error', { description: 'what went wrong, where and why' });

/** A response of `description` whose body is an error. */
export const errorContent = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

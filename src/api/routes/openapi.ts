/**
 * `GET /openapi.json`: the OpenAPI 3.1 document generated from the zod schemas every route is
 * declared with (createRoute), so the document cannot drift from what the routes validate.
 */
import { readFileSync } from 'node:fs';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiApp } from '../types.js';

/** The version of package.json (beside src/ and dist/: four levels up from dist/src/api/routes/). */
export const API_VERSION: string = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')).version;

export const API_INFO = {
  title: 'Sanctions Radar API',
  version: API_VERSION,
  description:
    'Sanctions lists as dated snapshots with history. yente-compatible search, match, entities and catalogue; ' +
    'changes between dates; batch screening jobs over customer CSV files.',
};

const openApiRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  tags: ['operations'],
  summary: 'This document: every route with its parameters, bodies and responses',
  responses: {
    200: { description: 'an OpenAPI 3.1 document', content: { 'application/json': { schema: z.record(z.string(), z.unknown()).openapi('OpenApiDocument') } } },
  },
});

export function registerOpenApiRoute(app: ApiApp): void {
  app.openapi(openApiRoute, (c) => c.json({ ...app.getOpenAPI31Document({ openapi: '3.1.0', info: API_INFO }) }, 200));
}

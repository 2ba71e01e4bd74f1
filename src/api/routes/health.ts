/** `GET /healthz` (the process answers) and `GET /readyz` (the screening index is built). */
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiApp, ApiDeps } from '../types.js';

const Health = z.object({ status: z.literal('ok') }).openapi('Health');
const Readiness = z
  .object({
    status: z.enum(['ready', 'building']),
    built_at: z.string().nullable(),
    snapshots: z.array(z.object({ dataset: z.string(), as_of: z.string() })),
  })
  .openapi('Readiness');

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['operations'],
  summary: 'The process is up',
  responses: { 200: { description: 'alive', content: { 'application/json': { schema: Health } } } },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['operations'],
  summary: 'The screening index is built and requests can be matched',
  responses: {
    200: { description: 'ready', content: { 'application/json': { schema: Readiness } } },
    503: { description: 'the index is still being built', content: { 'application/json': { schema: Readiness } } },
  },
});

export function registerHealthRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(readyz, (c) => {
    if (!deps.index.isReady) return c.json({ status: 'building' as const, built_at: null, snapshots: [] }, 503);
    const generation = deps.index.current();
    const snapshots = generation.snapshots.map((s) => ({ dataset: s.dataset, as_of: s.asOf }));
    return c.json({ status: 'ready' as const, built_at: generation.builtAt, snapshots }, 200);
  });
}

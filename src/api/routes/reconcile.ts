/**
 * The W3C Reconciliation Service API 0.2 at `/reconcile/{dataset}`, for OpenRefine:
 * `GET` without parameters answers the service manifest; `GET ?queries=<json>` and `POST`
 * with the form field `queries=<json>` answer `{"<key>": {"result": [candidate, ...]}}`,
 * scored by the same batch matching as `/match`. Open to other origins (CORS), since
 * OpenRefine's page calls the service from its own origin.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { reconcile } from '../../service/reconcile.js';
import { scopeDatasets } from '../../service/match-batch.js';
import { errorContent } from '../schemas/error.js';
import { MatchParams } from '../schemas/match.js';
import { manifest, ManifestSchema, parseReconcileQueries, ReconcileForm, ReconcileGetQuery, ReconcileResultsSchema } from '../schemas/reconcile.js';
import type { ApiApp, ApiDeps } from '../types.js';

const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });

const errors = {
  400: errorContent('the queries are not valid JSON, or a query, type or property value is wrong'),
  404: errorContent('no such dataset'),
  503: errorContent('the screening index is still being built'),
};

const getRoute = createRoute({
  method: 'get',
  path: '/reconcile/{dataset}',
  tags: ['reconciliation'],
  summary: 'Service manifest, or reconciliation of the queries given as a parameter',
  request: { params: MatchParams, query: ReconcileGetQuery },
  responses: { 200: json('the manifest (no queries) or the candidates per query key', z.union([ManifestSchema, ReconcileResultsSchema])), ...errors },
});

const postRoute = createRoute({
  method: 'post',
  path: '/reconcile/{dataset}',
  tags: ['reconciliation'],
  summary: 'Reconciliation of the queries sent as a form field',
  request: { params: MatchParams, body: { required: true, content: { 'application/x-www-form-urlencoded': { schema: ReconcileForm } } } },
  responses: { 200: json('the candidates per query key', ReconcileResultsSchema), ...errors },
});

export function registerReconcileRoutes(app: ApiApp, deps: ApiDeps): void {
  app.use('/reconcile/*', cors());
  const answer = (dataset: string, queries: string) => reconcile(deps.store, deps.index.current(), dataset, parseReconcileQueries(queries));
  app.openapi(getRoute, async (c) => {
    const { dataset } = c.req.valid('param');
    const { queries } = c.req.valid('query');
    if (queries !== undefined) return c.json(await answer(dataset, queries), 200);
    scopeDatasets(deps.index.current(), dataset);
    return c.json(manifest(new URL(c.req.url).origin, dataset), 200);
  });
  app.openapi(postRoute, async (c) => c.json(await answer(c.req.valid('param').dataset, c.req.valid('form').queries), 200));
}

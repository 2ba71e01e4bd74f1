/**
 * `POST /match/{dataset}` as yente answers it: several keyed FtM example queries scored
 * against the live screening index (shapes in ../schemas/match.ts). A query without `schema`
 * is a 422 as in yente; every other bad input is a 400 naming the query key and property, an
 * unknown dataset a 404.
 */
import { createRoute, type Hook, type z } from '@hono/zod-openapi';
import { matchBatch } from '../../service/match-batch.js';
import { errorResponse } from '../errors.js';
import { errorContent } from '../schemas/error.js';
import { MatchBodySchema, MatchOptionsQuery, MatchParams, MatchResponseSchema, matchResponse } from '../schemas/match.js';
import type { ApiApp, ApiDeps, ApiEnv } from '../types.js';
import { validationHook } from '../validation.js';

const matchRoute = createRoute({
  method: 'post',
  path: '/match/{dataset}',
  tags: ['matching'],
  summary: 'Score keyed example entities against the listed parties (yente /match)',
  request: {
    params: MatchParams,
    query: MatchOptionsQuery,
    body: { required: true, content: { 'application/json': { schema: MatchBodySchema } } },
  },
  responses: {
    200: { description: 'results per query key, best first', content: { 'application/json': { schema: MatchResponseSchema } } },
    400: errorContent('a bad option, query, property or value'),
    404: errorContent('no such dataset'),
    422: errorContent('a query without a schema'),
    503: errorContent('the screening index is still being built'),
  },
});

const isSchemaIssue = (issue: z.core.$ZodIssue) => issue.path.length === 3 && issue.path[0] === 'queries' && issue.path[2] === 'schema';

/**
 * yente (FastAPI) answers a query without `schema` with 422; other failures are 400s. Typed
 * as the library types its defaultHook: a hook answers for any route's input.
 */
const matchBodyHook: Hook<any, ApiEnv, any, any> = (result, c) => {
  const issues = result.success ? [] : result.error.issues.filter(isSchemaIssue);
  if (issues.length === 0) return validationHook(result, c);
  const detail = issues.map((issue) => `${[result.target, ...issue.path].join('.')}: a FollowTheMoney schema name is required (e.g. "Person")`).join('; ');
  return errorResponse(c, 422, 'invalid_input', detail);
};

export function registerMatchRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi<typeof matchRoute>(
    matchRoute,
    async (c) => {
      const { dataset } = c.req.valid('param');
      const options = c.req.valid('query');
      const { queries } = c.req.valid('json');
      const generation = deps.index.current();
      const batch = await matchBatch(deps.store, generation, {
        scope: dataset,
        queries,
        limit: options.limit,
        threshold: options.threshold,
        cutoff: options.cutoff,
        includeDatasets: options.include_dataset,
        excludeDatasets: options.exclude_dataset,
        excludeEntityIds: options.exclude_entity_ids,
        changedSince: options.changed_since,
      });
      return c.json(await matchResponse(batch, options.limit, (id) => generation.entityViews.get(id)), 200);
    },
    matchBodyHook,
  );
}

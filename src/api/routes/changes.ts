/**
 * `GET /changes`: the changes feed (service/changes.ts) — events in a date range with the
 * programmes and countries of each party, a page of them, the total and per-month counts. A
 * bad date, type, schema or country is a 400 naming the parameter; an unknown dataset a 404.
 */
import { createRoute } from '@hono/zod-openapi';
import { changesFeed } from '../../service/changes.js';
import { EventFacetReader } from '../../service/event-facets.js';
import { ChangesQuery, changesResponse, ChangesResponseSchema, splitTypes } from '../schemas/changes.js';
import { errorContent } from '../schemas/error.js';
import type { ApiApp, ApiDeps } from '../types.js';

const changesRoute = createRoute({
  method: 'get',
  path: '/changes',
  tags: ['history'],
  summary: 'Designations, delistings, relistings and amendments in a date range, with per-month counts',
  request: { query: ChangesQuery },
  responses: {
    200: { description: 'a page of events sorted by date then entity id', content: { 'application/json': { schema: ChangesResponseSchema } } },
    400: errorContent('a bad date, date range, event type, schema, country or page'),
    404: errorContent('no such dataset'),
  },
});

export function registerChangesRoutes(app: ApiApp, deps: ApiDeps): void {
  const facets = new EventFacetReader(deps.store);
  app.openapi(changesRoute, async (c) => {
    const query = c.req.valid('query');
    const feed = await changesFeed(deps.store, facets, { ...query, types: splitTypes(query.type) });
    return c.json(changesResponse(feed), 200);
  });
}

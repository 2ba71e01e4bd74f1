/**
 * `GET /entities/{id}` (yente's entity, with its relations nested unless `nested=false`; as of
 * a date with `as_of`) and `GET /entities/{id}/history` (`{"id", "events": [...], "values":
 * [...]}`: the values as `sanctions history --json` gives them, the events as /changes does).
 * A delisted entity is still served, as last seen, with `listed: false`. Unknown ids are a 404.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { entityAsOf, entityHistory } from '../../service/entities.js';
import { entityWithRelations } from '../../service/entity-relations.js';
import { checkAsOf } from '../../service/match.js';
import { eventView } from '../../service/views.js';
import { errorContent } from '../schemas/error.js';
import { EntitySchema, entityResponse } from '../schemas/entity.js';
import { HistorySchema } from '../schemas/history.js';
import type { ApiApp, ApiDeps } from '../types.js';

const EntityParams = z.object({ id: z.string().min(1).max(200).openapi({ example: 'ofac-16685' }) });

const EntityQuery = z.object({
  nested: z.enum(['true', 'false']).optional().openapi({ description: 'true (default): related entities (sanctions, documents, links, addresses) nested in the properties' }),
  as_of: z.string().optional().openapi({ description: 'YYYY-MM-DD: the entity as it stood on that date' }),
});

const entity = createRoute({
  method: 'get',
  path: '/entities/{id}',
  tags: ['yente'],
  summary: 'An entity, with its sanctions, documents, links and addresses nested',
  request: { params: EntityParams, query: EntityQuery },
  responses: {
    200: { description: 'the entity', content: { 'application/json': { schema: EntitySchema } } },
    400: errorContent('a bad parameter, named in the detail'),
    404: errorContent('no such entity (or none on that date)'),
  },
});

const history = createRoute({
  method: 'get',
  path: '/entities/{id}/history',
  tags: ['history'],
  summary: "An entity's events (designated, amended, delisted, relisted) and every value with the snapshots it was seen in",
  request: { params: EntityParams },
  responses: {
    200: { description: 'the history', content: { 'application/json': { schema: HistorySchema } } },
    404: errorContent('no such entity'),
  },
});

export function registerEntityRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(entity, async (c) => {
    const { id } = c.req.valid('param');
    const { nested, as_of: asOf } = c.req.valid('query');
    checkAsOf('as_of', asOf);
    const view = nested === 'false' ? await entityAsOf(deps.store, id, asOf) : await entityWithRelations(deps.store, id, asOf);
    return c.json(entityResponse(view), 200);
  });
  app.openapi(history, async (c) => {
    const found = await entityHistory(deps.store, c.req.valid('param').id);
    const events = found.events.map((event) => ({ ...eventView(event), changed: [...event.changed] }));
    const values = found.values.map((value) => ({ ...value, spans: [...value.spans] }));
    return c.json({ id: found.id, events, values }, 200);
  });
}

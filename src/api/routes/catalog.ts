/**
 * `GET /catalog` as yente answers it: `{"datasets": [{"name", "title", "type", "last_change",
 * "entity_count", "target_count", "snapshots", "children"?}], "current", "outdated",
 * "index_stale"}` — every loaded dataset and the `default` collection of all of them.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { datasetCatalog } from '../../service/catalog.js';
import type { ApiApp, ApiDeps } from '../types.js';

const CatalogDatasetSchema = z
  .object({
    name: z.string(),
    title: z.string(),
    type: z.enum(['source', 'collection']),
    last_change: z.string().nullable().openapi({ description: 'date of the latest snapshot' }),
    entity_count: z.number().int(),
    target_count: z.number().int(),
    snapshots: z.array(z.string()).openapi({ description: 'snapshot dates, oldest first' }),
    children: z.array(z.string()).optional(),
  })
  .openapi('CatalogDataset');

const CatalogSchema = z
  .object({
    datasets: z.array(CatalogDatasetSchema),
    current: z.array(z.string()).openapi({ description: 'datasets the search and match index serves at their latest snapshot' }),
    outdated: z.array(z.string()).openapi({ description: 'datasets with a snapshot newer than the index in use' }),
    index_stale: z.boolean(),
  })
  .openapi('Catalog');

const catalog = createRoute({
  method: 'get',
  path: '/catalog',
  tags: ['yente'],
  summary: 'The loaded datasets, their snapshots, and whether the index serves their latest',
  responses: { 200: { description: 'the catalogue', content: { 'application/json': { schema: CatalogSchema } } } },
});

export function registerCatalogRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(catalog, async (c) => {
    const indexed = deps.index.isReady ? deps.index.current().snapshots : undefined;
    return c.json(await datasetCatalog(deps.store, indexed), 200);
  });
}

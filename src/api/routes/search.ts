/**
 * `GET /search/{dataset}` as yente answers it: `{"results": [entity...], "total": {"value": N,
 * "relation": "eq"}, "limit", "offset"}` over the listed parties of the latest snapshots.
 * `q` is a Lucene-style query string (search-query.ts; plain words with `simple=true`);
 * without it the parties are listed by caption. Filters: schema (with its descendants),
 * countries, include_dataset / exclude_dataset, exclude_schema (all repeatable),
 * changed_since. Every bad parameter is a 400 whose detail names it; an unknown dataset a 404.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { InvalidInputError } from '../../model/errors.js';
import type { SearchConstraint } from '../../service/search-filters.js';
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT, MAX_SEARCH_OFFSET, searchEntities } from '../../service/search.js';
import { errorContent } from '../schemas/error.js';
import { EntitySchema, entityResponse } from '../schemas/entity.js';
import { parseTextQuery } from '../search-query.js';
import type { ApiApp, ApiDeps } from '../types.js';

/** A parameter that may be given several times (`?countries=ru&countries=by`). */
const repeatable = (description: string) => z.union([z.string(), z.array(z.string())]).optional().openapi({ description });
const flag = (description: string) => z.enum(['true', 'false']).optional().openapi({ description });

const SearchQuery = z.object({
  q: z.string().max(1000).optional().openapi({ description: 'Lucene-style query string: words and "phrases" are the name looked up; schema:, countries:, datasets:, id: filter', example: 'Chemezov' }),
  simple: flag('true: q is plain words, its syntax is ignored'),
  schema: z.string().optional().openapi({ description: 'Only entities of this FollowTheMoney schema or its descendants', example: 'Person' }),
  countries: repeatable('ISO 3166 codes (lower case as yente uses them) of a country, nationality or jurisdiction'),
  include_dataset: repeatable('Only entities of these datasets'),
  exclude_dataset: repeatable('No entities of these datasets'),
  exclude_schema: repeatable('No entities of these schemata (or their descendants)'),
  changed_since: z.string().optional().openapi({ description: 'YYYY-MM-DD: only entities designated, amended or relisted on or after it' }),
  limit: z.string().optional().openapi({ description: `Results per page, 1 to ${MAX_SEARCH_LIMIT} (default ${DEFAULT_SEARCH_LIMIT})` }),
  offset: z.string().optional().openapi({ description: `Results skipped, 0 to ${MAX_SEARCH_OFFSET}` }),
});

const SearchResponse = z
  .object({
    results: z.array(EntitySchema),
    total: z.object({ value: z.number().int(), relation: z.literal('eq') }),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('SearchResponse');

const search = createRoute({
  method: 'get',
  path: '/search/{dataset}',
  tags: ['yente'],
  summary: 'Text search over the listed parties of the latest snapshots',
  request: {
    params: z.object({ dataset: z.string().openapi({ description: '`default` (every loaded dataset) or a dataset name', example: 'default' }) }),
    query: SearchQuery,
  },
  responses: {
    200: { description: 'a page of results', content: { 'application/json': { schema: SearchResponse } } },
    400: errorContent('a bad parameter, named in the detail'),
    404: errorContent('no such dataset'),
    503: errorContent('the index is still being built'),
  },
});

const listOf = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function wholeNumber(param: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,9}$/.test(text.trim())) throw new InvalidInputError(`${param}: must be a whole number, got "${text.slice(0, 40)}"`);
  return Number(text);
}

type SearchParams = z.infer<typeof SearchQuery>;

/** The filters given as query parameters, as constraints named after their parameter. */
function parameterConstraints(query: SearchParams): SearchConstraint[] {
  const constraints: SearchConstraint[] = [];
  const add = (field: SearchConstraint['field'], param: string, values: string[], exclude: boolean) => {
    if (values.length > 0) constraints.push({ field, param, values, exclude });
  };
  add('schema', 'schema', listOf(query.schema), false);
  add('schema', 'exclude_schema', listOf(query.exclude_schema), true);
  add('countries', 'countries', listOf(query.countries), false);
  add('datasets', 'include_dataset', listOf(query.include_dataset), false);
  add('datasets', 'exclude_dataset', listOf(query.exclude_dataset), true);
  return constraints;
}

export function registerSearchRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(search, async (c) => {
    const query = c.req.valid('query');
    const text = parseTextQuery(query.q ?? '', { simple: query.simple === 'true' });
    const limit = wholeNumber('limit', query.limit, DEFAULT_SEARCH_LIMIT);
    const offset = wholeNumber('offset', query.offset, 0);
    const page = await searchEntities(deps.store, deps.index.current(), {
      scope: c.req.valid('param').dataset,
      terms: text.terms,
      constraints: [...parameterConstraints(query), ...text.constraints],
      changedSince: query.changed_since,
      limit,
      offset,
    });
    const body = { results: page.results.map(entityResponse), total: { value: page.total, relation: 'eq' as const }, limit, offset };
    return c.json(body, 200);
  });
}

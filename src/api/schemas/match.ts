/**
 * yente's `/match` shapes: the request (`{"queries": {"<key>": {"schema", "properties"}}}` and
 * the query-string options) and the response (`{"responses": {"<key>": {"status", "query",
 * "results", "total"}}, "matcher", "limit"}`), each result a yente entity plus `score`,
 * `match`, `features` (feature name -> its score) and our `explanation` (the features with
 * weights and details).
 */
import { z } from '@hono/zod-openapi';
import { FEATURES } from '../../match/features/catalog.js';
import type { FeatureResult } from '../../match/types.js';
import type { EntityView } from '../../service/entities.js';
import type { BatchResult } from '../../service/match-batch.js';
import { MAX_MATCH_LIMIT, type MatchView } from '../../service/match.js';
import { EntitySchema, entityResponse } from './entity.js';

/** yente's default number of results per query. */
export const DEFAULT_MATCH_RESULTS = 5;
export const MATCHER_NAME = 'sanctions-radar';

export { ErrorSchema } from './error.js';

/** A query-string option that may be repeated (`?exclude_dataset=a&exclude_dataset=b`). */
export const listParam = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .openapi({ description });

const score = (description: string) => z.coerce.number().min(0).max(1).optional().openapi({ description });

export const MatchParams = z.object({
  dataset: z.string().openapi({ description: '`default` (every loaded dataset) or a loaded dataset name', example: 'default' }),
});

export const MatchOptionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_MATCH_LIMIT).default(DEFAULT_MATCH_RESULTS).openapi({ description: 'results per query' }),
  threshold: score('`match` is true from this score on (default: the matcher threshold)'),
  cutoff: score('results scoring below this are left out (default 0)'),
  algorithm: z.string().optional().openapi({ description: 'accepted for yente clients; one matcher serves every algorithm name' }),
  include_dataset: listParam('only these datasets (repeatable)'),
  exclude_dataset: listParam('not these datasets (repeatable)'),
  exclude_entity_ids: listParam('leave out these entity ids (repeatable)'),
  changed_since: z.string().optional().openapi({ description: 'only entities designated, amended or relisted on or after this date, or from a dataset whose history begins on or after it (YYYY-MM-DD)' }),
});

const PropertyValues = z.union([z.string(), z.array(z.string())]);

export const EntityExampleSchema = z
  .object({
    id: z.string().optional(),
    schema: z.string().openapi({ example: 'Person' }),
    properties: z.record(z.string(), PropertyValues).default({}),
  })
  .openapi('EntityExample');

export const MatchBodySchema = z
  .object({ queries: z.record(z.string(), EntityExampleSchema) })
  .openapi('EntityMatchQuery', {
    example: { queries: { q1: { schema: 'Person', properties: { name: ['Sergey Chemezov'], birthDate: ['1952-08-20'], nationality: ['ru'] } } } },
  });

const FeatureResultSchema = z.object({ name: z.string(), score: z.number(), weight: z.number(), detail: z.string().optional() });

const ScoredEntitySchema = z
  .object({ ...EntitySchema.shape, score: z.number(), match: z.boolean(), features: z.record(z.string(), z.number()), explanation: z.array(FeatureResultSchema) })
  .openapi('ScoredEntity');

const CleanExampleSchema = z.object({ id: z.string().optional(), schema: z.string(), properties: z.record(z.string(), z.array(z.string())) });

const EntityMatchesSchema = z
  .object({
    status: z.number(),
    query: CleanExampleSchema,
    results: z.array(ScoredEntitySchema),
    total: z.object({ value: z.number(), relation: z.literal('eq') }),
  })
  .openapi('EntityMatches');

const MatcherSchema = z.object({
  name: z.string(),
  description: z.string(),
  threshold: z.number(),
  cutoff: z.number(),
  features: z.record(z.string(), z.object({ description: z.string(), coefficient: z.number() })),
});

export const MatchResponseSchema = z
  .object({ responses: z.record(z.string(), EntityMatchesSchema), matcher: MatcherSchema, limit: z.number() })
  .openapi('EntityMatchResponse');

export type MatchResponse = z.infer<typeof MatchResponseSchema>;
type ScoredEntity = z.infer<typeof ScoredEntitySchema>;

const featureScores = (explanation: readonly FeatureResult[]) => Object.fromEntries(explanation.map((f) => [f.name, f.score]));

export function scoredEntity(view: MatchView, entity: EntityView): ScoredEntity {
  return { ...entityResponse(entity), score: view.score, match: view.match, features: featureScores(view.explanation), explanation: [...view.explanation] };
}

function matcher(batch: BatchResult): z.infer<typeof MatcherSchema> {
  const features = Object.fromEntries(Object.values(FEATURES).map((f) => [f.name, { description: f.description, coefficient: f.weight }]));
  const description = 'transliteration-aware name alignment weighted by token rarity, plus birth date, country and identifier evidence';
  return { name: MATCHER_NAME, description, threshold: batch.threshold, cutoff: batch.cutoff, features };
}

/** The response, given each result's entity (`entityOf` is asked once per result shown). */
export async function matchResponse(batch: BatchResult, limit: number, entityOf: (id: string) => Promise<EntityView>): Promise<MatchResponse> {
  const responses: MatchResponse['responses'] = {};
  for (const [key, answer] of Object.entries(batch.answers)) {
    const results = await Promise.all(answer.results.map(async (view) => scoredEntity(view, await entityOf(view.id))));
    const query = { ...answer.query, properties: answer.query.properties as Record<string, string[]> };
    responses[key] = { status: 200, query, results, total: { value: answer.total, relation: 'eq' } };
  }
  return { responses, matcher: matcher(batch), limit };
}

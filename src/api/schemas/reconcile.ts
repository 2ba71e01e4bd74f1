/**
 * W3C Reconciliation Service API 0.2 shapes: the service manifest, the `queries` parameter
 * (a JSON object of keyed queries, sent as a GET parameter or a form field) and the
 * `{"<key>": {"result": [candidate, ...]}}` response.
 */
import { z } from '@hono/zod-openapi';
import { InvalidInputError } from '../../model/errors.js';
import { MAX_MATCH_LIMIT } from '../../service/match.js';
import { matchableTypes, type ReconcileQuery, type ReconcileType } from '../../service/reconcile.js';
import { describeIssues } from '../validation.js';

const TypeSchema = z.object({ id: z.string(), name: z.string() });

export const ManifestSchema = z
  .object({
    versions: z.array(z.string()),
    name: z.string(),
    identifierSpace: z.string(),
    schemaSpace: z.string(),
    defaultTypes: z.array(TypeSchema),
    view: z.object({ url: z.string() }),
  })
  .openapi('ReconciliationManifest');

const CandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.array(TypeSchema),
  score: z.number().openapi({ description: 'from 0 to 100' }),
  match: z.boolean(),
  features: z.array(z.object({ id: z.string(), value: z.number() })),
});

export const ReconcileResultsSchema = z.record(z.string(), z.object({ result: z.array(CandidateSchema) })).openapi('ReconciliationResults');

const QueriesText = z.string().openapi({
  description: 'JSON object of keyed queries: {"q0": {"query": "...", "type": "Person", "limit": 5, "properties": [{"pid": "birthDate", "v": "1952"}]}}',
  example: '{"q0":{"query":"Chemezov","type":"Person"}}',
});

export const ReconcileGetQuery = z.object({ queries: QueriesText.optional() });
export const ReconcileForm = z.object({ queries: QueriesText });

const ValueSchema = z.union([z.string(), z.number(), z.object({ id: z.string().optional(), name: z.string().optional() })]);

const QuerySchema = z.object({
  query: z.string(),
  type: z.string().optional(),
  type_strict: z.string().optional(),
  limit: z.number().int().min(1).max(MAX_MATCH_LIMIT).optional(),
  properties: z.array(z.object({ pid: z.string(), v: z.union([ValueSchema, z.array(ValueSchema)]) })).optional(),
});

const QueriesSchema = z.record(z.string(), QuerySchema);

/** The `queries` parameter read and checked; InvalidInputError saying where it is wrong. */
export function parseReconcileQueries(text: string): Record<string, ReconcileQuery> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`queries: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = QueriesSchema.safeParse(json);
  if (!parsed.success) throw new InvalidInputError(describeIssues('queries', parsed.error));
  return parsed.data;
}

export function manifest(origin: string, scope: string): z.infer<typeof ManifestSchema> {
  const defaultTypes: ReconcileType[] = matchableTypes();
  return {
    versions: ['0.2'],
    name: `Sanctions Radar (${scope})`,
    identifierSpace: `${origin}/entities/`,
    schemaSpace: 'https://followthemoney.tech/explorer/schemata/',
    defaultTypes,
    // The web UI routes by hash; OpenRefine replaces {{id}} with a candidate's id.
    view: { url: `${origin}/#/entity/{{id}}` },
  };
}

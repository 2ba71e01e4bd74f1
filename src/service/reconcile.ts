/**
 * The W3C Reconciliation Service API (version 0.2, as OpenRefine speaks it) over the same
 * batch matching as `/match`: each reconciliation query (`{"query": "Chemezov", "type":
 * "Person", "limit": 5, "properties": [{"pid": "birthDate", "v": "1952"}]}`) becomes an FtM
 * example (`query` as its name, each `pid` a property of the type), and each result a
 * candidate `{id, name, type: [{id, name}], score (0..100), match, features}`.
 */
import { InvalidInputError } from '../model/errors.js';
import { getSchema } from '../model/ftm.js';
import { MATCHABLE_SCHEMATA } from '../match/matchable.js';
import type { Store } from '../store/store.js';
import type { IndexGeneration } from './live-index.js';
import { matchBatch } from './match-batch.js';
import type { MatchView } from './match.js';
import type { RawExample } from './query-cleaning.js';

/** A query with no type may be a person or a company: LegalEntity matches both. */
export const DEFAULT_RECONCILE_TYPE = 'LegalEntity';
export const DEFAULT_RECONCILE_LIMIT = 5;

/** A property value as OpenRefine sends it: text, a number, a reconciled cell `{id}` or a list of those. */
export type ReconcileValue = string | number | { readonly id?: string; readonly name?: string };

export interface ReconcileQuery {
  readonly query: string;
  readonly type?: string;
  readonly limit?: number;
  readonly properties?: readonly { readonly pid: string; readonly v: ReconcileValue | readonly ReconcileValue[] }[];
}

export interface ReconcileType {
  readonly id: string;
  readonly name: string;
}

export interface ReconcileCandidate {
  readonly id: string;
  readonly name: string;
  readonly type: ReconcileType[];
  /** 0..100. */
  readonly score: number;
  readonly match: boolean;
  readonly features: { readonly id: string; readonly value: number }[];
}

export type ReconcileResults = Record<string, { result: ReconcileCandidate[] }>;

export const reconcileType = (schema: string): ReconcileType => ({ id: schema, name: getSchema(schema).label });

/** The types a query may ask for, offered to OpenRefine as the service's default types. */
export const matchableTypes = (): ReconcileType[] => MATCHABLE_SCHEMATA.map(reconcileType);

function valueText(value: ReconcileValue): string {
  if (typeof value === 'object') return value.id ?? value.name ?? '';
  return String(value);
}

/** The query's type, which must be one of the service's types (`key` names the query in errors). */
function checkType(key: string, type: string): string {
  if (!(MATCHABLE_SCHEMATA as readonly string[]).includes(type)) {
    throw new InvalidInputError(`queries.${key}.type: "${type.slice(0, 80)}" is not a type of this service; use one of ${MATCHABLE_SCHEMATA.join(', ')}`);
  }
  return type;
}

export function reconcileExample(key: string, query: ReconcileQuery): RawExample {
  const properties: Record<string, string[]> = { name: [query.query] };
  for (const { pid, v } of query.properties ?? []) {
    const values = (Array.isArray(v) ? v : [v]) as readonly ReconcileValue[];
    properties[pid] = [...(properties[pid] ?? []), ...values.map(valueText)];
  }
  return { schema: checkType(key, query.type ?? DEFAULT_RECONCILE_TYPE), properties };
}

function candidate(view: MatchView): ReconcileCandidate {
  const score = Math.round(view.score * 10000) / 100;
  const features = view.explanation.map((f) => ({ id: f.name, value: f.score }));
  return { id: view.id, name: view.caption, type: [reconcileType(view.schema)], score, match: view.match, features };
}

/** Answers keyed reconciliation queries against `scope` (`default` or a dataset), best candidates first. */
export async function reconcile(store: Store, generation: IndexGeneration, scope: string, queries: Readonly<Record<string, ReconcileQuery>>): Promise<ReconcileResults> {
  const keys = Object.keys(queries);
  const batch = await matchBatch(store, generation, {
    scope,
    queries: Object.fromEntries(keys.map((key) => [key, reconcileExample(key, queries[key]!)])),
    limit: DEFAULT_RECONCILE_LIMIT,
    limits: Object.fromEntries(keys.flatMap((key) => (queries[key]!.limit === undefined ? [] : [[key, queries[key]!.limit]]))),
  });
  return Object.fromEntries(Object.entries(batch.answers).map(([key, answer]) => [key, { result: answer.results.map(candidate) }]));
}

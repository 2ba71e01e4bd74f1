/**
 * The audit log of match and screen requests: which key asked what (as a hash of the request
 * body), against which snapshots, and what it was answered. Entries are appended by the HTTP
 * layer (api/audit-log.ts) and listed here by time (`from`/`to` as YYYY-MM-DD or ISO
 * timestamps, `to` inclusive of its whole day), key (id or prefix), route and count.
 */
import { createHash } from 'node:crypto';
import { InvalidInputError } from '../model/errors.js';
import type { AuditFilter, StoredAuditEntry, Store } from '../store/store.js';
import { findApiKey } from './api-keys.js';

export const DEFAULT_AUDIT_LIMIT = 100;
/** Results kept per query: enough to show what was alerted on without copying whole responses. */
export const AUDIT_RESULTS_PER_QUERY = 5;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface AuditListOptions {
  readonly from?: string;
  readonly to?: string;
  /** A key's id or display prefix. */
  readonly key?: string;
  readonly route?: string;
  readonly limit?: number;
}

/** A date or timestamp as the ISO timestamp the log sorts by; `end` moves a bare date to the next day's start. */
function boundary(option: string, value: string, end: boolean): string {
  if (DAY.test(value) || TIMESTAMP.test(value)) {
    const time = new Date(DAY.test(value) ? `${value}T00:00:00.000Z` : value);
    if (!Number.isNaN(time.getTime())) {
      if (end && DAY.test(value)) time.setUTCDate(time.getUTCDate() + 1);
      else if (end) time.setUTCMilliseconds(time.getUTCMilliseconds() + 1);
      return time.toISOString();
    }
  }
  throw new InvalidInputError(`${option}: expected a date (YYYY-MM-DD) or a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ), got "${value}"`);
}

export async function listAuditEntries(store: Store, options: AuditListOptions): Promise<StoredAuditEntry[]> {
  const limit = options.limit ?? DEFAULT_AUDIT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidInputError(`--limit: must be a whole number above 0, got ${limit}`);
  if (options.route !== undefined && !options.route.startsWith('/')) throw new InvalidInputError(`--route: a path such as /match/default, got "${options.route}"`);
  const filter: AuditFilter = {
    limit,
    from: options.from === undefined ? undefined : boundary('--from', options.from, false),
    before: options.to === undefined ? undefined : boundary('--to', options.to, true),
    apiKeyId: options.key === undefined ? undefined : (await findApiKey(store, options.key)).id,
    route: options.route,
  };
  if (filter.from !== undefined && filter.before !== undefined && filter.from >= filter.before) {
    throw new InvalidInputError(`--from ${options.from} is after --to ${options.to}`);
  }
  return store.access.listAuditEntries(filter);
}

/** An entry as the CLI prints it in JSON (snake_case, as the API's shapes). */
export function auditEntryView(entry: StoredAuditEntry) {
  return {
    id: entry.id,
    at: entry.at,
    api_key_id: entry.apiKeyId,
    request_id: entry.requestId,
    route: entry.route,
    status: entry.status,
    query_hash: entry.queryHash,
    snapshots: entry.snapshots.map((s) => ({ dataset: s.dataset, as_of: s.asOf })),
    results: entry.results.map((r) => ({ query: r.query, entity_id: r.entityId, score: r.score })),
    job_id: entry.jobId,
  };
}

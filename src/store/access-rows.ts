/**
 * Rows of the api_keys and audit_log tables as both backends store them (snapshots and
 * results as JSON text, timestamps as ISO text), and the audit listing query with its
 * placeholders left to the backend.
 */
import type { ApiKeyRecord, AuditEntry, AuditFilter, StoredAuditEntry } from './store.js';

export const API_KEY_COLUMNS = 'id, name, prefix, created_at, revoked_at, rate_limit, last_used_at';
export const AUDIT_COLUMNS = 'at, api_key_id, request_id, route, query_hash, snapshots, results, job_id, status';

export interface ApiKeyRow {
  // PostgreSQL returns bigint and identity columns as strings.
  id: number | string;
  name: string;
  prefix: string;
  created_at: string;
  revoked_at: string | null;
  rate_limit: number | null;
  last_used_at: string | null;
}

export interface AuditRow {
  id: number | string;
  at: string;
  api_key_id: number | string | null;
  request_id: string;
  route: string;
  query_hash: string;
  snapshots: string;
  results: string;
  job_id: string | null;
  status: number;
}

export function apiKeyFromRow(row: ApiKeyRow): ApiKeyRecord {
  return {
    id: Number(row.id),
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    rateLimit: row.rate_limit,
    lastUsedAt: row.last_used_at,
  };
}

/** The values of AUDIT_COLUMNS, in that order. */
export function auditValues(entry: AuditEntry): unknown[] {
  return [
    entry.at,
    entry.apiKeyId,
    entry.requestId,
    entry.route,
    entry.queryHash,
    JSON.stringify(entry.snapshots.map(({ dataset, asOf }) => ({ dataset, asOf }))),
    JSON.stringify(entry.results.map(({ query, entityId, score }) => ({ query, entityId, score }))),
    entry.jobId,
    entry.status,
  ];
}

export function auditEntryFromRow(row: AuditRow): StoredAuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    apiKeyId: row.api_key_id === null ? null : Number(row.api_key_id),
    requestId: row.request_id,
    route: row.route,
    queryHash: row.query_hash,
    snapshots: JSON.parse(row.snapshots),
    results: JSON.parse(row.results),
    jobId: row.job_id,
    status: row.status,
  };
}

/** The listing query; `placeholder(n)` is the backend's n-th (1-based) parameter marker. */
export function auditQuery(filter: AuditFilter, placeholder: (n: number) => string): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return placeholder(params.length);
  };
  if (filter.from !== undefined) where.push(`at >= ${bind(filter.from)}`);
  if (filter.before !== undefined) where.push(`at < ${bind(filter.before)}`);
  if (filter.apiKeyId !== undefined) where.push(`api_key_id = ${bind(filter.apiKeyId)}`);
  if (filter.route !== undefined) {
    // The routes under R sort from 'R/' to before 'R0' ('0' follows '/' in byte order, which both backends use here).
    const route = filter.route.replace(/\/+$/, '');
    where.push(`(route = ${bind(route)} OR (route >= ${bind(`${route}/`)} AND route < ${bind(`${route}0`)}))`);
  }
  const conditions = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const sql = `SELECT id, ${AUDIT_COLUMNS} FROM audit_log ${conditions} ORDER BY id DESC LIMIT ${bind(filter.limit)}`;
  return { sql, params };
}

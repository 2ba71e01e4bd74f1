/** The API keys and the audit log in PostgreSQL (tables of migration 3, see migrations.ts). */
import { API_KEY_COLUMNS, AUDIT_COLUMNS, apiKeyFromRow, auditEntryFromRow, auditQuery, auditValues, type ApiKeyRow, type AuditRow } from '../access-rows.js';
import type { AccessStore, ApiKeyRecord, AuditEntry, AuditFilter, NewApiKey, StoredAuditEntry } from '../store.js';

/** Runs one statement on a pooled connection and returns its rows. */
export type PostgresQuery = <R extends object>(sql: string, params: unknown[]) => Promise<R[]>;

export class PostgresAccess implements AccessStore {
  constructor(private readonly query: PostgresQuery) {}

  async insertApiKey(key: NewApiKey): Promise<ApiKeyRecord> {
    const rows = await this.query<ApiKeyRow>(
      `INSERT INTO api_keys (name, prefix, hash, created_at, rate_limit) VALUES ($1, $2, $3, $4, $5) RETURNING ${API_KEY_COLUMNS}`,
      [key.name, key.prefix, key.hash, key.createdAt, key.rateLimit],
    );
    return apiKeyFromRow(rows[0]!);
  }

  async listApiKeys(): Promise<ApiKeyRecord[]> {
    return (await this.query<ApiKeyRow>(`SELECT ${API_KEY_COLUMNS} FROM api_keys ORDER BY id`, [])).map(apiKeyFromRow);
  }

  async apiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    const rows = await this.query<ApiKeyRow>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE hash = $1`, [hash]);
    return rows.length === 0 ? undefined : apiKeyFromRow(rows[0]!);
  }

  async revokeApiKey(id: number, revokedAt: string): Promise<boolean> {
    const rows = await this.query('UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL RETURNING id', [revokedAt, id]);
    return rows.length === 1;
  }

  async recordApiKeyUse(id: number, usedAt: string): Promise<void> {
    await this.query('UPDATE api_keys SET last_used_at = $1 WHERE id = $2', [usedAt, id]);
  }

  async appendAuditEntry(entry: AuditEntry): Promise<void> {
    await this.query(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, auditValues(entry));
  }

  async listAuditEntries(filter: AuditFilter): Promise<StoredAuditEntry[]> {
    const { sql, params } = auditQuery(filter, (n) => `$${n}`);
    return (await this.query<AuditRow>(sql, params)).map(auditEntryFromRow);
  }
}

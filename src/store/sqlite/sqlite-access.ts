/** The API keys and the audit log in SQLite (tables of migration 3, see migrations.ts). */
import type Database from 'better-sqlite3';
import { API_KEY_COLUMNS, AUDIT_COLUMNS, apiKeyFromRow, auditEntryFromRow, auditQuery, auditValues, type ApiKeyRow, type AuditRow } from '../access-rows.js';
import type { AccessStore, ApiKeyRecord, AuditEntry, AuditFilter, NewApiKey, StoredAuditEntry } from '../store.js';

export class SqliteAccess implements AccessStore {
  constructor(private readonly db: Database.Database) {}

  async insertApiKey(key: NewApiKey): Promise<ApiKeyRecord> {
    const row = this.db
      .prepare(
        `INSERT INTO api_keys (name, prefix, hash, created_at, rate_limit) VALUES (?, ?, ?, ?, ?) RETURNING ${API_KEY_COLUMNS}`,
      )
      .get(key.name, key.prefix, key.hash, key.createdAt, key.rateLimit) as ApiKeyRow;
    return apiKeyFromRow(row);
  }

  async listApiKeys(): Promise<ApiKeyRecord[]> {
    return (this.db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys ORDER BY id`).all() as ApiKeyRow[]).map(apiKeyFromRow);
  }

  async apiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined> {
    const row = this.db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE hash = ?`).get(hash) as ApiKeyRow | undefined;
    return row === undefined ? undefined : apiKeyFromRow(row);
  }

  async revokeApiKey(id: number, revokedAt: string): Promise<boolean> {
    return this.db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(revokedAt, id).changes === 1;
  }

  async recordApiKeyUse(id: number, usedAt: string): Promise<void> {
    this.db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?').run(usedAt, id);
  }

  async appendAuditEntry(entry: AuditEntry): Promise<void> {
    this.db.prepare(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...auditValues(entry));
  }

  async listAuditEntries(filter: AuditFilter): Promise<StoredAuditEntry[]> {
    const { sql, params } = auditQuery(filter, () => '?');
    return (this.db.prepare(sql).all(...params) as AuditRow[]).map(auditEntryFromRow);
  }
}

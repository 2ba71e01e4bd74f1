/** The API keys and the audit log in SQLite (tables of migration 3, see migrations.ts). */
import type Database from 'better-sqlite3';
import { API_KEY_COLUMNS, AUDIT_COLUMNS, apiKeyFromRow, auditEntryFromRow, auditQuery, auditValues, type ApiKeyRow, type AuditRow } from '../access-rows.js';
import type { ApiKeyRecord, AuditEntry, AuditFilter, NewApiKey, StoredAuditEntry } from '../store.js';

export class SqliteAccess {
  constructor(private readonly db: Database.Database) {}

  insertApiKey(key: NewApiKey): ApiKeyRecord {
    const row = this.db
      .prepare(
        `INSERT INTO api_keys (name, prefix, hash, created_at, rate_limit) VALUES (?, ?, ?, ?, ?) RETURNING ${API_KEY_COLUMNS}`,
      )
      .get(key.name, key.prefix, key.hash, key.createdAt, key.rateLimit) as ApiKeyRow;
    return apiKeyFromRow(row);
  }

  listApiKeys(): ApiKeyRecord[] {
    return (this.db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys ORDER BY id`).all() as ApiKeyRow[]).map(apiKeyFromRow);
  }

  apiKeyByHash(hash: string): ApiKeyRecord | undefined {
    const row = this.db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE hash = ?`).get(hash) as ApiKeyRow | undefined;
    return row === undefined ? undefined : apiKeyFromRow(row);
  }

  revokeApiKey(id: number, revokedAt: string): boolean {
    return this.db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(revokedAt, id).changes === 1;
  }

  recordApiKeyUse(id: number, usedAt: string): void {
    this.db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?').run(usedAt, id);
  }

  appendAuditEntry(entry: AuditEntry): void {
    this.db.prepare(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...auditValues(entry));
  }

  listAuditEntries(filter: AuditFilter): StoredAuditEntry[] {
    const { sql, params } = auditQuery(filter, () => '?');
    return (this.db.prepare(sql).all(...params) as AuditRow[]).map(auditEntryFromRow);
  }
}

/**
 * The store interface. Two implementations (SQLite, PostgreSQL) pass one contract suite
 * (store-contract.test.ts). The store keeps data and does no history reasoning: which spans
 * and events a snapshot produces is decided by history/ and service/, and written here in
 * one transaction.
 */
import type { SanctionEvent, EventType } from '../history/events.js';
import type { Span } from '../history/spans.js';

export interface SnapshotRecord {
  readonly dataset: string;
  readonly asOf: string;
  readonly format: string;
  /** SHA-256 over the source files read (see service/checksum.ts). */
  readonly checksum: string;
  readonly source: string;
  readonly loadedAt: string;
  readonly entityCount: number;
  readonly targetCount: number;
  readonly statementCount: number;
}

/** One (dataset, entity, property, value) with the spans of snapshots in which it was seen. */
export interface StatementRecord {
  readonly dataset: string;
  readonly entityId: string;
  readonly prop: string;
  readonly value: string;
  /** Sorted by firstSeen; never empty. */
  readonly spans: readonly Span[];
}

export interface EventFilter {
  dataset?: string;
  entityId?: string;
  from?: string;
  to?: string;
  types?: readonly EventType[];
}

export interface DatasetSummary {
  readonly name: string;
  readonly snapshots: readonly SnapshotRecord[];
}

/** Reads and writes of one dataset inside one transaction that holds its write lock. */
export interface DatasetTransaction {
  snapshots(): Promise<SnapshotRecord[]>;
  /** Statements seen in the snapshot of `date` (spans covering the date), optionally of these properties only. */
  statementsAt(date: string, props?: readonly string[]): Promise<StatementRecord[]>;
  /** Every statement, at any time, of these entities. */
  statementsOfEntities(entityIds: readonly string[]): Promise<StatementRecord[]>;
  /** Of these entities, the ones present in some snapshot strictly before `date`. */
  entitiesSeenBefore(entityIds: readonly string[], date: string): Promise<Set<string>>;
  insertSnapshot(snapshot: SnapshotRecord): Promise<void>;
  /** Inserts or updates statements (identified by dataset, entity, property, value). */
  saveStatements(statements: readonly StatementRecord[]): Promise<void>;
  /** Replaces the events observed in the snapshot of `snapshotDate`. */
  replaceEvents(snapshotDate: string, events: readonly SanctionEvent[]): Promise<void>;
}

/** An API key as listed: never the key itself, only its display prefix (the hash stays in the store). */
export interface ApiKeyRecord {
  readonly id: number;
  readonly name: string;
  /** The first characters of the key, enough to recognise it in a list. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  /** Requests per minute; null: the server's default. */
  readonly rateLimit: number | null;
  /** Updated at most about once a minute per key (see service/api-keys.ts). */
  readonly lastUsedAt: string | null;
}

export interface NewApiKey {
  readonly name: string;
  readonly prefix: string;
  /** SHA-256 of the whole key, hex. */
  readonly hash: string;
  readonly createdAt: string;
  readonly rateLimit: number | null;
}

/** One match or screen request as the audit log keeps it. */
export interface AuditEntry {
  /** ISO timestamp with milliseconds, UTC. */
  readonly at: string;
  readonly apiKeyId: number | null;
  readonly requestId: string;
  /** The request path, e.g. /match/default. */
  readonly route: string;
  /** SHA-256 of the request body, hex. */
  readonly queryHash: string;
  /** The snapshots the screening index answering the request was built from. */
  readonly snapshots: readonly { readonly dataset: string; readonly asOf: string }[];
  /** The best results per query, as answered. */
  readonly results: readonly { readonly query: string; readonly entityId: string; readonly score: number }[];
  /** The screening job a request created. */
  readonly jobId: string | null;
  readonly status: number;
}

/** An entry read back, with its position in the log (ids grow in append order). */
export interface StoredAuditEntry extends AuditEntry {
  readonly id: number;
}

export interface AuditFilter {
  /** Entries at or after this ISO timestamp. */
  readonly from?: string;
  /** Entries strictly before this ISO timestamp. */
  readonly before?: string;
  readonly apiKeyId?: number;
  /** This route or any route under it (`/match` matches `/match/default`). */
  readonly route?: string;
  /** The newest entries first, at most this many. */
  readonly limit: number;
}

/** API keys and the append-only audit log. */
export interface AccessStore {
  /** Records a new key and returns it with its id. */
  insertApiKey(key: NewApiKey): Promise<ApiKeyRecord>;
  /** Every key, revoked ones included, by id. */
  listApiKeys(): Promise<ApiKeyRecord[]>;
  apiKeyByHash(hash: string): Promise<ApiKeyRecord | undefined>;
  /** Marks a key revoked; false when it is unknown or already revoked (nothing changes then). */
  revokeApiKey(id: number, revokedAt: string): Promise<boolean>;
  recordApiKeyUse(id: number, usedAt: string): Promise<void>;
  /** The audit log is append-only: there is no update or delete, and the table refuses both. */
  appendAuditEntry(entry: AuditEntry): Promise<void>;
  listAuditEntries(filter: AuditFilter): Promise<StoredAuditEntry[]>;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Creates or upgrades the schema; safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Runs `work` in one transaction holding `dataset`'s write lock; any throw rolls everything back. */
  writeDataset<T>(dataset: string, work: (tx: DatasetTransaction) => Promise<T>): Promise<T>;
  listDatasets(): Promise<DatasetSummary[]>;
  listSnapshots(dataset: string): Promise<SnapshotRecord[]>;
  listEvents(filter: EventFilter): Promise<SanctionEvent[]>;
  /** Every statement of the entity in every dataset. */
  statementsOfEntity(entityId: string): Promise<StatementRecord[]>;
  /** Every statement of the entities that name `entityId` in an entity-typed property (its sanctions, documents, links). */
  statementsReferencing(entityId: string): Promise<StatementRecord[]>;
  /** Statements of a dataset seen in its snapshot of `date`. */
  statementsAt(dataset: string, date: string): Promise<StatementRecord[]>;
  /** Every statement of a dataset, whatever snapshots it was seen in: its whole history in one read. */
  statementsOfDataset(dataset: string): Promise<StatementRecord[]>;
  /** API keys and the audit log (a part of its own: the same tables on every backend). */
  readonly access: AccessStore;
}

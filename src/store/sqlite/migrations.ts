/**
 * SQLite schema, as ordered migrations; `user_version` records how many have run.
 * Dates are ISO strings (YYYY-MM-DD), which sort correctly as text.
 */
import { REFERENCE_PROPS_SQL } from '../reference-props.js';

export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE snapshots (
    dataset TEXT NOT NULL,
    as_of TEXT NOT NULL,
    format TEXT NOT NULL,
    checksum TEXT NOT NULL,
    source TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    entity_count INTEGER NOT NULL,
    target_count INTEGER NOT NULL,
    statement_count INTEGER NOT NULL,
    PRIMARY KEY (dataset, as_of)
  );
  -- One row per (dataset, entity, property, value). first_seen/last_seen bound every
  -- snapshot in which the value was seen (last_seen NULL: still in the latest snapshot);
  -- spans lists the runs as JSON when the value disappeared and came back.
  CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    dataset TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    prop TEXT NOT NULL,
    value TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT,
    spans TEXT,
    UNIQUE (dataset, entity_id, prop, value)
  );
  CREATE INDEX statements_entity ON statements (entity_id);
  CREATE INDEX statements_dataset_first_seen ON statements (dataset, first_seen);
  CREATE TABLE events (
    dataset TEXT NOT NULL,
    snapshot_date TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    date TEXT NOT NULL,
    schema TEXT NOT NULL,
    caption TEXT NOT NULL,
    changed TEXT NOT NULL
  );
  CREATE INDEX events_dataset_date ON events (dataset, date);
  CREATE INDEX events_dataset_snapshot ON events (dataset, snapshot_date);
  CREATE INDEX events_entity ON events (entity_id);
  `,
  // Who refers to an entity: values of entity-typed properties only, so the index stays small.
  `CREATE INDEX statements_reference ON statements (value) WHERE ${REFERENCE_PROPS_SQL};`,
  // API keys (only a SHA-256 of each key is kept) and the append-only audit log of match and
  // screen requests; the triggers make UPDATE and DELETE on the log fail, whoever issues them.
  `
  CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    rate_limit INTEGER,
    last_used_at TEXT
  );
  CREATE INDEX api_keys_prefix ON api_keys (prefix);
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    api_key_id INTEGER REFERENCES api_keys (id),
    request_id TEXT NOT NULL,
    route TEXT NOT NULL,
    query_hash TEXT NOT NULL,
    snapshots TEXT NOT NULL,
    results TEXT NOT NULL,
    job_id TEXT,
    status INTEGER NOT NULL
  );
  CREATE INDEX audit_log_at ON audit_log (at);
  CREATE INDEX audit_log_key ON audit_log (api_key_id, id);
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be updated'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be deleted'); END;
  `,
];

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
];

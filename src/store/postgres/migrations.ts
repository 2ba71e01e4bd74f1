/**
 * PostgreSQL schema, as ordered migrations; migration N (1-based) is recorded as version N in
 * `schema_migrations`. It mirrors the SQLite schema (sqlite/migrations.ts) so rows.ts serves
 * both: dates are ISO text (YYYY-MM-DD), spans and changed-property lists are JSON text.
 *
 * Every text column that is compared or sorted uses COLLATE "C" (byte order), which is what
 * SQLite does, so both backends sort names and dates identically whatever the database's
 * locale is (in en_US, 'B' < 'a' would not hold).
 */
import { REFERENCE_PROPS_SQL } from '../reference-props.js';

export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE snapshots (
    dataset text COLLATE "C" NOT NULL,
    as_of text COLLATE "C" NOT NULL,
    format text NOT NULL,
    checksum text NOT NULL,
    source text NOT NULL,
    loaded_at text NOT NULL,
    entity_count integer NOT NULL,
    target_count integer NOT NULL,
    statement_count integer NOT NULL,
    PRIMARY KEY (dataset, as_of)
  );
  -- One row per (dataset, entity, property, value); see sqlite/migrations.ts for the spans.
  -- No surrogate id: nothing refers to one, and it costs a sequence and an index per row.
  CREATE TABLE statements (
    dataset text COLLATE "C" NOT NULL,
    entity_id text COLLATE "C" NOT NULL,
    prop text COLLATE "C" NOT NULL,
    value text COLLATE "C" NOT NULL,
    first_seen text COLLATE "C" NOT NULL,
    last_seen text COLLATE "C",
    spans text
  );
  -- A btree entry holds at most ~2.7 kB, and FtM notes/text values run to 65,000
  -- characters, so the value is keyed by its MD5. The upsert's ON CONFLICT names the same
  -- expression. The prefix (dataset, entity_id) also serves statementsOfEntities.
  CREATE UNIQUE INDEX statements_key ON statements (dataset, entity_id, prop, md5(value));
  CREATE INDEX statements_entity ON statements (entity_id);
  CREATE INDEX statements_dataset_first_seen ON statements (dataset, first_seen);
  CREATE TABLE events (
    dataset text COLLATE "C" NOT NULL,
    snapshot_date text COLLATE "C" NOT NULL,
    entity_id text COLLATE "C" NOT NULL,
    type text COLLATE "C" NOT NULL,
    date text COLLATE "C" NOT NULL,
    schema text NOT NULL,
    caption text NOT NULL,
    changed text NOT NULL
  );
  CREATE INDEX events_dataset_date ON events (dataset, date);
  CREATE INDEX events_dataset_snapshot ON events (dataset, snapshot_date);
  CREATE INDEX events_entity ON events (entity_id);
  `,
  // Who refers to an entity: values of entity-typed properties only (ids, short), so the index stays small.
  `CREATE INDEX statements_reference ON statements (value) WHERE ${REFERENCE_PROPS_SQL};`,
  // API keys (only a SHA-256 of each key is kept) and the append-only audit log of match and
  // screen requests; the triggers make UPDATE, DELETE and TRUNCATE on the log fail, whoever issues them.
  `
  CREATE TABLE api_keys (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    prefix text COLLATE "C" NOT NULL,
    hash text COLLATE "C" NOT NULL UNIQUE,
    created_at text COLLATE "C" NOT NULL,
    revoked_at text COLLATE "C",
    rate_limit integer,
    last_used_at text COLLATE "C"
  );
  CREATE INDEX api_keys_prefix ON api_keys (prefix);
  CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at text COLLATE "C" NOT NULL,
    api_key_id integer REFERENCES api_keys (id),
    request_id text NOT NULL,
    route text COLLATE "C" NOT NULL,
    query_hash text NOT NULL,
    snapshots text NOT NULL,
    results text NOT NULL,
    job_id text,
    status integer NOT NULL
  );
  CREATE INDEX audit_log_at ON audit_log (at);
  CREATE INDEX audit_log_key ON audit_log (api_key_id, id);
  CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only: entries cannot be %', lower(TG_OP) || 'd';
  END $$;
  CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
  CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
  `,
];

/**
 * The PostgreSQL schema, as numbered migrations (schema_version in meta_kv holds how many ran), the same
 * tables and columns as the SQLite store's final schema (sqlite/migrations.ts) so that `sitrep migrate`
 * copies rows as they are. Text columns that are sorted or compared are COLLATE "C": byte order, as SQLite
 * compares, whatever the database's own locale (ids, ISO dates). Full-text search is PostgreSQL's own: a
 * stored tsvector over title and text with a GIN index ('simple' configuration: no stemming, as SQLite's
 * unicode61 tokenizer; since migration 3, diacritics folded as that tokenizer folds them: fold.ts).
 */
import { FOLD_FUNCTION_SQL } from './fold.js';

const T = 'TEXT COLLATE "C"';

export const PG_MIGRATIONS: string[] = [
  // 1: documents, their findings, the fused picture, copy groups, live sources.
  `
  CREATE TABLE meta_kv (key ${T} PRIMARY KEY, value TEXT);
  CREATE TABLE documents (
    id ${T} PRIMARY KEY,
    key ${T} NOT NULL,
    version_of ${T} REFERENCES documents(id),
    superseded_by ${T},
    url TEXT, outlet ${T}, title TEXT, section TEXT, author TEXT,
    published ${T}, format TEXT NOT NULL, origin TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    fts tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', text)) STORED
  );
  CREATE INDEX documents_key ON documents(key);
  CREATE INDEX documents_published ON documents(published);
  CREATE INDEX documents_list ON documents((coalesce(published, '')) DESC, id) WHERE superseded_by IS NULL;
  CREATE INDEX documents_fts ON documents USING gin (fts);
  CREATE TABLE fusion_docs (
    doc_id ${T} PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    lead TEXT NOT NULL, sketch TEXT, verifications TEXT NOT NULL
  );
  CREATE TABLE claims (
    doc_id ${T} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    claimant ${T} NOT NULL, actor_id ${T}, side ${T}, actor_type TEXT,
    verb ${T} NOT NULL, status ${T} NOT NULL,
    quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, speaker ${T}, json TEXT,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE INDEX claims_speaker ON claims(speaker);
  CREATE INDEX claims_doc_start ON claims(doc_id, start);
  CREATE TABLE events (
    doc_id ${T} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type ${T} NOT NULL, subtype ${T}, scope ${T} NOT NULL,
    place ${T}, country ${T}, admin1 ${T}, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    date_start ${T}, date_end ${T},
    killed_min INTEGER, killed_max INTEGER, injured_min INTEGER,
    quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, block ${T}, json TEXT,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE INDEX events_type ON events(type);
  CREATE INDEX events_country ON events(country, admin1);
  CREATE INDEX events_date ON events(date_start);
  CREATE TABLE places (
    doc_id ${T} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name ${T} NOT NULL, country ${T}, admin1 ${T}, kind ${T}, geonameid BIGINT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    mentions INTEGER NOT NULL, aliases TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE INDEX places_country ON places(country, admin1);
  CREATE TABLE fused_events (
    id ${T} PRIMARY KEY, type ${T} NOT NULL, country ${T}, admin1 ${T}, date_start ${T}, date_end ${T},
    killed_best INTEGER, sources INTEGER NOT NULL, json TEXT NOT NULL,
    day_from ${T}, day_to ${T}, long_span INTEGER NOT NULL DEFAULT 0, scope ${T}
  );
  CREATE INDEX fused_events_date ON fused_events(date_start);
  CREATE INDEX fused_events_days ON fused_events(day_from, day_to);
  CREATE INDEX fused_events_place ON fused_events(country, admin1, date_start);
  CREATE INDEX fused_events_list ON fused_events((coalesce(date_start, '')), id);
  CREATE INDEX fused_events_long ON fused_events(country, admin1) WHERE long_span = 1;
  CREATE INDEX fused_events_country_days ON fused_events(country, (coalesce(date_start, '')), id, date_end, date_start);
  CREATE TABLE fused_claims (
    id ${T} PRIMARY KEY, status ${T} NOT NULL, side ${T}, claimant ${T} NOT NULL, first_reported ${T}, json TEXT NOT NULL,
    day_from ${T}, day_to ${T}
  );
  CREATE INDEX fused_claims_status ON fused_claims(status);
  CREATE INDEX fused_claims_days ON fused_claims(day_from, day_to);
  CREATE INDEX fused_claims_list ON fused_claims((coalesce(first_reported, '')), id);
  CREATE INDEX fused_claims_status_list ON fused_claims(status, (coalesce(first_reported, '')), id);
  CREATE INDEX fused_claims_first ON fused_claims(first_reported);
  CREATE TABLE fused_members (doc_id ${T} NOT NULL, fused_id ${T} NOT NULL, PRIMARY KEY (doc_id, fused_id));
  CREATE INDEX fused_members_fused ON fused_members(fused_id);
  CREATE TABLE fused_claim_reports (doc_id ${T} NOT NULL, start INTEGER NOT NULL, fused_id ${T} NOT NULL, PRIMARY KEY (doc_id, start, fused_id));
  CREATE INDEX fused_claim_reports_fused ON fused_claim_reports(fused_id);
  CREATE TABLE fused_claim_events (event_id ${T} NOT NULL, claim_id ${T} NOT NULL, PRIMARY KEY (event_id, claim_id));
  CREATE INDEX fused_claim_events_claim ON fused_claim_events(claim_id);
  CREATE TABLE copy_groups (doc_id ${T} PRIMARY KEY, grp ${T} NOT NULL);
  CREATE INDEX copy_groups_grp ON copy_groups(grp);
  CREATE TABLE sketch_hashes (hash BIGINT NOT NULL, doc_id ${T} NOT NULL, PRIMARY KEY (hash, doc_id));
  CREATE TABLE sources (
    id BIGSERIAL PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT,
    every_s INTEGER NOT NULL,
    kind TEXT,
    etag TEXT, last_modified TEXT,
    checked_at BIGINT, ok_at BIGINT, next_at BIGINT NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_status INTEGER,
    items_new INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0,
    added_at BIGINT NOT NULL
  );
  `,
  // 2: the job queue `sitrep worker` drains (queue/job-queue.ts): one row per job, taken with FOR UPDATE SKIP
  // LOCKED under a lease; a job whose lease ran out (its worker died) is taken again. `batch` ties the jobs of
  // one `sitrep ingest` together. fusion_pending: documents stored by a job and not yet fused, written in the
  // transaction that stores them, so a worker that dies between storing and fusing loses nothing.
  `
  CREATE TABLE jobs (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    batch TEXT,
    payload JSONB NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    locked_by TEXT,
    locked_until TIMESTAMPTZ,
    result JSONB,
    error TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    done_at TIMESTAMPTZ
  );
  CREATE INDEX jobs_ready ON jobs(id) WHERE state IN ('queued', 'running');
  CREATE INDEX jobs_batch ON jobs(batch, id);
  CREATE TABLE fusion_pending (doc_id ${T} PRIMARY KEY, added_at TIMESTAMPTZ NOT NULL DEFAULT now());
  `,
  // 3: search folds diacritics ("zelenyi" finds "Zelényi"), as the SQLite store's does: the stored tsvector
  // is rebuilt over folded title and text (the index goes with the old column).
  `
  ${FOLD_FUNCTION_SQL}
  ALTER TABLE documents DROP COLUMN fts;
  ALTER TABLE documents ADD COLUMN fts tsvector GENERATED ALWAYS AS
    (setweight(to_tsvector('simple', sitrep_fold(coalesce(title, ''))), 'A') || to_tsvector('simple', sitrep_fold(text))) STORED;
  CREATE INDEX documents_fts ON documents USING gin (fts);
  `,
  // 4: as SQLite's 16: each report's finding in fused_claim_reports (evidence claims' reports read without their JSON).
  `
  DROP TABLE fused_claim_reports;
  CREATE TABLE fused_claim_reports (doc_id ${T} NOT NULL, start INTEGER NOT NULL, finding INTEGER NOT NULL, fused_id ${T} NOT NULL,
    PRIMARY KEY (doc_id, start, finding, fused_id));
  CREATE INDEX fused_claim_reports_fused ON fused_claim_reports(fused_id);
  `,
  // 5: each fused event's place as columns, and an index holding what the dashboard's map reads of every
  // incident, as SQLite's migration 17.
  `
  ALTER TABLE fused_events ADD COLUMN place_name ${T}, ADD COLUMN place_kind ${T}, ADD COLUMN lat DOUBLE PRECISION, ADD COLUMN lon DOUBLE PRECISION;
  UPDATE fused_events SET place_name = json::json->'place'->>'name', place_kind = json::json->'place'->>'kind',
    lat = (json::json->'place'->>'lat')::float8, lon = (json::json->'place'->>'lon')::float8;
  CREATE INDEX fused_events_points ON fused_events((coalesce(date_start, '')), id, type, date_start, date_end, killed_best, country, admin1, place_name, place_kind, lat, lon);
  `,
];

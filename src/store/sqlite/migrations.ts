/**
 * Numbered schema migrations, applied in order inside one transaction each; PRAGMA user_version
 * records how far a database file has come. Never edit a shipped migration: add the next one.
 */
export const MIGRATIONS: string[] = [
  // 1: documents, full-text index, findings tables.
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    version_of TEXT REFERENCES documents(id),
    superseded_by TEXT,
    url TEXT, outlet TEXT, title TEXT, section TEXT, author TEXT,
    published TEXT, format TEXT NOT NULL, origin TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_key ON documents(key);
  CREATE INDEX documents_published ON documents(published);
  CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
  CREATE TABLE claims (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    claimant TEXT NOT NULL, actor_id TEXT, side TEXT, actor_type TEXT,
    verb TEXT NOT NULL, status TEXT NOT NULL,
    quote TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE INDEX claims_status ON claims(status);
  CREATE INDEX claims_side ON claims(side);
  CREATE TABLE events (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL, subtype TEXT, scope TEXT NOT NULL,
    place TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL,
    date_start TEXT, date_end TEXT,
    killed_min INTEGER, killed_max INTEGER, injured_min INTEGER,
    quote TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE INDEX events_type ON events(type);
  CREATE INDEX events_country ON events(country, admin1);
  CREATE INDEX events_date ON events(date_start);
  CREATE TABLE places (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    mention TEXT NOT NULL, name TEXT, geonameid INTEGER, country TEXT, admin1 TEXT, kind TEXT,
    lat REAL, lon REAL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE INDEX places_country ON places(country, admin1);
  CREATE TABLE meta_kv (key TEXT PRIMARY KEY, value TEXT);
  `,
  // 2: fusion. Blocking keys on findings, so a new document re-fuses only what it touches; fused records as JSON.
  `
  ALTER TABLE events ADD COLUMN block TEXT;
  ALTER TABLE claims ADD COLUMN speaker TEXT;
  CREATE INDEX events_block ON events(block);
  CREATE INDEX claims_speaker ON claims(speaker);
  CREATE TABLE fused_events (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, country TEXT, admin1 TEXT, date_start TEXT, date_end TEXT,
    killed_best INTEGER, sources INTEGER NOT NULL, json TEXT NOT NULL
  );
  CREATE INDEX fused_events_date ON fused_events(date_start);
  CREATE TABLE fused_claims (
    id TEXT PRIMARY KEY, status TEXT NOT NULL, side TEXT, claimant TEXT NOT NULL, first_reported TEXT, json TEXT NOT NULL
  );
  CREATE INDEX fused_claims_status ON fused_claims(status);
  CREATE TABLE fused_members (doc_id TEXT NOT NULL, fused_id TEXT NOT NULL, PRIMARY KEY (doc_id, fused_id));
  CREATE INDEX fused_members_fused ON fused_members(fused_id);
  INSERT INTO meta_kv (key, value) VALUES ('fusion_stale', '1');
  `,
  // 3: report-level membership of fused claims, so a new document finds exactly the claims it can change.
  `
  CREATE TABLE fused_claim_reports (doc_id TEXT NOT NULL, start INTEGER NOT NULL, fused_id TEXT NOT NULL, PRIMARY KEY (doc_id, start, fused_id));
  CREATE INDEX fused_claim_reports_fused ON fused_claim_reports(fused_id);
  INSERT OR REPLACE INTO meta_kv (key, value) VALUES ('fusion_stale', '1');
  `,
  // 4: the days each fused record is about or active on, so a brief for a week reads that week, not the whole picture.
  `
  ALTER TABLE fused_events ADD COLUMN day_from TEXT;
  ALTER TABLE fused_events ADD COLUMN day_to TEXT;
  ALTER TABLE fused_claims ADD COLUMN day_from TEXT;
  ALTER TABLE fused_claims ADD COLUMN day_to TEXT;
  CREATE INDEX fused_events_days ON fused_events(day_from, day_to);
  CREATE INDEX fused_claims_days ON fused_claims(day_from, day_to);
  INSERT OR REPLACE INTO meta_kv (key, value) VALUES ('fusion_stale', '1');
  `,
  // 5: which fused claims assert which fused events, so a rebuilt incident finds every claim that weighs it.
  `
  CREATE TABLE fused_claim_events (event_id TEXT NOT NULL, claim_id TEXT NOT NULL, PRIMARY KEY (event_id, claim_id));
  CREATE INDEX fused_claim_events_claim ON fused_claim_events(claim_id);
  INSERT OR REPLACE INTO meta_kv (key, value) VALUES ('fusion_stale', '1');
  `,
  // 6: incremental fusion looks incidents up by place and date.
  `
  CREATE INDEX fused_events_place ON fused_events(country, admin1, date_start);
  `,
  // 7: the API's lists walk these orders (keyset pagination); indexes on the same expressions spare a sort per page.
  `
  CREATE INDEX documents_list ON documents(coalesce(published, '') DESC, id) WHERE superseded_by IS NULL;
  CREATE INDEX fused_events_list ON fused_events(coalesce(date_start, ''), id);
  CREATE INDEX fused_events_country_list ON fused_events(country, coalesce(date_start, ''), id);
  CREATE INDEX fused_claims_list ON fused_claims(coalesce(first_reported, ''), id);
  CREATE INDEX fused_claims_status_list ON fused_claims(status, coalesce(first_reported, ''), id);
  `,
  // 8: each document's near-duplicate sketch, computed at ingest, so fusion need not re-read the text for it.
  `
  ALTER TABLE documents ADD COLUMN sketch TEXT;
  `,
  // 9: indexes that cost every ingest more than they give: nothing queries events by block (fusion blocks in
  // memory), and the per-document claim listing filters by status or side over a scan just as well.
  `
  DROP INDEX events_block;
  DROP INDEX claims_status;
  DROP INDEX claims_side;
  `,
  // 10: incidents are looked up by place and a date window; an index range on the start date serves the short
  // records (a month or less) and a small partial index the long or undated ones, instead of a scan of the region.
  // The scope lets that lookup pass over aggregates ("since 2022"), which no incident joins.
  `
  ALTER TABLE fused_events ADD COLUMN long_span INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE fused_events ADD COLUMN scope TEXT;
  UPDATE fused_events SET long_span = 1 WHERE date_start IS NULL OR date_end IS NULL OR julianday(date_end) - julianday(date_start) > 30;
  UPDATE fused_events SET scope = json_extract(json, '$.scope');
  CREATE INDEX fused_events_long ON fused_events(country, admin1) WHERE long_span = 1;
  `,
  // 11: the analysis split by finding. Each claim and event keeps its JSON in its own row (its quote's text is the
  // row's quote column), and what fusion reads
  // of a document (its first characters, its sketch, its verification statements) sits in a narrow table of its
  // own, so incremental fusion reads the findings it re-fuses and not the wide rows of every document they come
  // from; documents.analysis keeps the rest (the document without its text, which has its own column, and its places).
  `
  ALTER TABLE claims ADD COLUMN json TEXT;
  ALTER TABLE events ADD COLUMN json TEXT;
  CREATE TABLE fusion_docs (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    lead TEXT NOT NULL, sketch TEXT, verifications TEXT NOT NULL
  );
  UPDATE claims SET json = (SELECT json_set(json_extract(d.analysis, '$.claims[' || claims.idx || ']'), '$.quote.text', '') FROM documents d WHERE d.id = claims.doc_id);
  UPDATE events SET json = (SELECT json_set(json_extract(d.analysis, '$.events[' || events.idx || ']'), '$.quote.text', '') FROM documents d WHERE d.id = events.doc_id);
  INSERT INTO fusion_docs (doc_id, lead, sketch, verifications)
    SELECT id, substr(text, 1, 120), sketch, coalesce(json_extract(analysis, '$.verifications'), '[]') FROM documents;
  UPDATE documents SET sketch = NULL, analysis = json_set(analysis, '$.document.text', '', '$.claims', json('[]'), '$.events', json('[]'), '$.verifications', json('[]'));
  `,
  // 12: copy groups (wire copies) kept across updates. Each current document's group (a narrow table of its own:
  // a column on documents would rewrite every wide row when a full fusion renews them), and its sketch hashes
  // to find a new document's copies among all stored ones, so an incremental update groups copies exactly
  // as a full fusion does. Filled by the next full fusion.
  `
  CREATE TABLE copy_groups (doc_id TEXT PRIMARY KEY, grp TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX copy_groups_grp ON copy_groups(grp);
  CREATE TABLE sketch_hashes (hash INTEGER NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (hash, doc_id)) WITHOUT ROWID;
  INSERT OR REPLACE INTO meta_kv (key, value) VALUES ('fusion_stale', '1');
  `,
  // 13: a country's events of one period (the API's list): the walk along the country's date order reads each
  // event's end date from the index instead of its row (about 60 ms → 2 ms for a week of Ukraine at 10,000).
  `
  DROP INDEX fused_events_country_list;
  CREATE INDEX fused_events_country_days ON fused_events(country, coalesce(date_start, ''), id, date_end, date_start);
  `,
  // 14: places counted per document, one row per distinct place (name, country, region, kind, GeoNames id) with
  // how often and how it is written, instead of a row per mention: the table is only ever counted by place, and
  // writing dozens of rows (and their index entries) per document was a third of the time it took to store one.
  `
  CREATE TABLE places_by_doc (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL, country TEXT, admin1 TEXT, kind TEXT, geonameid INTEGER, lat REAL, lon REAL,
    mentions INTEGER NOT NULL, aliases TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  ) WITHOUT ROWID;
  INSERT INTO places_by_doc (doc_id, idx, name, country, admin1, kind, geonameid, lat, lon, mentions, aliases)
    SELECT doc_id, row_number() OVER (PARTITION BY doc_id ORDER BY min(idx)) - 1, coalesce(name, mention), country, admin1, kind, geonameid, lat, lon,
      count(*), json_group_array(DISTINCT mention)
    FROM places GROUP BY doc_id, coalesce(name, mention), country, admin1, kind, geonameid;
  DROP TABLE places;
  ALTER TABLE places_by_doc RENAME TO places;
  CREATE INDEX places_country ON places(country, admin1);
  `,
  // 15: live sources (`sitrep sources`, `sitrep watch`): each feed or page with its schedule, what the last
  // conditional GET needs (ETag, Last-Modified), the last good fetch and the last error, and the back-off state.
  `
  CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT,
    every_s INTEGER NOT NULL,
    kind TEXT,
    etag TEXT, last_modified TEXT,
    checked_at INTEGER, ok_at INTEGER, next_at INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_status INTEGER,
    items_new INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0,
    added_at INTEGER NOT NULL
  );
  `,
  // 16: the finding of each report of a fused claim beside its sentence, so an incremental fusion reads the
  // (document, finding) pairs of the claims it weighs as evidence from here rather than walking each claim's JSON
  // (claims repeated by hundreds of reports made that reading over half of affectedFused's time). Filled by the
  // full fusion that FUSION_VERSION 5 asks for.
  `
  DROP TABLE fused_claim_reports;
  CREATE TABLE fused_claim_reports (doc_id TEXT NOT NULL, start INTEGER NOT NULL, finding INTEGER NOT NULL, fused_id TEXT NOT NULL,
    PRIMARY KEY (doc_id, start, finding, fused_id));
  CREATE INDEX fused_claim_reports_fused ON fused_claim_reports(fused_id);
  `,
  // 17: each fused event's place (name, kind, point) as columns, and an index holding everything the dashboard's
  // map reads of every incident (GET /api/events/points) in the events list's order: the view reads the index
  // alone instead of every record's row and JSON (about 380 ms → 40 ms at 10,000 documents).
  `
  ALTER TABLE fused_events ADD COLUMN place_name TEXT;
  ALTER TABLE fused_events ADD COLUMN place_kind TEXT;
  ALTER TABLE fused_events ADD COLUMN lat REAL;
  ALTER TABLE fused_events ADD COLUMN lon REAL;
  UPDATE fused_events SET place_name = json_extract(json, '$.place.name'), place_kind = json_extract(json, '$.place.kind'),
    lat = json_extract(json, '$.place.lat'), lon = json_extract(json, '$.place.lon');
  CREATE INDEX fused_events_points ON fused_events(coalesce(date_start, ''), id, type, date_start, date_end, killed_best, country, admin1, place_name, place_kind, lat, lon);
  `,
];

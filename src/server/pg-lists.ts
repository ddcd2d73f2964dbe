import type { PostgresStore } from '../store/postgres/postgres-store.js';
import type { SyncPg } from '../store/postgres/sync-client.js';
import { ilike, newestMatchesSql, pgSearchQuery } from '../store/postgres/sql.js';
import type { DocumentRow, ListSource, PlaceRow, PointRow, RecordRow, SearchRow } from './list-source.js';
import type { ClaimListFilter, DocumentFilter, EventListFilter, Key, PlaceFilter } from './pagination.js';

/** A WHERE clause from conditions written with `?`, numbered $1, $2… in the order added. */
class Where {
  readonly parts: string[] = [];
  readonly args: unknown[] = [];
  add(sql: string, ...args: unknown[]): this {
    this.parts.push(sql.replace(/\?/g, () => { this.args.push(args.shift()); return `$${this.args.length}`; }));
    return this;
  }
  param(v: unknown): string { this.args.push(v); return `$${this.args.length}`; }
  get sql(): string { return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : ''; }
}

/** The API's list rows from a PostgreSQL store: the SQLite lists' queries in PostgreSQL's SQL, on the same indexes. */
export class PgLists implements ListSource {
  private readonly pg: SyncPg;
  constructor(private readonly store: PostgresStore) { this.pg = store.pg; }

  dataVersion(): string { return this.store.dataVersion(); }

  documentRows(f: DocumentFilter, after: Key | null, n: number): DocumentRow[] {
    const w = new Where().add('superseded_by IS NULL');
    if (f.since) w.add('published >= ?', f.since);
    if (f.until) w.add('published <= ?', f.until);
    if (f.outlet) w.add('lower(outlet) = lower(?)', f.outlet);
    if (after) w.add("(coalesce(published, '') < ? OR (coalesce(published, '') = ? AND id > ?))", after[0], after[0], after[1]);
    return this.pg.query<DocumentRow>(`SELECT id, title, outlet, published, url, version_of AS "versionOf", superseded_by AS "supersededBy", coalesce(published, '') AS k
      FROM documents ${w.sql} ORDER BY coalesce(published, '') DESC, id LIMIT ${w.param(n)}`, w.args);
  }

  claimRows(f: ClaimListFilter, after: Key | null, n: number): RecordRow[] {
    const w = new Where();
    const asOf = f.as_of;
    if (f.status && !asOf) w.add('status = ?', f.status);
    if (f.side) w.add('lower(side) = lower(?)', f.side);
    if (f.claimant) w.add("(claimant ILIKE ? OR json::json->'claimant'->>'actorId' = ?)", ilike(f.claimant), f.claimant);
    if (f.region) w.add('id IN (SELECT ce.claim_id FROM fused_claim_events ce JOIN fused_events e ON e.id = ce.event_id WHERE e.admin1 ILIKE ?)', ilike(f.region));
    // The period said on the sort expression too, so that the walk along the list's index starts and stops at it
    // (a week of claims at 10,000 documents: 65 ms of scanning every claim → 0.1 ms).
    if (f.since) w.add("first_reported >= ? AND coalesce(first_reported, '') >= ?", f.since, f.since);
    if (f.until) w.add("first_reported <= ? AND coalesce(first_reported, '') <= ?", f.until, f.until);
    if (asOf) w.add("coalesce(first_reported, '') <= ?", asOf); // undated claims stay, as they did: '' sorts before any day
    if (after) w.add("(coalesce(first_reported, '') > ? OR (coalesce(first_reported, '') = ? AND id > ?))", after[0], after[0], after[1]);
    return this.pg.query<RecordRow>(`SELECT f.id, coalesce(f.first_reported, '') AS k, f.json FROM fused_claims f
      JOIN (SELECT id FROM fused_claims ${w.sql} ORDER BY coalesce(first_reported, ''), id LIMIT ${w.param(n)}) page ON page.id = f.id
      ORDER BY k, f.id`, w.args);
  }

  private eventWhere(f: EventListFilter): Where {
    const w = new Where();
    if (f.type) w.add('type = ?', f.type);
    if (f.country) w.add('country = ?', f.country.toUpperCase());
    if (f.region) w.add('admin1 ILIKE ?', ilike(f.region));
    if (f.since) w.add('coalesce(date_end, date_start) >= ?', f.since);
    if (f.until) w.add("date_start <= ? AND coalesce(date_start, '') <= ?", f.until, f.until);
    return w;
  }

  eventRows(f: EventListFilter, after: Key | null, n: number): RecordRow[] {
    const w = this.eventWhere(f);
    if (after) w.add("(coalesce(date_start, '') > ? OR (coalesce(date_start, '') = ? AND id > ?))", after[0], after[0], after[1]);
    return this.pg.query<RecordRow>(`SELECT f.id, coalesce(f.date_start, '') AS k, f.json FROM fused_events f
      JOIN (SELECT id FROM fused_events ${w.sql} ORDER BY coalesce(date_start, ''), id LIMIT ${w.param(n)}) page ON page.id = f.id
      ORDER BY k, f.id`, w.args);
  }

  eventPointRows(f: EventListFilter): PointRow[] {
    const w = this.eventWhere(f);
    // The place's columns (migration 5), not the record's JSON; fused_events_points holds them all.
    return this.pg.query<PointRow>(`SELECT id, type, date_start AS start, date_end AS "end", killed_best AS killed, country, admin1,
        place_name AS name, place_kind AS kind, lat, lon
      FROM fused_events ${w.sql} ORDER BY coalesce(date_start, ''), id`, w.args);
  }

  fusedOfDocumentRows(docId: string): { kind: 'event' | 'claim'; json: string }[] {
    return this.pg.query<{ kind: 'event' | 'claim'; json: string }>(`SELECT 'event' AS kind, e.json FROM fused_members m JOIN fused_events e ON e.id = m.fused_id WHERE m.doc_id = $1
      UNION ALL SELECT 'claim' AS kind, c.json FROM fused_members m JOIN fused_claims c ON c.id = m.fused_id WHERE m.doc_id = $1`, [docId]);
  }

  placeRows(f: PlaceFilter): PlaceRow[] {
    const w = new Where().add('d.superseded_by IS NULL');
    if (f.country) w.add('p.country = ?', f.country.toUpperCase());
    if (f.admin1) w.add('p.admin1 ILIKE ?', ilike(f.admin1));
    if (f.kind) w.add('p.kind = ?', f.kind);
    if (f.since) w.add('d.published >= ?', f.since);
    if (f.until) w.add('d.published <= ?', f.until);
    // A GeoNames place has one point; a place placed by its context has one estimate per document: their centre.
    return this.pg.query<PlaceRow>(`SELECT coalesce(p.country, '') || '|' || coalesce(p.admin1, '') || '|' || p.name || '|' || coalesce(p.kind, '') || '|' || coalesce(p.geonameid::text, '') AS key,
        p.name, p.country, p.admin1, coalesce(p.kind, 'unknown') AS kind, p.geonameid AS "geonameId",
        round(avg(p.lat)::numeric, 5)::float8 AS lat, round(avg(p.lon)::numeric, 5)::float8 AS lon,
        sum(p.mentions)::int AS mentions, count(DISTINCT p.doc_id)::int AS documents, min(d.published) AS "firstSeen", max(d.published) AS "lastSeen",
        json_agg(p.aliases::json ORDER BY p.doc_id, p.idx) AS aliases
      FROM places p JOIN documents d ON d.id = p.doc_id ${w.sql}
      GROUP BY p.name, p.country, p.admin1, p.kind, p.geonameid`, w.args);
  }

  searchable(q: string): boolean { return !!pgSearchQuery(q); }

  searchRows(q: string, a: Key | null, n: number): SearchRow[] {
    const tq = pgSearchQuery(q)!;
    const w = new Where();
    w.param(tq.value);
    // The rank as float8 both ways, so that a cursor's rank compares equal to the row it came from.
    const rank = '(-ts_rank(d.fts, q))::float8';
    if (a) w.add(`(${rank} > ? OR (${rank} = ? AND d.id > ?))`, a[0], a[0], a[1]);
    // The page's hits first, then a snippet for each of them only: ts_headline parses a whole text again.
    // Only the newest `rankedCandidates` matches are ranked (and so paged through): see newestMatchesSql.
    return this.pg.query<SearchRow>(`SELECT d.id, d.title, d.outlet, d.published,
        ts_headline('simple', d.text, q, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=" … "') AS snippet, page.rank
      FROM (SELECT d.id, ${rank} AS rank FROM ${newestMatchesSql(tq.sql, this.store.rankedCandidates)}
          JOIN documents d ON d.id = newest.id, ${tq.sql} q ${w.sql} ORDER BY ${rank}, d.id LIMIT ${w.param(n)}) page
      JOIN documents d ON d.id = page.id, ${tq.sql} q ORDER BY page.rank, d.id`, w.args);
  }
}

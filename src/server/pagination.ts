import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { FusedClaim, FusedEvent } from '../fuse/fuse.js';
import { claimAsOf } from '../fuse/explain.js';
import { ftsQuery } from '../store/sqlite/sqlite-store.js';
import type { DocumentSummary, SearchHit } from '../store/store.js';
import { ApiProblem } from './problem.js';

/**
 * Opaque cursor pagination with stable ordering (keyset, not offsets): every list has a total order
 * ending in a unique id, and a cursor is base64url JSON of the last item's sort key, the list it
 * belongs to and a fingerprint of the filters. A page never repeats or skips an item, whatever was
 * stored between requests (new items that sort before the cursor are simply not in this walk).
 *
 * The queries read the SQLite store directly: the Store interface has no paged or filtered listings
 * for documents, places and search yet. They belong in SqliteStore once it grows them.
 */

export type KeyPart = string | number;
export type Key = KeyPart[];

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** What a cursor's key looks like for each list: checked on decode, so a forged or stale cursor is a 400, never a 500. */
const KEY_SHAPES = {
  documents: ['string', 'string'],
  claims: ['string', 'string'],
  events: ['string', 'string'],
  places: ['number', 'string'],
  search: ['number', 'string'],
} as const;

export type ListName = keyof typeof KEY_SHAPES;

interface CursorPayload { v: 1; l: ListName; f: string; k: Key }

/** Fingerprint of the filters a walk was started with (limit may change between pages; filters may not). */
export function fingerprint(filters: Record<string, unknown>): string {
  const canon = Object.keys(filters).filter((k) => k !== 'limit' && k !== 'cursor' && k !== 'view' && filters[k] !== undefined).sort().map((k) => [k, filters[k]]);
  return createHash('sha256').update(JSON.stringify(canon)).digest('base64url').slice(0, 10);
}

export function encodeCursor(list: ListName, filters: Record<string, unknown>, key: Key): string {
  const p: CursorPayload = { v: 1, l: list, f: fingerprint(filters), k: key };
  return Buffer.from(JSON.stringify(p), 'utf8').toString('base64url');
}

/** The sort key a cursor carries, or a 400 naming `cursor`. */
export function decodeCursor(list: ListName, filters: Record<string, unknown>, cursor: string | undefined): Key | null {
  if (cursor === undefined) return null;
  const bad = (why: string) => ApiProblem.param('cursor', why);
  let p: unknown;
  try { p = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')); } catch { throw bad('is not a cursor this API issued (expected the next_cursor of a previous page)'); }
  const o = p as Partial<CursorPayload> | null;
  if (!o || typeof o !== 'object' || o.v !== 1 || typeof o.l !== 'string' || typeof o.f !== 'string' || !Array.isArray(o.k)) throw bad('is not a cursor this API issued (expected the next_cursor of a previous page)');
  if (o.l !== list) throw bad(`was issued by /api/${o.l}, not /api/${list}`);
  const shape = KEY_SHAPES[list];
  if (o.k.length !== shape.length || o.k.some((v, i) => typeof v !== shape[i] || (typeof v === 'number' && !Number.isFinite(v)))) throw bad('is not a cursor this API issued (malformed key)');
  if (o.f !== fingerprint(filters)) throw bad('was issued for different filters; start again without a cursor, or repeat the same filters');
  return o.k;
}

/**
 * Collects one page: fetches rows after `after` in batches, maps (and may drop) them, stops after
 * limit + 1 kept items (the extra one only tells whether there is a next page).
 */
export function collect<R, T>(opts: {
  list: ListName;
  filters: Record<string, unknown>;
  limit: number;
  after: Key | null;
  fetch: (after: Key | null, n: number) => R[];
  keyOf: (r: R) => Key;
  map?: (r: R) => T | null;
  /** Rows per batch when map may drop rows. */
  batch?: number;
}): Page<T> {
  const kept: { item: T; key: Key }[] = [];
  let after = opts.after;
  const n = opts.map ? Math.max(opts.limit + 1, opts.batch ?? 200) : opts.limit + 1;
  for (;;) {
    const rows = opts.fetch(after, n);
    for (const r of rows) {
      const item = opts.map ? opts.map(r) : (r as unknown as T);
      if (item !== null) kept.push({ item, key: opts.keyOf(r) });
      if (kept.length > opts.limit) break;
    }
    if (kept.length > opts.limit || rows.length < n) break;
    after = opts.keyOf(rows[rows.length - 1]);
  }
  const more = kept.length > opts.limit;
  const items = kept.slice(0, opts.limit);
  return { items: items.map((x) => x.item), next_cursor: more ? encodeCursor(opts.list, opts.filters, items[items.length - 1].key) : null };
}

/**
 * A claim as it stood at the end of a day (claimAsOf), with the status history's evidence indices
 * renumbered to follow the filtered evidence list.
 */
export function claimOn(c: FusedClaim, day: string): FusedClaim | null {
  const v = claimAsOf(c, day);
  if (!v) return null;
  const renumber = new Map<number, number>();
  c.evidence.forEach((e, i) => { if (!e.date || e.date <= day) renumber.set(i, renumber.size); });
  return { ...v, statusHistory: v.statusHistory.map((h) => ({ ...h, because: h.because.filter((i) => renumber.has(i)).map((i) => renumber.get(i)!) })) };
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

class Where {
  readonly parts: string[] = [];
  readonly args: unknown[] = [];
  add(sql: string, ...args: unknown[]): this { this.parts.push(sql); this.args.push(...args); return this; }
  get sql(): string { return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : ''; }
}

// ---------------------------------------------------------------- the lists

export interface DocumentFilter { since?: string; until?: string; outlet?: string }
export interface ClaimListFilter { status?: string; side?: string; claimant?: string; since?: string; until?: string; as_of?: string }
export interface EventListFilter { type?: string; country?: string; region?: string; since?: string; until?: string }
export interface PlaceFilter { country?: string; admin1?: string; kind?: string; since?: string; until?: string }

export interface PlaceSummary {
  key: string;
  name: string;
  country: string | null;
  admin1: string | null;
  kind: string;
  geonameId: number | null;
  lat: number | null;
  lon: number | null;
  mentions: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
  aliases: string[];
}

export interface PageRequest { limit: number; cursor?: string }

/**
 * Changes whenever the database does: PRAGMA data_version moves when another connection (a CLI
 * ingest) commits, total_changes() when this one writes. Keys the in-memory caches below.
 */
export function dataVersion(db: Database.Database): string {
  return `${db.pragma('data_version', { simple: true }) as number}:${db.prepare('SELECT total_changes()').pluck().get() as number}`;
}

/** A few results kept until the database changes. */
export class VersionedCache<T> {
  private entries = new Map<string, { version: string; value: T }>();
  constructor(private readonly db: Database.Database, private readonly max = 8) {}
  get(key: string, compute: () => T): T {
    const version = dataVersion(this.db);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

/** Paged, filtered listings over a SQLite store (current document versions only). */
export class Lists {
  private readonly placeCache: VersionedCache<PlaceSummary[]>;
  constructor(private readonly db: Database.Database) {
    this.placeCache = new VersionedCache(db);
  }

  documents(f: DocumentFilter, p: PageRequest): Page<DocumentSummary> {
    const filters = { ...f };
    type Row = DocumentSummary & { k: string };
    return collect<Row, DocumentSummary>({
      list: 'documents', filters, limit: p.limit, after: decodeCursor('documents', filters, p.cursor),
      fetch: (after, n) => {
        const w = new Where().add('superseded_by IS NULL');
        if (f.since) w.add('published >= ?', f.since);
        if (f.until) w.add('published <= ?', f.until);
        if (f.outlet) w.add('outlet = ? COLLATE NOCASE', f.outlet);
        if (after) w.add("(coalesce(published, '') < ? OR (coalesce(published, '') = ? AND id > ?))", after[0], after[0], after[1]);
        return this.db.prepare(`SELECT id, title, outlet, published, url, version_of AS versionOf, superseded_by AS supersededBy, coalesce(published, '') AS k
          FROM documents ${w.sql} ORDER BY coalesce(published, '') DESC, id LIMIT ?`).all(...w.args, n) as Row[];
      },
      keyOf: (r) => [r.k, r.id],
      map: ({ k: _k, ...d }) => d,
      batch: p.limit + 1,
    });
  }

  claims(f: ClaimListFilter, p: PageRequest): Page<FusedClaim> {
    const filters = { ...f };
    type Row = { id: string; k: string; json: string };
    const asOf = f.as_of;
    return collect<Row, FusedClaim>({
      list: 'claims', filters, limit: p.limit, after: decodeCursor('claims', filters, p.cursor),
      fetch: (after, n) => {
        const w = new Where();
        // Status is recomputed as of a day, so with as_of it is filtered after the recomputation.
        if (f.status && !asOf) w.add('status = ?', f.status);
        if (f.side) w.add('side = ? COLLATE NOCASE', f.side); // `ua` is UA
        if (f.claimant) w.add("(claimant LIKE ? ESCAPE '\\' OR json_extract(json, '$.claimant.actorId') = ?)", like(f.claimant), f.claimant);
        if (f.since) w.add('first_reported >= ?', f.since);
        if (f.until) w.add('first_reported <= ?', f.until);
        if (asOf) w.add('(first_reported IS NULL OR first_reported <= ?)', asOf);
        if (after) w.add("(coalesce(first_reported, '') > ? OR (coalesce(first_reported, '') = ? AND id > ?))", after[0], after[0], after[1]);
        // Pick the page's ids first, then read only their JSON (the sort needs no JSON).
        return this.db.prepare(`SELECT f.id, coalesce(f.first_reported, '') AS k, f.json FROM fused_claims f
          JOIN (SELECT id FROM fused_claims ${w.sql} ORDER BY coalesce(first_reported, ''), id LIMIT ?) page ON page.id = f.id
          ORDER BY k, f.id`).all(...w.args, n) as Row[];
      },
      keyOf: (r) => [r.k, r.id],
      map: (r) => {
        let c: FusedClaim | null = JSON.parse(r.json) as FusedClaim;
        if (asOf) c = claimOn(c, asOf);
        if (c && f.status && c.status !== f.status) return null;
        return c;
      },
      batch: asOf && f.status ? 500 : p.limit + 1,
    });
  }

  events(f: EventListFilter, p: PageRequest): Page<FusedEvent> {
    const filters = { ...f };
    type Row = { id: string; k: string; json: string };
    return collect<Row, FusedEvent>({
      list: 'events', filters, limit: p.limit, after: decodeCursor('events', filters, p.cursor),
      fetch: (after, n) => {
        const w = new Where();
        if (f.type) w.add('type = ?', f.type);
        if (f.country) w.add('country = ?', f.country.toUpperCase());
        if (f.region) w.add("admin1 LIKE ? ESCAPE '\\'", like(f.region));
        if (f.since) w.add('coalesce(date_end, date_start) >= ?', f.since);
        // Said on the sort expression too, so that the walk along the index stops at the period's end.
        if (f.until) w.add("date_start <= ? AND coalesce(date_start, '') <= ?", f.until, f.until);
        if (after) w.add("(coalesce(date_start, '') > ? OR (coalesce(date_start, '') = ? AND id > ?))", after[0], after[0], after[1]);
        return this.db.prepare(`SELECT f.id, coalesce(f.date_start, '') AS k, f.json FROM fused_events f
          JOIN (SELECT id FROM fused_events ${w.sql} ORDER BY coalesce(date_start, ''), id LIMIT ?) page ON page.id = f.id
          ORDER BY k, f.id`).all(...w.args, n) as Row[];
      },
      keyOf: (r) => [r.k, r.id],
      map: (r) => JSON.parse(r.json) as FusedEvent,
      batch: p.limit + 1,
    });
  }

  /**
   * Places are aggregated over the whole places table, so the aggregate for a set of filters is
   * computed once per database version and paged in memory (same keyset cursor as the SQL lists).
   */
  places(f: PlaceFilter, p: PageRequest): Page<PlaceSummary> {
    const filters = { ...f };
    const all = this.placeCache.get(fingerprint(filters), () => this.aggregatePlaces(f));
    return collect<PlaceSummary, PlaceSummary>({
      list: 'places', filters, limit: p.limit, after: decodeCursor('places', filters, p.cursor),
      fetch: (after, n) => {
        const from = after ? all.findIndex((r) => r.documents < (after[0] as number) || (r.documents === after[0] && r.key > (after[1] as string))) : 0;
        return from < 0 ? [] : all.slice(from, from + n);
      },
      keyOf: (r) => [r.documents, r.key],
    });
  }

  private aggregatePlaces(f: PlaceFilter): PlaceSummary[] {
    const w = new Where().add('d.superseded_by IS NULL');
    if (f.country) w.add('p.country = ?', f.country.toUpperCase());
    if (f.admin1) w.add("p.admin1 LIKE ? ESCAPE '\\'", like(f.admin1));
    if (f.kind) w.add('p.kind = ?', f.kind);
    if (f.since) w.add('d.published >= ?', f.since);
    if (f.until) w.add('d.published <= ?', f.until);
    type Row = Omit<PlaceSummary, 'aliases'> & { aliases: string };
    // One row per place and document (migration 14): mentions are summed, and each document's ways of writing the place merged.
    const rows = this.db.prepare(`SELECT * FROM (
        SELECT coalesce(p.country, '') || '|' || coalesce(p.admin1, '') || '|' || p.name || '|' || coalesce(p.kind, '') || '|' || coalesce(p.geonameid, '') AS key,
          p.name, p.country, p.admin1, coalesce(p.kind, 'unknown') AS kind, p.geonameid AS geonameId, p.lat, p.lon,
          sum(p.mentions) AS mentions, count(DISTINCT p.doc_id) AS documents, min(d.published) AS firstSeen, max(d.published) AS lastSeen,
          json_group_array(json(p.aliases)) AS aliases
        FROM places p JOIN documents d ON d.id = p.doc_id ${w.sql}
        GROUP BY p.name, p.country, p.admin1, p.kind, p.geonameid
      )`).all(...w.args) as Row[];
    // Sorted here, so that the order and the cursor comparison above are the same JavaScript string order.
    return rows.map((r) => ({ ...r, aliases: [...new Set((JSON.parse(r.aliases) as string[][]).flat())] }))
      .sort((a, b) => b.documents - a.documents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  search(q: string, p: PageRequest): Page<SearchHit> {
    const filters = { q };
    const match = ftsQuery(q);
    const after = decodeCursor('search', filters, p.cursor);
    if (!match) return { items: [], next_cursor: null };
    type Row = SearchHit & { rank: number };
    return collect<Row, SearchHit>({
      list: 'search', filters, limit: p.limit, after,
      fetch: (a, n) => {
        const w = new Where().add('documents_fts MATCH ?', match).add('d.superseded_by IS NULL');
        if (a) w.add('(documents_fts.rank > ? OR (documents_fts.rank = ? AND d.id > ?))', a[0], a[0], a[1]);
        return this.db.prepare(`SELECT d.id, d.title, d.outlet, d.published, snippet(documents_fts, 1, '[', ']', ' … ', 14) AS snippet, documents_fts.rank AS rank
          FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid ${w.sql} ORDER BY documents_fts.rank, d.id LIMIT ?`).all(...w.args, n) as Row[];
      },
      keyOf: (r) => [r.rank, r.id],
      map: ({ rank: _r, ...hit }) => hit,
      batch: p.limit + 1,
    });
  }
}

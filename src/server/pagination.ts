import { createHash } from 'node:crypto';
import type { FusedClaim, FusedEvent } from '../fuse/fuse.js';
import { claimAsOf } from '../fuse/explain.js';
import type { DocumentRow, ListSource, RecordRow, SearchRow } from './list-source.js';
import type { DocumentSummary, SearchHit } from '../store/store.js';
import { ApiProblem } from './problem.js';

/**
 * Opaque cursor pagination with stable ordering (keyset, not offsets): every list has a total order
 * ending in a unique id, and a cursor is base64url JSON of the last item's sort key, the list it
 * belongs to and a fingerprint of the filters. A page never repeats or skips an item, whatever was
 * stored between requests (new items that sort before the cursor are simply not in this walk).
 *
 * The rows come from a ListSource, one per kind of store (sqlite-lists.ts, pg-lists.ts): the Store
 * interface has no paged listings, and each database pages along its own indexes.
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

// ---------------------------------------------------------------- the lists

export interface DocumentFilter { since?: string; until?: string; outlet?: string }
export interface ClaimListFilter { status?: string; side?: string; claimant?: string; region?: string; since?: string; until?: string; as_of?: string }
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

/** A few results kept until the database changes (Store.dataVersion). */
export class VersionedCache<T> {
  private entries = new Map<string, { version: string; value: T }>();
  constructor(private readonly version: () => string, private readonly max = 8) {}
  get(key: string, compute: () => T): T {
    const version = this.version();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

/** Paged, filtered listings over a store (current document versions only); the rows come from its ListSource. */
export class Lists {
  private readonly placeCache: VersionedCache<PlaceSummary[]>;
  constructor(private readonly source: ListSource) {
    this.placeCache = new VersionedCache(() => source.dataVersion());
  }

  documents(f: DocumentFilter, p: PageRequest): Page<DocumentSummary> {
    const filters = { ...f };
    return collect<DocumentRow, DocumentSummary>({
      list: 'documents', filters, limit: p.limit, after: decodeCursor('documents', filters, p.cursor),
      fetch: (after, n) => this.source.documentRows(f, after, n),
      keyOf: (r) => [r.k, r.id],
      map: ({ k: _k, ...d }) => d,
      batch: p.limit + 1,
    });
  }

  claims(f: ClaimListFilter, p: PageRequest): Page<FusedClaim> {
    const filters = { ...f };
    const asOf = f.as_of;
    return collect<RecordRow, FusedClaim>({
      list: 'claims', filters, limit: p.limit, after: decodeCursor('claims', filters, p.cursor),
      fetch: (after, n) => this.source.claimRows(f, after, n),
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
    return collect<RecordRow, FusedEvent>({
      list: 'events', filters, limit: p.limit, after: decodeCursor('events', filters, p.cursor),
      fetch: (after, n) => this.source.eventRows(f, after, n),
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
    // Sorted here, so that the order and the cursor comparison above are the same JavaScript string order.
    return this.source.placeRows(f).map((r) => ({ ...r, aliases: [...new Set(r.aliases.flat())] }))
      .sort((a, b) => b.documents - a.documents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  search(q: string, p: PageRequest): Page<SearchHit> {
    const filters = { q };
    const after = decodeCursor('search', filters, p.cursor);
    if (!this.source.searchable(q)) return { items: [], next_cursor: null };
    return collect<SearchRow, SearchHit>({
      list: 'search', filters, limit: p.limit, after,
      fetch: (a, n) => this.source.searchRows(q, a, n),
      keyOf: (r) => [r.rank, r.id],
      map: ({ rank: _r, ...hit }) => hit,
      batch: p.limit + 1,
    });
  }
}

import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ListSource, PointRow } from './list-source.js';
import { fingerprint, VersionedCache, type EventListFilter } from './pagination.js';
import type { EventPoints } from './schemas.js';

/**
 * GET /api/events/points: every fused event matching the filters in one answer, as parallel arrays (columns)
 * with the repeated values (types, days, places) listed once and pointed into. A map of 40,000 incidents
 * needs about 40 bytes each instead of a 500-row page of summaries per round trip. The body, its gzip twin
 * and its ETag are built once per filter set and database version.
 */

/** The columns from rows in the events list's order. */
export function packPoints(rows: PointRow[]): EventPoints {
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const placeIndex = new Map<string, number>();
  const places: EventPoints['places'] = [];
  const dayIndex = new Map<string, number>();
  const out: EventPoints = { count: rows.length, types: [], days: [], places, id: [], type: [], place: [], start: [], end: [], killed: [] };
  const day = (d: string | null) => {
    if (!d) return null;
    const k = d.slice(0, 10);
    let i = dayIndex.get(k);
    if (i === undefined) { i = dayIndex.size; dayIndex.set(k, i); }
    return i;
  };
  for (const r of rows) {
    let t = typeIndex.get(r.type);
    if (t === undefined) { t = types.length; types.push(r.type); typeIndex.set(r.type, t); }
    let p: number | null = null;
    if (r.name != null) {
      const key = JSON.stringify([r.name, r.country, r.admin1, r.kind, r.lat, r.lon]);
      p = placeIndex.get(key) ?? null;
      if (p === null) {
        p = places.length;
        places.push({ name: r.name, country: r.country, admin1: r.admin1, kind: (r.kind ?? 'city') as EventPoints['places'][number]['kind'], lat: r.lat, lon: r.lon });
        placeIndex.set(key, p);
      }
    }
    out.id.push(r.id); out.type.push(t); out.place.push(p); out.start.push(day(r.start)); out.end.push(day(r.end ?? r.start)); out.killed.push(r.killed);
  }
  // Days sorted, so that index order is date order; the columns are renumbered to match.
  const sorted = [...dayIndex.keys()].sort();
  const renumber = new Map(sorted.map((d, i) => [dayIndex.get(d)!, i]));
  out.start = out.start.map((i) => (i === null ? null : renumber.get(i)!));
  out.end = out.end.map((i) => (i === null ? null : renumber.get(i)!));
  out.days = sorted;
  out.types = types as EventPoints['types'];
  return out;
}

export interface PointsBody { json: string; gz: Buffer; etag: string }

/** The points answer per filter set, rebuilt when the store's data version changes. */
export class EventPointsCache {
  private readonly cache: VersionedCache<PointsBody>;
  constructor(private readonly source: ListSource) {
    this.cache = new VersionedCache(() => source.dataVersion(), 8);
  }

  get(f: EventListFilter): PointsBody {
    const key = fingerprint({ ...f });
    return this.cache.get(key, () => {
      const json = JSON.stringify(packPoints(this.source.eventPointRows(f)));
      // The ETag names the content, so two servers (or a restart) over the same data agree on it.
      const etag = `"p-${createHash('sha256').update(json).digest('base64url').slice(0, 22)}"`;
      return { json, gz: gzipSync(json, { level: 6 }), etag };
    });
  }
}

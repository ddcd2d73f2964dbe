import type { FusedEvent } from '../fuse/fuse.js';

/**
 * GeoJSON (RFC 7946) FeatureCollection of fused events. Positions are [longitude, latitude] in WGS 84
 * (§3.1.1, §4), with no "crs" member (§4). An event we could not place keeps its Feature with a null
 * geometry (§3.2 allows it), so a map shows what it can and a table still lists everything.
 */

export interface Point { type: 'Point'; coordinates: [number, number] }

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: Point | null;
  properties: {
    type: string;
    subtype: string | null;
    date: string | null;
    date_end: string | null;
    date_precision: string | null;
    place: string | null;
    place_kind: string | null;
    admin1: string | null;
    country: string | null;
    scope: string;
    killed_low: number | null;
    killed_best: number | null;
    killed_high: number | null;
    injured_low: number | null;
    injured_best: number | null;
    injured_high: number | null;
    source_count: number;
    sources: { outlet: string | null; published: string | null; url: string | null; document_id: string; start: number; end: number; quote: string }[];
  };
}

export interface EventCollection { type: 'FeatureCollection'; features: EventFeature[] }

/** Six decimals are about 10 cm: RFC 7946 §11.2 advises no more. */
const coord = (n: number) => Number(n.toFixed(6));

/** A point only for real coordinates inside the WGS 84 range; anything else is no geometry rather than a wrong one. */
export function pointOf(place: FusedEvent['place']): Point | null {
  const lat = place?.lat;
  const lon = place?.lon;
  if (lat == null || lon == null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
  return { type: 'Point', coordinates: [coord(lon), coord(lat)] };
}

export function eventFeature(e: FusedEvent): EventFeature {
  return {
    type: 'Feature',
    id: e.id,
    geometry: pointOf(e.place),
    properties: {
      type: e.type,
      subtype: e.subtype,
      date: e.date?.start ?? null,
      date_end: e.date?.end ?? null,
      date_precision: e.date?.precision ?? null,
      place: e.place?.name ?? null,
      place_kind: e.place?.kind ?? null,
      admin1: e.place?.admin1 ?? null,
      country: e.place?.country ?? null,
      scope: e.scope,
      killed_low: e.killed?.low ?? null,
      killed_best: e.killed?.best ?? null,
      killed_high: e.killed?.high ?? null,
      injured_low: e.injured?.low ?? null,
      injured_best: e.injured?.best ?? null,
      injured_high: e.injured?.high ?? null,
      source_count: e.sourceCount,
      sources: e.reports.map((r) => ({ outlet: r.outlet, published: r.published, url: r.url, document_id: r.documentId, start: r.start, end: r.end, quote: r.quote })),
    },
  };
}

/** `located: true` drops the events without a point, for tools that reject null geometries. */
export function toGeoJson(events: FusedEvent[], opts: { located?: boolean } = {}): EventCollection {
  const features = events.map(eventFeature);
  return { type: 'FeatureCollection', features: opts.located ? features.filter((f) => f.geometry) : features };
}

export const geoJsonText = (events: FusedEvent[], opts: { located?: boolean } = {}) => `${JSON.stringify(toGeoJson(events, opts))}\n`;

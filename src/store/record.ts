import type { Analysis } from '../extract/types.js';
import type { Document, RawArticle } from '../document/types.js';
import { blockOf, speakerKey } from '../fuse/fuse.js';
import { sketch } from '../fuse/near-duplicates.js';
import { packPlaces } from './packed-places.js';

/**
 * An analysis in the shape a store writes: the document's columns, the analysis as JSON split by
 * finding (each claim and event in its own row, so incremental fusion reads the few findings it needs
 * rather than whole documents), and one row per claim, event and place. Building it is pure, so ingest
 * workers build it beside the extraction and hand the writer strings and flat arrays (cheap to pass
 * between threads) instead of the analysis object graph (costly to clone, then to stringify on the
 * writer's single thread).
 */
export interface StoredAnalysis extends Pick<Document, 'id' | 'url' | 'outlet' | 'title' | 'section' | 'author' | 'published' | 'format' | 'origin' | 'text'> {
  /** What versions of one article share: its URL, else outlet + external id, else where it came from. */
  key: string;
  /** The Analysis as JSON without the document's text, its claims, events and verifications (those are stored beside it), its places packed (packed-places.ts). */
  json: string;
  /** The analysis' verification statements as JSON. */
  verifications: string;
  /** The text's near-duplicate sketch, as JSON. */
  sketch: string;
  /** [claimant, actor_id, side, actor_type, verb, status, quote, start, end, speaker, json] per claim (the JSON without the quote's text). */
  claims: unknown[][];
  /** [type, subtype, scope, place, country, admin1, lat, lon, date_start, date_end, killed_min, killed_max, injured_min, quote, start, end, block, json] per event. */
  events: unknown[][];
  /**
   * [name, country, admin1, kind, geonameid, lat, lon, mentions, aliases] per distinct place of the document
   * (aliases: the mentions as written, as a JSON array). One row per place and document, not per mention: a
   * document names its few places dozens of times, and the places table is only ever counted by place.
   */
  places: unknown[][];
  /** The document's warnings (e.g. no publication date), for the ingest summary. */
  warnings: string[];
}

/** What versions of one article share: its URL, else outlet + external id, else where it came from (from the reader's article or the document). */
export function documentKey(d: Pick<RawArticle, 'url' | 'externalId' | 'outlet' | 'origin'>): string {
  return d.url ?? (d.externalId ? `id:${d.outlet ?? ''}:${d.externalId}` : `origin:${d.origin}`);
}

export function toStored(a: Analysis): StoredAnalysis {
  const d = a.document;
  return {
    id: d.id, key: documentKey(d), url: d.url, outlet: d.outlet, title: d.title, section: d.section, author: d.author,
    published: d.published, format: d.format, origin: d.origin, text: d.text,
    json: analysisJson(a), verifications: JSON.stringify(a.verifications), sketch: JSON.stringify(sketch(d.text)),
    claims: a.claims.map((c) => [c.claimant.name, c.claimant.actor?.id ?? null, c.claimant.actor?.side ?? null, c.claimant.actor?.type ?? null, c.verb, c.verification.status, c.quote.text, c.quote.start, c.quote.end, speakerKey(c), withoutQuoteText(c)]),
    events: a.events.map((e) => [e.type, e.subtype, e.scope, e.place?.name ?? null, e.place?.country ?? null, e.place?.admin1 ?? null, e.place?.lat ?? null, e.place?.lon ?? null,
      e.date?.start ?? null, e.date?.end ?? null, e.killed?.min ?? null, e.killed?.max ?? null, e.injured?.min ?? null, e.quote.text, e.quote.start, e.quote.end, blockOf(e), withoutQuoteText(e)]),
    places: placeRows(a),
    warnings: d.messages.filter((m) => m.severity === 'warning').map((m) => m.reason),
  };
}

/**
 * The analysis as documents.analysis keeps it: without the document's text (its own column) and without
 * claims, events and verification statements (their own rows), and with its places packed (packed-places.ts).
 * Written out rather than spread, and the text swapped out for the time of one stringify rather than the
 * document copied: this runs for every article.
 */
function analysisJson(a: Analysis): string {
  const d = a.document;
  const text = d.text;
  d.text = '';
  try {
    return JSON.stringify({ document: d, claims: [], verifications: [], events: [], places: [], ...(a.sketch ? { sketch: a.sketch } : {}), placesPacked: packPlaces(a.places) });
  } finally {
    d.text = text;
  }
}

/** The document's places counted by place (what the places table holds), in order of first mention. */
export function placeRows(a: Analysis): unknown[][] {
  const byPlace = new Map<string, { row: unknown[]; aliases: Set<string> }>();
  for (const p of a.places) {
    const name = p.name ?? p.mention;
    const key = `${name}\u0000${p.country}\u0000${p.admin1}\u0000${p.kind}\u0000${p.geonameId}`;
    let e = byPlace.get(key);
    if (!e) byPlace.set(key, (e = { row: [name, p.country, p.admin1, p.kind, p.geonameId, p.lat, p.lon, 0], aliases: new Set() }));
    (e.row[7] as number)++;
    e.aliases.add(p.mention);
  }
  return [...byPlace.values()].map((e) => [...e.row, JSON.stringify([...e.aliases])]);
}

/** A finding's JSON without its quote's text: the row keeps that in its own `quote` column. */
function withoutQuoteText(f: { quote: { start: number; end: number; text: string } }): string {
  // The quote swapped out for the time of one stringify, rather than the finding copied (a spread of a dozen keys per finding).
  const quote = f.quote;
  f.quote = { start: quote.start, end: quote.end, text: '' };
  try {
    return JSON.stringify(f);
  } finally {
    f.quote = quote;
  }
}

export const isStored = (x: Analysis | StoredAnalysis): x is StoredAnalysis => 'json' in x;

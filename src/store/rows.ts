import type { Analysis } from '../extract/types.js';
import type { Document } from '../document/types.js';
import type { FusedEvent } from '../fuse/fuse.js';
import { sketch } from '../fuse/near-duplicates.js';

/** Rows as both stores read them back (SQLite, PostgreSQL): the same columns, put together the same way. */

/** What fusion reads of a document's own columns (see slimAnalysis). */
export const SLIM_COLUMNS = `d.id, d.url, d.outlet, d.title, d.section, d.author, d.published, d.format, d.origin, f.lead, f.sketch,
  CASE WHEN f.sketch IS NULL THEN d.text END AS unsketched`;
export const SLIM_FROM = 'documents d JOIN fusion_docs f ON f.doc_id = d.id';
export interface SlimRow {
  id: string; url: string | null; outlet: string | null; title: string | null; section: string | null; author: string | null;
  published: string | null; format: Document['format']; origin: string; lead: string; sketch: string | null;
  /** The whole text, only for a row stored before sketches were (migration 8): fusion computes its sketch. */
  unsketched: string | null;
}
/** A claim or event row: its JSON, and its quote, which the JSON leaves out (the row's `quote` column has it). */
export interface FindingRow { json: string; quote: string }
export function finding<T extends { quote: { text: string } }>(r: FindingRow): T {
  const f = JSON.parse(r.json) as T;
  f.quote.text = r.quote;
  return f;
}

export interface WholeRow { id: string; text: string; analysis: string; verifications: string }

/**
 * An analysis with only what fusion reads: its document's columns and, for text, the first characters
 * (all fusion reads of the text is a wire credit at the top; a claim's words come from its quote). No
 * findings yet; the caller fills them in.
 */
export function slimAnalysis(r: SlimRow): Analysis {
  const document: Document = {
    id: r.id, externalId: null, url: r.url, outlet: r.outlet, title: r.title, section: r.section, author: r.author, published: r.published, publishedFrom: null,
    format: r.format, origin: r.origin, text: r.lead, paragraphs: [], sentences: [], sources: [], imageCredits: [], messages: [],
  };
  return { document, claims: [], events: [], verifications: [], places: [], sketch: r.sketch ? (JSON.parse(r.sketch) as number[]) : sketch(r.unsketched ?? r.lead) };
}

/** A record dated over more than a month, or not dated: kept apart so that a date window stays an index range (migration 10). */
export const longSpan = (e: FusedEvent) => !e.date || Date.parse(e.date.end) - Date.parse(e.date.start) > 30 * 864e5;


import type { DocumentSummary, SearchHit } from '../store/store.js';
import type { ClaimListFilter, DocumentFilter, EventListFilter, Key, PlaceFilter, PlaceSummary } from './pagination.js';

/** A document row of a page and its sort key (publication date, '' for none). */
export type DocumentRow = DocumentSummary & { k: string };
/** A fused record's row: its id, sort key and JSON. */
export interface RecordRow { id: string; k: string; json: string }
/** A search hit and its rank (lower is better). */
export type SearchRow = SearchHit & { rank: number };
/** A fused event as a map draws it: the record's columns and its place's name, kind and point. */
export interface PointRow {
  id: string; type: string; start: string | null; end: string | null; killed: number | null;
  name: string | null; country: string | null; admin1: string | null; kind: string | null; lat: number | null; lon: number | null;
}
/** A place counted over documents, its ways of writing per document still apart. */
export type PlaceRow = Omit<PlaceSummary, 'aliases'> & { aliases: string[][] };

/**
 * Where the API's paged lists (pagination.ts) get their rows: `n` rows after a cursor's key, in the list's
 * order, filtered. One implementation per kind of store, each along its own database's indexes.
 */
export interface ListSource {
  dataVersion(): string;
  documentRows(f: DocumentFilter, after: Key | null, n: number): DocumentRow[];
  /** Status is filtered here only without as_of (with it, after the status is recomputed for that day). */
  claimRows(f: ClaimListFilter, after: Key | null, n: number): RecordRow[];
  eventRows(f: EventListFilter, after: Key | null, n: number): RecordRow[];
  /** Every fused event matching the filters, in the events list's order, as points (no paging). */
  eventPointRows(f: EventListFilter): PointRow[];
  /** The fused events and claims with a report from this document (its current version's id), as JSON. */
  fusedOfDocumentRows(docId: string): { kind: 'event' | 'claim'; json: string }[];
  placeRows(f: PlaceFilter): PlaceRow[];
  /** Whether the query has anything to search for. */
  searchable(q: string): boolean;
  searchRows(q: string, after: Key | null, n: number): SearchRow[];
}

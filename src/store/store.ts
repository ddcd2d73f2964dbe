import type { SourceTable } from './sources.js';
import type { Analysis, ClaimStatus, EventType } from '../extract/types.js';
import type { FusedClaim, FusedEvent, FusedState } from '../fuse/fuse.js';
import type { StoredAnalysis } from './record.js';
import type { Document } from '../document/types.js';

export type PutResult = { status: 'new' | 'unchanged'; id: string } | { status: 'version'; id: string; previous: string };

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  versionOf: string | null;
  supersededBy: string | null;
}

export interface ClaimFilter {
  status?: ClaimStatus;
  side?: string;
  claimant?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export interface ClaimRow {
  docId: string;
  idx: number;
  claimant: string;
  actorId: string | null;
  side: string | null;
  verb: string;
  status: ClaimStatus;
  quote: string;
  published: string | null;
  outlet: string | null;
}

export interface EventFilter {
  type?: string;
  country?: string;
  region?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export interface EventRow {
  docId: string;
  idx: number;
  type: string;
  subtype: string | null;
  place: string | null;
  country: string | null;
  admin1: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  killedMin: number | null;
  killedMax: number | null;
  injuredMin: number | null;
  scope: string;
  quote: string;
  outlet: string | null;
}

/**
 * The persistence boundary: SQLite (sqlite/sqlite-store.ts, the default) and PostgreSQL
 * (postgres/postgres-store.ts) implement it, and test/store/contract.test.ts holds both to it. Writes of one analysis are atomic: a failure leaves the store as it was.
 */
/** Fused records new documents can change, and the records their rebuilding reads but cannot change. */
export interface AffectedFused {
  events: FusedEvent[];
  claims: FusedClaim[];
  /** Read, not rebuilt: incidents the rebuilt claims assert, and claims (by document and index) that are evidence about them. */
  context: { events: { id: string; type: EventType; reports: { documentId: string; finding: number }[] }[]; claims: { documentId: string; finding: number }[] };
}

/** Copy groups to store with a fusion: each document's group, and the documents whose sketch hashes to index. */
export interface CopyUpdate {
  groups: Map<string, string>;
  indexed: { id: string; sketch: number[] }[];
}

export interface Store {
  /** Where another thread can open this same store (openStore), or null when it can't (an in-memory database). */
  location(): string | null;
  /** Stores a document and its findings. Same content → unchanged; same key (url/id/origin) with new content → new version. */
  put(analysis: Analysis | StoredAnalysis): PutResult;
  /** Many analyses in one transaction per chunk; one result per item. */
  putMany(analyses: (Analysis | StoredAnalysis)[]): PutResult[];
  /** Replaces the findings of stored documents with a newer extraction of the same text; returns how many it replaced. */
  replaceAnalyses(analyses: (Analysis | StoredAnalysis)[]): number;
  /** Every stored document id (all versions). */
  documentIds(): string[];
  get(idOrPrefix: string): Analysis | null;
  documents(opts?: { limit?: number; includeSuperseded?: boolean }): DocumentSummary[];
  count(): number;
  search(query: string, limit?: number): SearchHit[];
  claims(filter?: ClaimFilter): ClaimRow[];
  events(filter?: EventFilter): EventRow[];
  // Fusion: the cross-document picture, kept beside the documents.
  analyses(ids?: string[], opts?: { slim?: boolean }): Analysis[];
  /**
   * Partial analyses holding only the claims and events asked for, by document and index (see SqliteStore), and the
   * claims told in the same sentence as a claim asked for: fusion reads them as that claim's counter-accounts.
   */
  findings(need: Map<string, { claims: Set<number>; events: Set<number> }>): Analysis[];
  /** Replaces the whole fused picture (and, given, every document's copy group). */
  replaceFused(state: FusedState, copies?: CopyUpdate): void;
  /** Fused records that new analyses can change, plus every record with a report from `relabelled` documents (see SqliteStore). */
  affectedFused(fresh: Analysis[], relabelled?: string[]): AffectedFused;
  swapFused(remove: string[], add: FusedState, copies?: CopyUpdate): void;
  /** Stored current documents sharing at least `minShared` sketch hashes with these, with their sketches and copy groups. */
  copyCandidates(hashes: number[], minShared: number): { id: string; sketch: number[]; group: string | null }[];
  copyGroups(ids: string[]): Map<string, string>;
  copyGroupMembers(groups: string[]): string[];
  /** Whether any of these documents is a new version of a stored one. */
  replacesVersions(ids: string[]): boolean;
  fusionStale(): boolean;
  markFusionStale(): void;
  fusedEvents(filter?: EventFilter): FusedEvent[];
  fusedClaims(filter?: ClaimFilter): FusedClaim[];
  /** Fused records a period can show: events whose days meet it, claims reported or weighed in it, and the events those claims assert. */
  fusedInPeriod(since?: string, until?: string): FusedState;
  fused(id: string): { kind: 'event'; record: FusedEvent } | { kind: 'claim'; record: FusedClaim } | null;
  /** Ids starting with a prefix (up to 10), to tell an ambiguous prefix from an unknown one. */
  idsStartingWith(prefix: string, what: 'document' | 'fused'): string[];
  /** Changes whenever the stored data may have (keys in-memory caches of query results). */
  dataVersion(): string;
  /**
   * Copies what was written to the write-ahead log into the store proper, waiting for no reader or writer
   * (SQLite: a passive WAL checkpoint). For writers that opened the store with their own checkpoints
   * (openStore), to choose the moment rather than have it fall inside a write; a no-op elsewhere.
   */
  checkpoint(): void;
  /** The live sources `sitrep watch` polls, kept in the store. */
  sources(): SourceTable;
  close(): void;
}

export type { Document };

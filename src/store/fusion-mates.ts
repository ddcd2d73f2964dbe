import type { EventType } from '../extract/types.js';
import { familyOf } from '../extract/events.js';
import type { FusedEvent } from '../fuse/fuse.js';

/**
 * The records an incremental fusion must rebuild together, beyond those near the new documents: fusion's
 * sentence and document rules (src/fuse/fuse.ts) join reports across places, so a record is rebuilt right only
 * beside the records holding its reports' mates. Without them, the raids one sentence names as the cause of
 * closures at three airports, rebuilt without that sentence's closures, would come apart into three raids.
 *
 * Mates of a report: the other findings of its sentence (places listed together, front directions, a homonym
 * its sentence places, a report placed on no land), and, for a report placed in no region (a country, or by its
 * speaker), its document's findings of the same family (the document's one incident it joins). Shared by both
 * stores, which differ only in how they read rows and records.
 */

/** One stored finding: its document, index, sentence start, region and kind. */
export interface StoredFinding { docId: string; idx: number; start: number; admin1: string | null; type: EventType }

export interface MateReads {
  /** The stored findings of these documents. */
  findings(docIds: string[]): StoredFinding[];
  /** The fused events with a report from any of these documents. */
  recordsOf(docIds: string[]): FusedEvent[];
}

/** Adds to `events` (in place) the records holding mates of their reports, until none is missing. */
export function addMateRecords(events: Map<string, FusedEvent>, read: MateReads): void {
  const covered = new Set<string>();
  const cover = (e: FusedEvent) => { for (const r of e.reports) covered.add(`${r.documentId}:${r.finding}`); };
  for (const e of events.values()) cover(e);
  const rowsOf = new Map<string, StoredFinding[]>();
  let frontier = [...events.values()];
  while (frontier.length) {
    const unread = [...new Set(frontier.flatMap((e) => e.reports.map((r) => r.documentId)))].filter((d) => !rowsOf.has(d));
    for (const d of unread) rowsOf.set(d, []);
    if (unread.length) for (const row of read.findings(unread)) rowsOf.get(row.docId)?.push(row);
    const missing = new Map<string, Set<number>>();
    for (const e of frontier) for (const r of e.reports) {
      const rows = rowsOf.get(r.documentId)!;
      const me = rows.find((x) => x.idx === r.finding);
      if (!me) continue;
      for (const o of rows) {
        if (o.idx === me.idx || covered.has(`${o.docId}:${o.idx}`)) continue;
        const mate = o.start === me.start || ((me.admin1 === null || o.admin1 === null) && familyOf(o.type) === familyOf(me.type));
        if (!mate) continue;
        let m = missing.get(o.docId); if (!m) missing.set(o.docId, (m = new Set())); m.add(o.idx);
      }
    }
    if (!missing.size) return;
    frontier = read.recordsOf([...missing.keys()])
      .filter((e) => !events.has(e.id) && e.reports.some((r) => missing.get(r.documentId)?.has(r.finding)));
    for (const e of frontier) { events.set(e.id, e); cover(e); }
    // Findings no record holds (dropped, or not yet fused) are not missing again.
    for (const [doc, idxs] of missing) for (const i of idxs) covered.add(`${doc}:${i}`);
  }
}

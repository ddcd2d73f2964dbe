import type { Event } from '../extract/types.js';
import type { FusedEvent } from '../fuse/fuse.js';
import { sentenceMates } from '../fuse/readings.js';

/**
 * The records an incremental fusion must rebuild together, beyond those near the new documents: fusion's
 * sentence rules (src/fuse/fuse.ts) join reports of one sentence across places, so a record is rebuilt right only
 * beside the records holding its reports' sentence-mates (readings.ts' sentenceMates: places of one development
 * listed together, an airport closure naming a raid's place, front directions, a homonym its sentence places, a
 * report placed on no land). Without them, the raids one sentence names as the cause of closures at three
 * airports, rebuilt without that sentence's closures, would come apart into three raids. Shared by both stores,
 * which differ only in how they read rows and records.
 */

/** Where a stored finding is: its document, its index, and the start of its sentence. */
export interface StoredFinding { docId: string; idx: number; start: number }

export interface MateReads {
  /** Where the stored findings of these documents are. */
  findings(docIds: string[]): StoredFinding[];
  /** Stored findings themselves, by document and index. */
  events(docId: string, idxs: number[]): Map<number, Event>;
  /** The fused events with a report from any of these documents. */
  recordsOf(docIds: string[]): FusedEvent[];
}

/** Adds to `events` (in place) the records holding sentence-mates of their reports, until none is missing. */
export function addMateRecords(events: Map<string, FusedEvent>, read: MateReads): void {
  const covered = new Set<string>();
  const cover = (e: FusedEvent) => { for (const r of e.reports) covered.add(`${r.documentId}:${r.finding}`); };
  for (const e of events.values()) cover(e);
  /** Per document: the indexes of each sentence's findings, for sentences with more than one. */
  const sentencesOf = new Map<string, Map<number, number[]>>();
  const eventCache = new Map<string, Event>();
  let frontier = [...events.values()];
  while (frontier.length) {
    const unread = [...new Set(frontier.flatMap((e) => e.reports.map((r) => r.documentId)))].filter((d) => !sentencesOf.has(d));
    for (const d of unread) sentencesOf.set(d, new Map());
    if (unread.length) for (const row of read.findings(unread)) {
      const bySentence = sentencesOf.get(row.docId)!;
      let l = bySentence.get(row.start); if (!l) bySentence.set(row.start, (l = [])); l.push(row.idx);
    }
    // Reports whose sentence has findings not yet covered: read those findings and see which are mates.
    const toRead = new Map<string, Set<number>>();
    const pairs: [string, number, number][] = [];
    for (const e of frontier) for (const r of e.reports) {
      const idxs = sentencesOf.get(r.documentId)!.get(r.start);
      if (!idxs || idxs.length < 2) continue;
      for (const o of idxs) {
        if (o === r.finding || covered.has(`${r.documentId}:${o}`)) continue;
        pairs.push([r.documentId, r.finding, o]);
        let m = toRead.get(r.documentId); if (!m) toRead.set(r.documentId, (m = new Set())); m.add(r.finding); m.add(o);
      }
    }
    for (const [doc, idxs] of toRead) {
      const want = [...idxs].filter((i) => !eventCache.has(`${doc}:${i}`));
      if (want.length) for (const [i, ev] of read.events(doc, want)) eventCache.set(`${doc}:${i}`, ev);
    }
    const missing = new Map<string, Set<number>>();
    for (const [doc, me, o] of pairs) {
      const x = eventCache.get(`${doc}:${me}`);
      const y = eventCache.get(`${doc}:${o}`);
      if (!x || !y || !sentenceMates(x, y)) continue;
      let m = missing.get(doc); if (!m) missing.set(doc, (m = new Set())); m.add(o);
    }
    if (!missing.size) return;
    frontier = read.recordsOf([...missing.keys()])
      .filter((e) => !events.has(e.id) && e.reports.some((r) => missing.get(r.documentId)?.has(r.finding)));
    for (const e of frontier) { events.set(e.id, e); cover(e); }
    // Findings no record holds (dropped, or not yet fused) are not missing again.
    for (const [doc, idxs] of missing) for (const i of idxs) covered.add(`${doc}:${i}`);
  }
}

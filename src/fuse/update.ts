import type { Store } from '../store/store.js';
import { copyGroupsOf, fuse, type FusedState } from './fuse.js';
import { copiesAfterAdding } from './copies.js';

/**
 * Brings the fused picture up to date after documents were added. Incremental: the fused records the
 * new documents can touch (same place within days, same speaker within days; see Store.affectedFused),
 * and those whose wire-copy group the new documents rename (see copies.ts), are rebuilt from their
 * reports plus the new ones, beside the context they read; everything else stays as it is. A store whose
 * fusion is stale (new schema, first run, `ingest --no-fuse`), a new version of a stored article, or a
 * change whose rebuilt records would not cover what they replace, is fused whole.
 */
export function updateFusion(store: Store, newDocIds: string[], opts: { fullAbove?: number } = {}): { documents: number; full: boolean } {
  if (store.fusionStale()) return full(store);
  if (!newDocIds.length) return { documents: 0, full: false };
  // A new version changes which documents are current (and the copy groups of the old one's copies): fused whole.
  if (store.replacesVersions(newDocIds)) return full(store);
  const fresh = store.analyses(newDocIds, { slim: true });
  const copies = copiesAfterAdding(store, fresh.map((a) => ({ id: a.document.id, sketch: a.sketch ?? [] })));
  const old = store.affectedFused(fresh, copies.relabelled);
  const docs = new Set(newDocIds);
  for (const x of [...old.events, ...old.claims]) for (const r of x.reports) docs.add(r.documentId);
  for (const r of old.context.claims) docs.add(r.documentId);
  // When the change reaches most of the store, one full pass is cheaper than a partial one.
  if (docs.size > store.count() * (opts.fullAbove ?? 0.25)) return full(store);
  // Only the reports of the affected records and the new documents' findings are re-fused; the other findings
  // of the documents behind them belong to records that stay as stored, and are not even read. Read are: the
  // new documents whole, the affected records' reports and the claims that are evidence. Incidents kept as they
  // are need no reading: claims asserting them are pointed at them by (document, finding), and their type is stored.
  const newIds = new Set(newDocIds);
  const need = new Map<string, { claims: Set<number>; events: Set<number> }>();
  const want = (doc: string) => { let w = need.get(doc); if (!w) need.set(doc, (w = { claims: new Set(), events: new Set() })); return w; };
  for (const e of old.events) for (const r of e.reports) if (!newIds.has(r.documentId)) want(r.documentId).events.add(r.finding);
  for (const c of old.claims) for (const r of c.reports) if (!newIds.has(r.documentId)) want(r.documentId).claims.add(r.finding);
  for (const r of old.context.claims) if (!newIds.has(r.documentId)) want(r.documentId).claims.add(r.finding);
  // Statements from other reports that a rebuilt claim cites (orphanStatements in fuse.ts) are read again with
  // their reports' verifications; their own findings stay as they are.
  const cited = [...new Set(old.claims.flatMap((c) => c.evidence.filter((e) => e.orphan).map((e) => e.docId)))].filter((id) => !newIds.has(id));
  const found = store.findings(need);
  const citedFull = cited.length ? store.analyses(cited, { slim: true }) : [];
  // A cited report already read for some of its findings keeps those, with its verifications read in full.
  const byId = new Map(found.map((a) => [a.document.id, a]));
  for (const a of citedFull) { const f = byId.get(a.document.id); if (f) f.verifications = a.verifications; }
  const subset = [...fresh, ...found, ...citedFull.filter((a) => !byId.has(a.document.id))];
  const groups = store.copyGroups(subset.map((a) => a.document.id).filter((id) => !copies.groups.has(id)));
  for (const [id, g] of copies.groups) groups.set(id, g);
  // A report is known by its document and its index among the document's findings (one sentence may hold several).
  const key = (doc: string, finding: number) => `${doc}:${finding}`;
  const eventKeys = new Set(old.events.flatMap((e) => e.reports.map((r) => key(r.documentId, r.finding))));
  const claimKeys = new Set(old.claims.flatMap((c) => c.reports.map((r) => key(r.documentId, r.finding))));
  const fixed = new Map(old.context.events.flatMap((e) => e.reports.map((r) => [key(r.documentId, r.finding), e.id] as const)));
  const fixedTypes = new Map(old.context.events.map((e) => [e.id, e.type]));
  const evidence = new Set(old.context.claims.map((r) => key(r.documentId, r.finding)));
  const next = fuse(subset, {
    event: (doc, i) => newIds.has(doc) || eventKeys.has(key(doc, i)),
    claim: (doc, i) => newIds.has(doc) || claimKeys.has(key(doc, i)),
    fixedEvent: (doc, i) => fixed.get(key(doc, i)) ?? null,
    fixedEventType: (id) => fixedTypes.get(id) ?? null,
    evidenceClaim: (doc, i) => evidence.has(key(doc, i)),
  }, groups);

  // Keep the rebuilt records made of the affected records' reports and the new documents' (a safety net:
  // with the filter above, every record should qualify).
  const keep: FusedState = {
    events: next.events.filter((e) => e.reports.every((r) => newIds.has(r.documentId) || eventKeys.has(key(r.documentId, r.finding)))),
    claims: next.claims.filter((c) => c.reports.every((r) => newIds.has(r.documentId) || claimKeys.has(key(r.documentId, r.finding)))),
  };
  // Safety net: every report of a replaced record must live on in a kept one.
  const keptE = new Set(keep.events.flatMap((e) => e.reports.map((r) => key(r.documentId, r.finding))));
  const keptC = new Set(keep.claims.flatMap((c) => c.reports.map((r) => key(r.documentId, r.finding))));
  if ([...eventKeys].some((k) => !keptE.has(k)) || [...claimKeys].some((k) => !keptC.has(k))) return full(store);
  store.swapFused([...old.events.map((e) => e.id), ...old.claims.map((c) => c.id)], keep, { groups: copies.groups, indexed: fresh.map((a) => ({ id: a.document.id, sketch: a.sketch ?? [] })) });
  return { documents: subset.length, full: false };
}

function full(store: Store): { documents: number; full: boolean } {
  const all = store.analyses(undefined, { slim: true });
  const groups = copyGroupsOf(all);
  store.replaceFused(fuse(all, undefined, groups), { groups, indexed: all.map((a) => ({ id: a.document.id, sketch: a.sketch ?? [] })) });
  return { documents: all.length, full: true };
}

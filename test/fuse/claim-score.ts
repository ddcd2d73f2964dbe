import type { Analysis } from '../../src/extract/types.js';
import type { FusedState } from '../../src/fuse/fuse.js';

/**
 * Pairwise claim matching against a gold labelling (test/fixtures/claims/labels.json): each labelled claim is
 * a piece of a report's sentence and a distinct-claim id. An extracted claim takes the label whose piece its
 * quote holds. Over pairs of labelled claims from different reports: gold-same when their ids agree,
 * predicted-same when one fused claim holds both.
 */
export interface ClaimLabels { claims: Record<string, string>; reports: Record<string, [string, string][]> }
export interface ClaimScore {
  precision: number; recall: number; tp: number; fp: number; fn: number;
  /** Labelled claims extraction did not find (they take part in no pair). */
  unextracted: string[];
  falsePositives: string[]; falseNegatives: string[];
}

export function scoreClaims(analyses: Analysis[], fused: FusedState, labels: ClaimLabels, reportIdOf: (a: Analysis) => string): ClaimScore {
  const fusedOf = new Map<string, string>(); // "doc:finding" → fused claim id
  for (const c of fused.claims) for (const r of c.reports) fusedOf.set(`${r.documentId}:${r.finding}`, c.id);
  const items: { report: string; gold: string; fused: string | null; piece: string }[] = [];
  const unextracted: string[] = [];
  for (const a of analyses) {
    const rid = reportIdOf(a);
    for (const [piece, gold] of labels.reports[rid] ?? []) {
      const idx = a.claims.findIndex((c) => c.quote.text.includes(piece));
      if (idx < 0) { unextracted.push(`${rid}: ${piece}`); continue; }
      items.push({ report: rid, gold, fused: fusedOf.get(`${a.document.id}:${idx}`) ?? null, piece });
    }
  }
  let tp = 0; let fp = 0; let fn = 0;
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    const x = items[i]; const y = items[j];
    if (x.report === y.report) continue;
    const gold = x.gold === y.gold;
    const pred = x.fused !== null && x.fused === y.fused;
    const pair = `${x.report} "${x.piece}" × ${y.report} "${y.piece}"`;
    if (gold && pred) tp++;
    else if (pred) { fp++; falsePositives.push(pair); }
    else if (gold) { fn++; falseNegatives.push(pair); }
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn, unextracted, falsePositives, falseNegatives };
}

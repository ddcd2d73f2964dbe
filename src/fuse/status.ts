import { loadData } from '../data.js';

/**
 * The fused status of a claim, derived from evidence, never typed in. Each piece of evidence says
 * who (side and type, from the actor registry) did what (asserted, echoed, confirmed, denied,
 * disputed, could not verify) and when. The rules, in order:
 *   denied       the opposing side rejects it, and nobody independent supports it;
 *   confirmed    the opposing side acknowledges it;
 *   disputed     a party gives a conflicting account and nobody independent has settled it, or a denial meets
 *                independent support;
 *   corroborated an independent source (monitor, NGO, UN body, analyst, geolocated evidence) reports it, even
 *                if a party still disputes it (the dispute stays in the evidence);
 *   unverified   only the claimant's side, and media repeating it.
 */

export type FusedStatus = 'unverified' | 'corroborated' | 'confirmed' | 'disputed' | 'denied';

export type EvidenceKind = 'assert' | 'echo' | 'corroborate' | 'confirm' | 'deny' | 'dispute' | 'could-not-verify' | 'not-corroborated';

export interface Evidence {
  date: string | null;
  kind: EvidenceKind;
  /** Who: actor id or report-source key. */
  who: string;
  whoName: string;
  side: string | null;
  type: string | null;
  docId: string;
  outlet: string | null;
  url: string | null;
  /** The exact sentence or clause, with its offsets in the document. */
  text: string;
  start: number;
  end: number;
  /** A statement from a report that holds no claim it speaks of (reached across documents by names and days). */
  orphan?: boolean;
}

export interface StatusChange {
  date: string | null;
  status: FusedStatus;
  /** Indices into the claim's evidence that made this change. */
  because: number[];
}

interface Sides { opponents: [string, string][]; independentTypes: string[]; reportingTypes: string[] }
const SIDES = loadData<Sides>('sides.json');
const OPP = new Map<string, Set<string>>();
for (const [a, b] of SIDES.opponents) {
  if (!OPP.has(a)) OPP.set(a, new Set());
  if (!OPP.has(b)) OPP.set(b, new Set());
  OPP.get(a)!.add(b);
  OPP.get(b)!.add(a);
}
const INDEPENDENT = new Set(SIDES.independentTypes);

export const opposing = (a: string | null, b: string | null): boolean => !!a && !!b && !!OPP.get(a)?.has(b);
/** Whether the registry lists a side among the parties that fight each other at all. */
export const knownSide = (side: string): boolean => OPP.has(side);
export const isIndependentType = (type: string | null, side: string | null): boolean => !!type && INDEPENDENT.has(type) && (side === 'neutral' || side === null);

/** Status from a set of evidence kinds. */
export function statusOf(kinds: Set<EvidenceKind>): FusedStatus {
  const support = kinds.has('corroborate');
  if (kinds.has('deny') && !kinds.has('confirm')) return support ? 'disputed' : 'denied';
  if (kinds.has('confirm')) return kinds.has('deny') || kinds.has('dispute') ? 'disputed' : 'confirmed';
  // Independent evidence settles a party's dispute (it stays attached as open counter-evidence); a denial it does not.
  if (kinds.has('dispute')) return support ? 'corroborated' : 'disputed';
  if (support) return 'corroborated';
  return 'unverified';
}

/** Walks evidence in date order and records every change of status with the evidence that caused it. */
export function statusHistory(evidence: Evidence[]): { status: FusedStatus; history: StatusChange[] } {
  const order = evidence.map((_e, i) => i).sort((a, b) => (evidence[a].date ?? '').localeCompare(evidence[b].date ?? '') || a - b);
  // A party that confirms a claim withdraws what it said against it on an earlier day: the kinds in force are counted per side.
  const active: { kind: EvidenceKind; side: string | null; date: string | null }[] = [];
  const history: StatusChange[] = [];
  let status: FusedStatus | null = null;
  let pending: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const ev = evidence[i];
    if (ev.kind === 'confirm' && ev.side) {
      for (let j = active.length - 1; j >= 0; j--) if (active[j].side === ev.side && (active[j].date ?? '') < (ev.date ?? '') && (active[j].kind === 'dispute' || active[j].kind === 'deny')) active.splice(j, 1);
    }
    active.push({ kind: ev.kind, side: ev.side, date: ev.date });
    pending.push(i);
    const nextSameDay = k + 1 < order.length && evidence[order[k + 1]].date === evidence[i].date;
    if (nextSameDay) continue; // all evidence of one day counts together
    const s = statusOf(new Set(active.map((a) => a.kind)));
    if (s !== status) { history.push({ date: evidence[i].date, status: s, because: pending }); status = s; }
    pending = [];
  }
  return { status: status ?? 'unverified', history };
}

/** The status as it stood at the end of `asOf` (YYYY-MM-DD). */
export function statusAsOf(history: StatusChange[], asOf: string): FusedStatus | null {
  let s: FusedStatus | null = null;
  for (const h of history) if (!h.date || h.date <= asOf) s = h.status;
  return s;
}

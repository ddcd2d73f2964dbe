import type { FusedClaim, FusedEvent, FusedState, Report, SourcedCount } from '../fuse/fuse.js';
import { statusAsOf, type Evidence, type FusedStatus } from '../fuse/status.js';
import { eventDays } from '../fuse/days.js';

export { eventDays };

/**
 * The situation brief: fused state → brief data → Markdown / HTML / JSON. Everything here is pure
 * (no store, no clock), so the CLI and the HTTP API render the same brief from the same state.
 *
 * The one rule that shapes it: a reader must be able to check every fact in a bullet against the
 * sentence it came from. So bullets are not written, they are assembled: each is a list of segments
 * that are either a verbatim stretch of a cited sentence, or a few words of our own fixed, lower-case,
 * digit-free vocabulary ("claim now", "strike", "in"). A number, a place or a name can only enter a
 * bullet through a cited segment.
 */

// ---------- scope: which records a brief or an export covers ----------

export interface Scope {
  /** YYYY-MM-DD, inclusive. */
  since?: string;
  until?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** First-level region: a substring of its name, any case. */
  region?: string;
  type?: string;
}

const DAY_MAX = '9999-12-31';

/** Overlap with [since, until]; an event we cannot place in time is only in an unbounded period. */
export function eventInPeriod(e: FusedEvent, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  const d = eventDays(e);
  if (!d) return false;
  return (!since || d.end >= since) && (!until || d.start <= until);
}

/** Place and type filters, matched like the store's: country exactly, region as a substring of admin1. */
export function eventMatchesPlace(e: FusedEvent, s: Pick<Scope, 'country' | 'region' | 'type'>): boolean {
  if (s.type && e.type !== s.type) return false;
  if (s.country && (e.place?.country ?? '').toUpperCase() !== s.country.toUpperCase()) return false;
  if (s.region) {
    const want = s.region.toLowerCase();
    const names = [e.place?.admin1, e.place?.admin1Acled, e.place?.kind === 'region' ? e.place.name : null];
    if (!names.some((n) => n && n.toLowerCase().includes(want))) return false;
  }
  return true;
}

export const eventInScope = (e: FusedEvent, s: Scope): boolean => eventMatchesPlace(e, s) && eventInPeriod(e, s.since, s.until);

/**
 * A claim has a place or a type only through the events it asserts; with a place or type filter,
 * a claim asserting no event in scope is out (we cannot say it is about that place).
 */
export function claimMatchesPlace(c: FusedClaim, s: Scope, events: Map<string, FusedEvent>): boolean {
  if (!s.country && !s.region && !s.type) return true;
  return c.events.some((id) => { const e = events.get(id); return !!e && eventMatchesPlace(e, s); });
}

const within = (d: string | null, since?: string, until?: string) => (!since || (!!d && d >= since)) && (!until || (!!d && d <= until));

/** For exports: claims first reported in the period, about the place/type asked for. */
export function claimInScope(c: FusedClaim, s: Scope, events: Map<string, FusedEvent>): boolean {
  return claimMatchesPlace(c, s, events) && (!s.since && !s.until ? true : within(c.firstReported, s.since, s.until));
}

export function scopeState(state: FusedState, s: Scope): FusedState {
  const byId = new Map(state.events.map((e) => [e.id, e]));
  return { events: state.events.filter((e) => eventInScope(e, s)), claims: state.claims.filter((c) => claimInScope(c, s, byId)) };
}

// ---------- as of a day: what was known at the end of `until` ----------

const latestFirst = (a: { published: string | null; documentId: string }, b: { published: string | null; documentId: string }) =>
  (b.published ?? DAY_MAX).localeCompare(a.published ?? DAY_MAX) || b.documentId.localeCompare(a.documentId);

/** A casualty count from the sources published by `asOf`, reconciled the way fusion does it (low = least, best = latest, high = most). */
export function countAsOf(c: SourcedCount | null, asOf: string): SourcedCount | null {
  if (!c) return null;
  const rows = c.bySource.filter((s) => !s.published || s.published <= asOf);
  if (rows.length === c.bySource.length) return c;
  if (!rows.length) return null;
  const mins = rows.map((r) => r.min).filter((n): n is number => n != null);
  const highs = rows.map((r) => r.max ?? r.min).filter((n): n is number => n != null);
  const latest = [...rows].sort(latestFirst)[0];
  return { low: mins.length ? Math.min(...mins) : null, best: latest.min ?? latest.max ?? null, high: highs.length ? Math.max(...highs) : null, bySource: rows };
}

/** The event as the reports published by `asOf` describe it; null when none had been published. */
export function eventAsOf(e: FusedEvent, asOf: string): FusedEvent | null {
  const reports = e.reports.filter((r) => !r.published || r.published <= asOf);
  if (!reports.length) return null;
  return { ...e, reports, killed: countAsOf(e.killed, asOf), injured: countAsOf(e.injured, asOf) };
}

/**
 * The claim as it stood at the end of `asOf`. Unlike explain.ts' claimAsOf, the evidence array is
 * kept whole, so the `because` indices of the kept history still point at the right evidence.
 */
export function claimStateAsOf(c: FusedClaim, asOf: string): FusedClaim | null {
  if (c.firstReported && c.firstReported > asOf) return null;
  const statusHistory = c.statusHistory.filter((h) => !h.date || h.date <= asOf);
  return { ...c, status: statusAsOf(c.statusHistory, asOf) ?? 'unverified', statusHistory, reports: c.reports.filter((r) => !r.published || r.published <= asOf) };
}

// ---------- brief data ----------

/** One sentence behind a bullet: who published it, when, where, and the exact text with its offsets. */
export interface Citation {
  outlet: string | null;
  date: string | null;
  url: string | null;
  documentId: string;
  start: number;
  end: number;
  quote: string;
}

/** A verbatim stretch of citation `cite`'s sentence (whitespace collapsed), or our own fixed words (no `cite`). */
export interface Segment {
  text: string;
  cite?: number;
}

export interface Bullet {
  kind: 'event' | 'claim' | 'status';
  /** The fused event or claim it is about. */
  id: string;
  score: number;
  segments: Segment[];
  /** The segments joined: one line. */
  text: string;
  citations: Citation[];
}

export interface AwaitingClaim {
  id: string;
  claimant: string;
  side: string | null;
  firstReported: string | null;
  reports: number;
  stories: number;
  citation: Citation;
}

export interface StatusChangeItem {
  claimId: string;
  date: string | null;
  from: FusedStatus | null;
  to: FusedStatus;
  claimant: string;
  claim: Citation;
  because: (Citation & { who: string; kind: Evidence['kind'] })[];
}

export interface Figure { low: number | null; best: number | null; high: number | null }

export interface CasualtyRow {
  country: string | null;
  region: string;
  /** An aggregate tally (several incidents, often overlapping the rows above): shown, never added. */
  aggregate: boolean;
  events: string[];
  killed: Figure | null;
  injured: Figure | null;
  sources: { outlet: string; documentId: string; url: string | null; date: string | null }[];
}

export interface Brief {
  title: string;
  period: { since: string | null; until: string | null };
  scope: Scope;
  counts: { events: number; claims: number; reports: number };
  keyDevelopments: Bullet[];
  awaitingVerification: AwaitingClaim[];
  /** How many claims await verification in all, when the list above is cut. */
  awaitingTotal: number;
  statusChanges: StatusChangeItem[];
  casualties: CasualtyRow[];
}

export interface BriefOptions extends Scope {
  /** How many key developments (default 10). */
  top?: number;
  /** How many awaiting claims to list (default 25). */
  awaiting?: number;
}

export const citeReport = (r: Report): Citation => ({ outlet: r.outlet, date: r.published, url: r.url, documentId: r.documentId, start: r.start, end: r.end, quote: r.quote });
export const citeEvidence = (e: Evidence): Citation => ({ outlet: e.outlet, date: e.date, url: e.url, documentId: e.docId, start: e.start, end: e.end, quote: e.text });

/** Quotes may carry line breaks (multi-sentence quotes); a bullet is one line. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

const citeKey = (c: Citation) => `${c.documentId}:${c.start}`;

/** Our own words for an event type: lower case, no digits, from the type (or the subtype of "other"). */
export const typeLabel = (e: Pick<FusedEvent, 'type' | 'subtype'>) => ((e.type === 'other' && e.subtype) || e.type).replace(/_/g, ' ').toLowerCase().replace(/[^a-z ]/g, '');

/** The place as the sentence itself spells it, when it names it; else nothing (we never add a place the sentence lacks). */
export function placeIn(quote: string, e: FusedEvent): string | null {
  const text = oneLine(quote);
  for (const n of [e.place?.mention, e.place?.name]) {
    if (!n || n.length < 2) continue;
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    if (m) return m[0];
  }
  return null;
}

/** Assembles a bullet from parts; `[text, i]` is a stretch of citation i, a bare string is our words. */
function assemble(kind: Bullet['kind'], id: string, score: number, citations: Citation[], parts: (string | [string, number])[]): Bullet {
  const segments: Segment[] = parts.map((p) => (typeof p === 'string' ? { text: p } : { text: p[0], cite: p[1] }));
  return { kind, id, score, segments, text: segments.map((s) => s.text).join(''), citations };
}

const CASUALTY_WORDS = /\b(kill|dead|die|death|toll|wound|injur|casualt)/i;

/**
 * The report a bullet about an event quotes: from the source that gave the best casualty figure
 * (a sentence that speaks of casualties first), else one naming the place, else the first.
 */
export function primaryReport(e: FusedEvent): Report {
  const best = e.killed?.best;
  if (best != null && e.killed) {
    const docs = [...e.killed.bySource].filter((s) => (s.min ?? s.max) === best).sort(latestFirst).map((s) => s.documentId);
    const candidates = docs.flatMap((d) => e.reports.filter((r) => r.documentId === d));
    const pick = candidates.find((r) => CASUALTY_WORDS.test(r.quote)) ?? candidates[0];
    if (pick) return pick;
  }
  return e.reports.find((r) => placeIn(r.quote, e)) ?? e.reports[0];
}

/** The report behind the lowest death toll, when sources disagree and it is not `main`. */
export function lowestReport(e: FusedEvent, main: Report): Report | null {
  const k = e.killed;
  if (!k || k.low == null || k.low === k.best) return null;
  const low = k.bySource.find((s) => s.min === k.low);
  if (!low || low.documentId === main.documentId) return null;
  const reports = e.reports.filter((r) => r.documentId === low.documentId);
  return reports.find((r) => CASUALTY_WORDS.test(r.quote)) ?? reports[0] ?? null;
}

/** Other reports of the same event, one per outlet, earliest first: corroborating citations. */
function otherReports(e: FusedEvent, skip: Report, n: number): Report[] {
  const seen = new Set([skip.outlet ?? skip.documentId]);
  const out: Report[] = [];
  for (const r of [...e.reports].sort((a, b) => (a.published ?? DAY_MAX).localeCompare(b.published ?? DAY_MAX))) {
    const k = r.outlet ?? r.documentId;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
    if (out.length >= n) break;
  }
  return out;
}

export function eventBullet(e: FusedEvent, score: number): Bullet {
  const main = primaryReport(e);
  const citations = [citeReport(main)];
  const parts: (string | [string, number])[] = [typeLabel(e)];
  const place = placeIn(main.quote, e);
  if (place) parts.push(' in ', [place, 0]);
  parts.push(': “', [oneLine(main.quote), 0], '”');
  // When sources disagree on the toll, the lowest figure is shown too, in its own words.
  const lowReport = lowestReport(e, main);
  if (lowReport) {
    citations.push(citeReport(lowReport));
    parts.push('; lowest reported figure: “', [oneLine(lowReport.quote), 1], '”');
  }
  for (const r of otherReports(e, main, 3)) if (!citations.some((c) => c.documentId === r.documentId)) citations.push(citeReport(r));
  return assemble('event', e.id, score, citations, parts);
}

export function newClaimBullet(c: FusedClaim, score: number): Bullet {
  const origin = c.reports[0];
  const citations = [origin ? citeReport(origin) : { outlet: null, date: c.firstReported, url: null, documentId: '', start: 0, end: 0, quote: c.text }];
  for (const r of c.reports.slice(1)) {
    if (citations.length >= 3) break;
    if (!citations.some((x) => x.documentId === r.documentId)) citations.push(citeReport(r));
  }
  return assemble('claim', c.id, score, citations, ['new claim, ', c.status, ': “', [oneLine(citations[0].quote), 0], '”']);
}

/** Which evidence speaks to each status, most telling first. */
const TELLING: Record<FusedStatus, Evidence['kind'][]> = {
  confirmed: ['confirm'],
  denied: ['deny'],
  disputed: ['dispute', 'deny', 'confirm', 'corroborate'],
  corroborated: ['corroborate'],
  unverified: ['could-not-verify', 'not-corroborated'],
};

/**
 * The evidence that moved a status (not the claimant repeating itself, not echoes), the kinds that
 * explain the new status first: a change to "confirmed" is told by the confirmation, not by the
 * "could not verify" that arrived the same day.
 */
function movers(c: FusedClaim, because: number[], to: FusedStatus): Evidence[] {
  const rank = (e: Evidence) => { const i = TELLING[to].indexOf(e.kind); return i < 0 ? TELLING[to].length : i; };
  return because.map((i) => c.evidence[i]).filter((e): e is Evidence => !!e && e.kind !== 'echo' && e.kind !== 'assert')
    .map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map((x) => x.e);
}

export function statusBullet(c: FusedClaim, change: StatusChangeItem, score: number): Bullet {
  const citations: Citation[] = [change.claim];
  const parts: (string | [string, number])[] = change.from ? ['claim now ', change.to, ' (was ', change.from, '): “'] : ['new claim, ', change.to, ' from the start: “'];
  parts.push([oneLine(change.claim.quote), 0], '”');
  change.because.slice(0, 2).forEach((b, i) => {
    const { who: _who, kind: _kind, ...cite } = b;
    citations.push(cite);
    parts.push(i === 0 ? '; because: “' : '; and: “', [oneLine(b.quote), i + 1], '”');
  });
  return assemble('status', c.id, score, citations, parts);
}

// ---------- selection and ranking ----------

const TERRITORIAL = new Set(['territorial_claim', 'ground_advance']);
const STATUS_WEIGHT: Record<FusedStatus, number> = { unverified: 0, disputed: 10, corroborated: 15, confirmed: 20, denied: 20 };

/**
 * Why something matters, as a number: deaths first (every death counts), then territory, then new
 * claims and status changes (by how widely a claim is carried and how decisive the change), then
 * injuries and how many independent sources carry an event. The weights only order; they mean nothing alone.
 */
export function eventScore(e: FusedEvent): number {
  const deaths = e.killed?.best ?? e.killed?.low ?? 0;
  const injured = e.injured?.best ?? e.injured?.low ?? 0;
  return (deaths > 0 ? 100 + 10 * Math.min(deaths, 100) : 0) + (TERRITORIAL.has(e.type) ? 60 : 0) + (injured > 0 ? 20 + Math.min(injured, 100) / 5 : 0) + 5 * Math.min(e.sourceCount, 6);
}

export function newClaimScore(c: FusedClaim, events: Map<string, FusedEvent>): number {
  const territorial = c.events.some((id) => TERRITORIAL.has(events.get(id)?.type ?? ''));
  return 40 + (territorial ? 60 : 0) + 8 * Math.min(new Set(c.reports.map((r) => r.copyGroup)).size, 5);
}

/** A status change outranks a claim carried by one story, and yields to one carried by many. */
export const statusScore = (to: FusedStatus) => 70 + STATUS_WEIGHT[to];

/** The status changes of a claim inside the period; a claim's first status counts only when it is more than "unverified". */
export function statusChangesIn(c: FusedClaim, since?: string, until?: string): StatusChangeItem[] {
  const out: StatusChangeItem[] = [];
  const claim = c.reports[0] ? citeReport(c.reports[0]) : { outlet: null, date: c.firstReported, url: null, documentId: '', start: 0, end: 0, quote: c.text };
  c.statusHistory.forEach((h, i) => {
    const from = i > 0 ? c.statusHistory[i - 1].status : null;
    if (!from && h.status === 'unverified') return;
    if ((since || until) && !within(h.date, since, until)) return;
    const because = movers(c, h.because, h.status).map((e) => ({ ...citeEvidence(e), who: e.whoName, kind: e.kind }));
    out.push({ claimId: c.id, date: h.date, from, to: h.status, claimant: c.claimant.name, claim, because });
  });
  return out;
}

/** A claim is live in the period when something about it (a report or evidence) is dated inside it. */
function liveIn(c: FusedClaim, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  return within(c.firstReported, since, until) || c.reports.some((r) => within(r.published, since, until)) || c.evidence.some((e) => within(e.date, since, until));
}

function casualtyRows(events: FusedEvent[]): CasualtyRow[] {
  const rows = new Map<string, CasualtyRow>();
  const add = (a: Figure | null, b: SourcedCount | null): Figure | null => {
    if (!b) return a;
    const sum = (x: number | null | undefined, y: number | null) => (x == null ? y : y == null ? x : x + y);
    return { low: sum(a?.low, b.low), best: sum(a?.best, b.best), high: sum(a?.high, b.high) };
  };
  const counted = new Map<CasualtyRow, Set<string>>();
  for (const e of events) {
    if (!e.killed && !e.injured) continue;
    const aggregate = e.scope === 'aggregate';
    const region = e.place?.admin1 ?? e.place?.name ?? 'unknown';
    // Incidents in one region add up; each aggregate tally stands alone, since it overlaps them.
    const key = aggregate ? `agg|${e.id}` : `${e.place?.country ?? ''}|${region}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { country: e.place?.country ?? null, region, aggregate, events: [], killed: null, injured: null, sources: [] }));
    row.events.push(e.id);
    // One sentence's figure counts once per row, even when extraction hung it on two events.
    const seen = counted.get(row) ?? new Set<string>();
    counted.set(row, seen);
    const docs = new Set([...(e.killed?.bySource ?? []), ...(e.injured?.bySource ?? [])].map((s) => s.documentId));
    const sentences = e.reports.filter((r) => docs.has(r.documentId)).map((r) => `${r.documentId}:${r.start}`);
    if (sentences.length && sentences.every((k) => seen.has(k))) continue;
    for (const k of sentences) seen.add(k);
    row.killed = add(row.killed, e.killed);
    row.injured = add(row.injured, e.injured);
    for (const s of [...(e.killed?.bySource ?? []), ...(e.injured?.bySource ?? [])]) {
      const r = e.reports.find((x) => x.documentId === s.documentId);
      const outlet = r?.outlet ?? s.source.replace(/^\w+:/, '');
      if (!row.sources.some((x) => x.documentId === s.documentId)) row.sources.push({ outlet, documentId: s.documentId, url: r?.url ?? null, date: s.published });
    }
  }
  const deaths = (r: CasualtyRow) => r.killed?.best ?? r.killed?.low ?? 0;
  return [...rows.values()].sort((a, b) => Number(a.aggregate) - Number(b.aggregate) || deaths(b) - deaths(a) || a.region.localeCompare(b.region));
}

/** Every document the brief can cite: reports of events and claims, and the evidence about claims (up to `until`). */
function documentsBehind(events: FusedEvent[], claims: FusedClaim[], until?: string): number {
  const ids = new Set([...events.flatMap((e) => e.reports), ...claims.flatMap((c) => c.reports)].map((r) => r.documentId));
  for (const c of claims) for (const e of c.evidence) if (!until || !e.date || e.date <= until) ids.add(e.docId);
  return ids.size;
}

const periodTitle = (since?: string, until?: string) => (since && until ? `${since} to ${until}` : since ? `from ${since}` : until ? `up to ${until}` : 'all reporting');

/** The brief for a scope: key developments, claims awaiting verification, status changes and casualties. */
export function buildBrief(state: FusedState, opts: BriefOptions = {}): Brief {
  const { since, until } = opts;
  const allById = new Map(state.events.map((e) => [e.id, e]));
  // Sorted first, so that the brief does not depend on the order the store returned records in.
  const events = [...state.events].sort((a, b) => (eventDays(a)?.start ?? '').localeCompare(eventDays(b)?.start ?? '') || a.id.localeCompare(b.id))
    .map((e) => (until ? eventAsOf(e, until) : e))
    .filter((e): e is FusedEvent => !!e && eventInScope(e, opts));
  const claims = [...state.claims].sort((a, b) => (a.firstReported ?? '').localeCompare(b.firstReported ?? '') || a.id.localeCompare(b.id))
    .map((c) => (until ? claimStateAsOf(c, until) : c))
    .filter((c): c is FusedClaim => !!c && claimMatchesPlace(c, opts, allById) && liveIn(c, since, until));

  const statusChanges = claims.flatMap((c) => statusChangesIn(c, since, until))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.claimId.localeCompare(b.claimId));

  const candidates: Bullet[] = [];
  // An event told only as a possibility ("If true, it would be …") is no development.
  for (const e of events) if (!e.hypothetical) candidates.push(eventBullet(e, eventScore(e)));
  for (const c of claims) {
    const changes = statusChanges.filter((s) => s.claimId === c.id);
    const last = changes[changes.length - 1];
    if (last) candidates.push(statusBullet(c, last, statusScore(last.to)));
    else if (within(c.firstReported, since, until) || (!since && !until)) candidates.push(newClaimBullet(c, newClaimScore(c, allById)));
  }
  candidates.sort((a, b) => b.score - a.score || (a.citations[0]?.date ?? '').localeCompare(b.citations[0]?.date ?? '') || a.id.localeCompare(b.id));

  // One bullet per sentence: an event and the claim asserting it often quote the same line.
  const keyDevelopments: Bullet[] = [];
  const used = new Set<string>();
  const claimed = new Set<string>();
  for (const b of candidates) {
    if (keyDevelopments.length >= (opts.top ?? 10)) break;
    const k = citeKey(b.citations[0]);
    if (used.has(k)) continue;
    // An event already told through the claim about it adds nothing unless people died in it.
    if (b.kind === 'event' && claimed.has(b.id) && !(allById.get(b.id)?.killed?.best)) continue;
    used.add(k);
    keyDevelopments.push(b);
    if (b.kind !== 'event') for (const id of claims.find((c) => c.id === b.id)?.events ?? []) claimed.add(id);
  }

  const pending = claims.filter((c) => c.status === 'unverified')
    .map((c): AwaitingClaim => ({
      id: c.id, claimant: c.claimant.name, side: c.claimant.side, firstReported: c.firstReported, reports: c.reports.length,
      stories: new Set(c.reports.map((r) => r.copyGroup)).size,
      citation: c.reports[0] ? citeReport(c.reports[0]) : { outlet: null, date: c.firstReported, url: null, documentId: '', start: 0, end: 0, quote: c.text },
    }))
    .sort((a, b) => b.stories - a.stories || (a.firstReported ?? '').localeCompare(b.firstReported ?? '') || a.id.localeCompare(b.id));

  return {
    title: `Situation brief: ${periodTitle(since, until)}`,
    period: { since: since ?? null, until: until ?? null },
    scope: Object.fromEntries(Object.entries({ since, until, country: opts.country, region: opts.region, type: opts.type }).filter(([, v]) => v != null)) as Scope,
    counts: { events: events.length, claims: claims.length, reports: documentsBehind(events, claims, until) },
    keyDevelopments,
    awaitingVerification: pending.slice(0, opts.awaiting ?? 25),
    awaitingTotal: pending.length,
    statusChanges,
    casualties: casualtyRows(events.filter((e) => !e.hypothetical)),
  };
}

// ---------- rendering ----------

const fig = (n: number | null | undefined) => (n == null ? '–' : String(n));

/** Markdown: escape what would turn a quote into markup; numbers and letters pass untouched. */
export const mdEscape = (s: string) => oneLine(s).replace(/([\\`*_[\]<>|#])/g, '\\$1');

/** A link only for a web URL (as a CommonMark <destination>, so parentheses in it are safe); else the label alone. */
const mdLink = (label: string, url: string | null) => (url && /^https?:\/\//i.test(url) ? `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : label);

export function citationMd(c: Citation): string {
  return `${mdLink(mdEscape(`${c.outlet ?? 'unknown outlet'}, ${c.date ?? 'undated'}`), c.url)} \`${c.documentId}:${c.start}–${c.end}\``;
}

const mdCites = (cs: Citation[]) => cs.map(citationMd).join(' · ');

export function briefToMarkdown(b: Brief): string {
  const out: string[] = [`# ${mdEscape(b.title)}`, ''];
  const filters = [b.scope.country && `country ${b.scope.country}`, b.scope.region && `region “${b.scope.region}”`, b.scope.type && `type ${b.scope.type}`].filter(Boolean);
  out.push(`${b.counts.events} events and ${b.counts.claims} claims from ${b.counts.reports} documents${filters.length ? `; ${mdEscape(filters.join(', '))}` : ''}. Each bullet quotes the sentences it rests on; citations give outlet, date, link and \`document:start–end\`.`, '');
  out.push('## Key developments', '');
  if (!b.keyDevelopments.length) out.push('Nothing in this period.');
  for (const d of b.keyDevelopments) out.push(`- ${mdEscape(d.text)} — ${mdCites(d.citations)}`);
  out.push('', '## Claims awaiting verification', '');
  if (!b.awaitingVerification.length) out.push('None.');
  for (const a of b.awaitingVerification) out.push(`- ${mdEscape(a.claimant)}${a.side ? ` (${mdEscape(a.side)})` : ''}: “${mdEscape(a.citation.quote)}” — ${a.stories} ${a.stories === 1 ? 'story' : 'stories'}; ${citationMd(a.citation)}`);
  if (b.awaitingTotal > b.awaitingVerification.length) out.push(`- … and ${b.awaitingTotal - b.awaitingVerification.length} more (\`sitrep claims --status unverified\`)`);
  out.push('', '## Status changes', '');
  if (!b.statusChanges.length) out.push('None in this period.');
  for (const s of b.statusChanges) {
    const why = s.because.map((x) => `${mdEscape(x.who)} (${x.kind}): “${mdEscape(x.quote)}” ${citationMd(x)}`).join('; ');
    out.push(`- ${s.date ?? 'undated'}: ${s.from ?? 'new'} → **${s.to}** — ${mdEscape(s.claimant)}: “${mdEscape(s.claim.quote)}” ${citationMd(s.claim)}${why ? ` — because ${why}` : ''}`);
  }
  out.push('', '## Casualties by region', '');
  if (!b.casualties.length) out.push('No casualty figures in this period.');
  else {
    out.push('Incidents in one region are added up; each source’s figure is kept apart (low = lowest reported, best = latest, high = highest). Aggregate tallies overlap the incidents and are not added.', '');
    out.push('| region | country | events | killed low | best | high | injured low | best | high | sources |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of b.casualties) {
      const src = r.sources.map((s) => mdLink(mdEscape(s.outlet), s.url)).join(', ');
      out.push(`| ${mdEscape(r.region)}${r.aggregate ? ' (aggregate)' : ''} | ${r.country ?? ''} | ${r.events.length} | ${fig(r.killed?.low)} | ${fig(r.killed?.best)} | ${fig(r.killed?.high)} | ${fig(r.injured?.low)} | ${fig(r.injured?.best)} | ${fig(r.injured?.high)} | ${src} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

export const htmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Only web links become links; anything else (a file path, javascript:) stays text. */
const safeHref = (u: string | null) => (u && /^https?:\/\/[^\s"'<>]+$/i.test(u) ? u : null);

export function citationHtml(c: Citation): string {
  const label = htmlEscape(`${c.outlet ?? 'unknown outlet'}, ${c.date ?? 'undated'}`);
  const href = safeHref(c.url);
  const where = `<span class="span">${htmlEscape(`${c.documentId}:${c.start}–${c.end}`)}</span>`;
  return `<cite>${href ? `<a href="${htmlEscape(href)}">${label}</a>` : label} ${where}</cite>`;
}

function segmentsHtml(b: Bullet): string {
  return b.segments.map((s) => (s.cite == null ? htmlEscape(s.text) : `<span class="quoted">${htmlEscape(s.text)}</span>`)).join('');
}

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
ul { padding-left: 1.2rem; } li { margin: .35rem 0; }
.quoted { font-style: italic; } cite { font-style: normal; font-size: .85em; color: #444; white-space: nowrap; }
cite + cite::before { content: " · "; } .span { font-family: ui-monospace, monospace; font-size: .8em; color: #777; }
.status { font-weight: 600; text-transform: uppercase; font-size: .8em; letter-spacing: .03em; }
table { border-collapse: collapse; width: 100%; font-size: .9em; } th, td { border: 1px solid #ddd; padding: .25rem .4rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } tr.aggregate td { color: #555; font-style: italic; }
.note { color: #555; font-size: .9em; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; color: #000; }
  a { color: #000; text-decoration: none; } a[href]::after { content: " <" attr(href) ">"; font-size: .8em; word-break: break-all; }
  cite { white-space: normal; } h2 { break-after: avoid; } li, tr { break-inside: avoid; }
}`;

/** One self-contained page: inline CSS, no scripts, nothing fetched; the only links are the citations. */
export function briefToHtml(b: Brief): string {
  const e = htmlEscape;
  const li = (inner: string) => `<li>${inner}</li>`;
  const kd = b.keyDevelopments.map((d) => li(`${segmentsHtml(d)} — ${d.citations.map(citationHtml).join(' ')}`));
  const aw = b.awaitingVerification.map((a) => li(`${e(a.claimant)}${a.side ? ` (${e(a.side)})` : ''}: “<span class="quoted">${e(oneLine(a.citation.quote))}</span>” — ${a.stories} ${a.stories === 1 ? 'story' : 'stories'} ${citationHtml(a.citation)}`));
  if (b.awaitingTotal > b.awaitingVerification.length) aw.push(li(`… and ${b.awaitingTotal - b.awaitingVerification.length} more`));
  const sc = b.statusChanges.map((s) => li(`${e(s.date ?? 'undated')}: ${e(s.from ?? 'new')} → <span class="status">${e(s.to)}</span> — ${e(s.claimant)}: “<span class="quoted">${e(oneLine(s.claim.quote))}</span>” ${citationHtml(s.claim)}${s.because.length ? ` — because ${s.because.map((x) => `${e(x.who)} (${e(x.kind)}): “<span class="quoted">${e(oneLine(x.quote))}</span>” ${citationHtml(x)}`).join('; ')}` : ''}`));
  const rows = b.casualties.map((r) => `<tr${r.aggregate ? ' class="aggregate"' : ''}><td>${e(r.region)}${r.aggregate ? ' (aggregate)' : ''}</td><td>${e(r.country ?? '')}</td><td class="n">${r.events.length}</td>${[r.killed?.low, r.killed?.best, r.killed?.high, r.injured?.low, r.injured?.best, r.injured?.high].map((n) => `<td class="n">${fig(n)}</td>`).join('')}<td>${r.sources.map((s) => { const h = safeHref(s.url); return h ? `<a href="${e(h)}">${e(s.outlet)}</a>` : e(s.outlet); }).join(', ')}</td></tr>`);
  const list = (items: string[], empty: string) => (items.length ? `<ul>\n${items.join('\n')}\n</ul>` : `<p class="note">${empty}</p>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(b.title)}</title>
<style>${CSS}
</style>
</head>
<body>
<header><h1>${e(b.title)}</h1>
<p class="note">${b.counts.events} events and ${b.counts.claims} claims from ${b.counts.reports} documents. Each bullet quotes the sentences it rests on; citations give outlet, date, link and document:start–end.</p></header>
<section><h2>Key developments</h2>
${list(kd, 'Nothing in this period.')}</section>
<section><h2>Claims awaiting verification</h2>
${list(aw, 'None.')}</section>
<section><h2>Status changes</h2>
${list(sc, 'None in this period.')}</section>
<section><h2>Casualties by region</h2>
${rows.length ? `<p class="note">Incidents in one region are added up; low = lowest reported figure, best = latest, high = highest. Aggregate tallies overlap the incidents and are not added.</p>
<table><thead><tr><th>region</th><th>country</th><th>events</th><th>killed low</th><th>best</th><th>high</th><th>injured low</th><th>best</th><th>high</th><th>sources</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>` : '<p class="note">No casualty figures in this period.</p>'}</section>
</body>
</html>
`;
}

export const briefToJson = (b: Brief): string => `${JSON.stringify(b, null, 2)}\n`;

import { createHash } from 'node:crypto';
import type { Analysis, Claim, Count, DateRange, Event, EventType } from '../extract/types.js';
import { actorKey } from '../resolve/actors.js';
import { codesFor, familyOf } from '../extract/events.js';
import { topicWords } from '../extract/refine/attach-verifications.js';
import { modeOf } from '../extract/refine/cross-claims.js';
import { nameKey } from '../resolve/normalise.js';
import { nearDuplicateGroups, sketch } from './near-duplicates.js';
import { compatibleActors, compatiblePlaces, compatibleTypes, dateSlack, sameEvent, withDays, type EventReport } from './same-event.js';
import { reportSource, type ReportSource } from './sources.js';
import { incidentDated } from './reported-dates.js';
import { claimFronts, concedesAttack, counterAccount, namesNoOne, rebutsAdvance, refersBack, specificNames } from './claim-rules.js';
import { hypothetical, listedAsOne, listedTogether, namedAsDirection, placedByMetonymy, withNamedRegions } from './readings.js';
import { asFusionInput, multiRegionTolls, sameTally, tallyPlace } from './tallies.js';
import { isIndependentType, opposing, statusHistory, type Evidence, type EvidenceKind, type FusedStatus, type StatusChange } from './status.js';

/** One report behind a fused record: which document, where, and the exact sentence. */
export interface Report {
  documentId: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  quote: string;
  start: number;
  end: number;
  /** Which finding of the document this is: its index in the analysis' events (or claims). One sentence can hold several. */
  finding: number;
  /** Independence family (wire, outlet, domain, or unknown:<doc>). */
  source: string;
  /** Documents that are near-duplicate copies of one story share a group. */
  copyGroup: string;
}

export interface SourcedCount {
  low: number | null;
  best: number | null;
  high: number | null;
  bySource: { source: string; documentId: string; published: string | null; min: number | null; max: number | null }[];
}

export interface FusedEvent {
  id: string;
  type: EventType;
  subtype: string | null;
  actor: string | null;
  place: Event['place'];
  date: DateRange | null;
  scope: Event['scope'];
  killed: SourcedCount | null;
  injured: SourcedCount | null;
  reports: Report[];
  /** Independent families behind it (wire copies and one outlet's several stories count once). */
  sourceCount: number;
  /** Every report tells of it only as a possibility ("If true, it would be the first time …"). */
  hypothetical?: boolean;
  acled: Event['acled'];
  plover: Event['plover'];
}

export interface FusedClaim {
  id: string;
  claimant: { name: string; actorId: string | null; side: string | null; type: string | null };
  text: string;
  /** What is asserted, without the attribution ("its troops had captured Zelenyi Kut"), as the first report words it. */
  assertion?: string;
  events: string[];
  reports: (Report & { claimant: string })[];
  evidence: Evidence[];
  status: FusedStatus;
  statusHistory: StatusChange[];
  firstReported: string | null;
}

export interface FusedState {
  events: FusedEvent[];
  claims: FusedClaim[];
}

/** Bumped whenever the fusion rules change what they produce: a store fused by other rules is re-fused whole. */
export const FUSION_VERSION = 6;

const hashId = (prefix: string, s: string) => `${prefix}${createHash('sha256').update(s).digest('hex').slice(0, 12)}`;
const byDate = (a: { published: string | null; docId: string }, b: { published: string | null; docId: string }) =>
  (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.docId.localeCompare(b.docId);

/** Union–find over 0..n−1 with path compression; the smaller index is always the root, so results don't depend on order. */
class IndexUnionFind {
  private p: Int32Array;
  constructor(n: number) { this.p = new Int32Array(n); for (let i = 0; i < n; i++) this.p[i] = i; }
  find(x: number): number {
    let r = x;
    while (this.p[r] !== r) r = this.p[r];
    while (x !== r) { const next = this.p[x]; this.p[x] = r; x = next; }
    return r;
  }
  same(a: number, b: number): boolean { return this.find(a) === this.find(b); }
  union(a: number, b: number): void { const ra = this.find(a); const rb = this.find(b); if (ra !== rb) { if (ra < rb) this.p[rb] = ra; else this.p[ra] = rb; } }
}

/** Union–find over string keys (add a key before asking for it). */
export class UnionFind {
  private p = new Map<string, string>();
  add(x: string) { if (!this.p.has(x)) this.p.set(x, x); }
  find(x: string): string {
    let r = x;
    while (this.p.get(r) !== r) r = this.p.get(r)!;
    // Full path compression: every node on the way now points at the root.
    while (x !== r) { const next = this.p.get(x)!; this.p.set(x, r); x = next; }
    return r;
  }
  same(a: string, b: string): boolean { return this.find(a) === this.find(b); }
  /** The smaller key names the union, so the result is the same in any input order. */
  union(a: string, b: string) { const ra = this.find(a); const rb = this.find(b); if (ra !== rb) { if (ra < rb) this.p.set(rb, ra); else this.p.set(ra, rb); } }
}

/** Blocking key: only reports in the same block are compared (and incremental fusion recomputes only touched blocks). */
export function blockOf(e: Event): string | null {
  if (!e.place || !e.place.country) return null;
  return e.scope === 'aggregate' ? null : `${e.place.country}|${e.place.admin1 ?? (e.place.kind === 'country' ? '*' : nameKey(e.place.name))}`;
}

/** The widest date slack of any event kind (territorial claims are repeated for days). */
const MAX_SLACK_DAYS = 3;

const isPoint = (e: Event) => e.place?.kind === 'city' || e.place?.kind === 'facility';

function sourcedCount(reports: EventReport[], pick: (e: Event) => Count | null, sources: Map<string, ReportSource>): SourcedCount | null {
  // A toll given for several places at once is not this incident's own figure.
  // An aggregate's own figure is the shared toll, told once per sentence however many places it names.
  const aggregate = reports.some((r) => r.event.scope === 'aggregate');
  const told = new Set<string>();
  const rows = reports
    .filter((r) => aggregate || !r.event.tollShared)
    .filter((r) => { const k = `${r.docId}:${r.event.sentence}`; if (told.has(k)) return false; told.add(k); return true; })
    .map((r) => ({ r, c: pick(r.event) })).filter((x) => x.c && (x.c.min != null || x.c.max != null));
  if (!rows.length) return null;
  const mins = rows.map((x) => x.c!.min).filter((n): n is number => n != null);
  const highs = rows.map((x) => x.c!.max ?? x.c!.min).filter((n): n is number => n != null);
  // Tolls rise as bodies are found: the latest day's highest figure is the best estimate; never a sum.
  const dayOf = (p: string | null) => (p ?? '').slice(0, 10);
  const lastDay = rows.map((x) => dayOf(x.r.published)).sort().at(-1);
  const latest = rows.filter((x) => dayOf(x.r.published) === lastDay).map((x) => x.c!.min ?? x.c!.max).filter((n): n is number => n != null);
  return {
    low: mins.length ? Math.min(...mins) : null,
    best: latest.length ? Math.max(...latest) : null,
    high: highs.length ? Math.max(...highs) : null,
    bySource: rows.map((x) => ({ source: sources.get(x.r.docId)!.key, documentId: x.r.docId, published: x.r.published, min: x.c!.min, max: x.c!.max })),
  };
}

const SPECIFIC: EventType[] = ['drone_attack', 'shelling', 'strike', 'infrastructure_damage', 'civilian_casualties', 'territorial_claim', 'ground_advance', 'airport_disruption', 'talks', 'other'];

function summarise(members: EventReport[], docs: Map<string, Analysis>, sources: Map<string, ReportSource>, copies: Map<string, string>, speakers: Set<EventReport>): FusedEvent {
  members.sort(byDate);
  const first = members[0];
  const typeCount = new Map<EventType, number>();
  // A report placed only by its speaker ("Ukraine's General Staff disputes …") joined the incident its document
  // told; it does not get a vote on what kind of incident that was.
  for (const m of members) if (!speakers.has(m)) typeCount.set(m.event.type, (typeCount.get(m.event.type) ?? 0) + 1);
  const type = [...typeCount.entries()].sort((a, b) => b[1] - a[1] || SPECIFIC.indexOf(a[0]) - SPECIFIC.indexOf(b[0]))[0][0];
  const rank = (e: Event) => (!e.place?.country ? 3 : e.place.kind === 'city' || e.place.kind === 'facility' ? 0 : e.place.kind === 'region' ? 1 : 2);
  const placed = [...members].sort((a, b) => rank(a.event) - rank(b.event) || byDate(a, b))[0].event;
  // The narrowest date an incident's own words give; a dispatch's or speaker's day only when nothing else dates it.
  const spoken = (m: EventReport) => (m.dateOrigin && m.dateOrigin !== 'incident' ? 1 : 0);
  const dated = [...members].filter((m) => m.event.date).sort((a, b) => {
    const len = (e: Event) => Date.parse(e.date!.end) - Date.parse(e.date!.start);
    return spoken(a) - spoken(b) || len(a.event) - len(b.event) || byDate(a, b);
  })[0]?.event.date ?? null;
  // A round of talks told on each of its days spans them all.
  const span = familyOf(type) === 'talks' ? members.filter((m) => m.event.date).map((m) => m.event.date!) : [];
  const date = span.length > 1 && dated
    ? { ...dated, start: span.map((d) => d.start).sort()[0], end: span.map((d) => d.end).sort().at(-1)! }
    : dated;
  const reports: Report[] = members.map((m) => {
    const d = docs.get(m.docId)!.document;
    return { documentId: d.id, url: d.url, outlet: d.outlet, published: d.published, quote: m.event.quote.text, start: m.event.quote.start, end: m.event.quote.end, finding: m.idx, source: sources.get(d.id)!.key, copyGroup: copies.get(d.id) ?? d.id };
  });
  // Drones only downed, if every report says so; a report of a hit makes it an attack that happened.
  const subtype = first.event.subtype === 'interception' && !members.every((m) => m.event.subtype === 'interception') ? null : first.event.subtype;
  const families = new Set(reports.map((r) => `${r.source}`));
  const copyGroups = new Set(reports.map((r) => r.copyGroup));
  return {
    id: hashId('ev-', `${first.docId}:${first.idx}`),
    type,
    subtype,
    actor: members.map((m) => m.event.actor).find(Boolean) ?? null,
    place: first.event.scope === 'aggregate' ? tallyPlace(members) : placed.place,
    date,
    scope: first.event.scope,
    killed: sourcedCount(members, (e) => e.killed, sources),
    injured: sourcedCount(members, (e) => e.injured, sources),
    reports,
    sourceCount: Math.min(families.size, copyGroups.size),
    ...(members.every((m) => hypothetical(m.event)) ? { hypothetical: true } : {}),
    // Codes follow the fused type, from the one table (not whichever report came first).
    ...codesFor(type, type === 'other' || subtype === 'interception' ? subtype : null),
  };
}

/** Event coreference: union–find over compatible reports, block by block. */
export function fuseEvents(analyses: Analysis[], sources: Map<string, ReportSource>, copies: Map<string, string>, only?: FuseOnly): { events: FusedEvent[]; eventOf: Map<string, string> } {
  const docs = new Map(analyses.map((a) => [a.document.id, a]));
  const eventOf = new Map<string, string>();
  const blocks = new Map<string, EventReport[]>();
  const loose: EventReport[] = [];
  /** Reports placed only by a government or army named as the place (placedByMetonymy). */
  const speakers = new Set<EventReport>();
  for (const a of analyses) {
    const multiRegion = multiRegionTolls(a.events);
    withNamedRegions(a.events).forEach((event, idx) => {
      // "Moscow escalated strikes", "Ukraine's General Staff said …": the government, not a place where something
      // happened. Such a report is placed nowhere: it is its document's one incident of its kind on its days, if
      // there is one, and is dropped otherwise (below).
      const metonymic = placedByMetonymy(event);
      if (only && !only.event(a.document.id, idx)) {
        const fixed = only.fixedEvent?.(a.document.id, idx);
        if (fixed) eventOf.set(`${a.document.id}:${idx}`, fixed);
        return;
      }
      // Dates read as the incident's (not a dateline's or a speaker's); multi-place tolls and exchanges read for what they are.
      const dated = incidentDated(event);
      const read = asFusionInput(dated.event, multiRegion);
      const r: EventReport = withDays({ docId: a.document.id, idx, published: a.document.published, event: metonymic ? { ...read, place: null } : read, dateOrigin: dated.origin });
      if (metonymic) speakers.add(r);
      // A town named as a front's direction is not where an incident happened: such a report is compared only with
      // its sentence's other directions (the sentence rule below), never with the town's own incidents.
      const b = namedAsDirection(r.event) ? `direction|${r.docId}|${r.event.sentence}` : blockOf(r.event);
      if (b) { let l = blocks.get(b); if (!l) blocks.set(b, (l = [])); l.push(r); } else loose.push(r);
    });
  }
  const key = (r: EventReport) => `${r.docId}:${String(r.idx).padStart(4, '0')}`;
  const uf = new UnionFind();
  // No chaining over time: every report of one incident shares a day with every other (give or take the
  // slack), so daily reports of "fighting near Pokrovsk" don't grow into one event spanning months.
  // Each cluster keeps its latest start and earliest end; two clusters join only if, together, the latest
  // start is at most the slack after the earliest end.
  const common = new Map<string, [number, number]>();
  const commonOf = (root: string, r: EventReport): [number, number] => common.get(root) ?? [r.start!, r.end!];
  const join = (a: EventReport, b: EventReport): boolean => {
    const ra = uf.find(key(a));
    const rb = uf.find(key(b));
    if (ra === rb) return true;
    const [loA, hiA] = commonOf(ra, a);
    const [loB, hiB] = commonOf(rb, b);
    const lo = Math.max(loA, loB);
    const hi = Math.min(hiA, hiB);
    if (lo > hi + Math.max(dateSlack(a.event), dateSlack(b.event))) return false;
    uf.union(ra, rb);
    // With slack, lo may pass hi: kept as is, it still bounds how far apart any two reports are.
    common.set(uf.find(ra), [lo, hi]);
    return true;
  };
  const startDay = (r: EventReport) => r.start!;
  const endDay = (r: EventReport) => r.end!;
  for (const list of [...blocks.values()]) {
    for (const r of list) uf.add(key(r));
    // Reports that say exactly the same thing (kind, place, dates; attacker for regions) are one incident
    // without further ado: union them by signature, then compare only one representative of each.
    const bySignature = new Map<string, EventReport[]>();
    const reps: EventReport[] = [];
    for (const r of list) {
      const e = r.event;
      const sig = `${familyOf(e.type)}|${e.type === 'other' ? e.subtype : ''}|${isPoint(e)}|${e.place ? nameKey(e.place.name) : ''}|${r.start}|${r.end}|${isPoint(e) ? '' : e.actor ?? ''}`;
      // Two representatives from different documents: one document's reports never match each other (sameEvent),
      // so a lone representative could not meet another signature's representative from its own document.
      const sigReps = bySignature.get(sig);
      if (sigReps) join(sigReps[0], r);
      if (!sigReps) { bySignature.set(sig, [r]); reps.push(r); }
      else if (sigReps.length < 2 && sigReps[0].docId !== r.docId) { sigReps.push(r); reps.push(r); }
    }
    // Sorted by start date, each representative meets only those that start before it ends (plus the
    // widest slack): about n·k comparisons, not n².
    reps.sort((a, b) => startDay(a) - startDay(b) || byDate(a, b) || a.idx - b.idx);
    for (let i = 0; i < reps.length; i++) {
      const limit = endDay(reps[i]) + MAX_SLACK_DAYS;
      for (let j = i + 1; j < reps.length && startDay(reps[j]) <= limit; j++) {
        const a = reps[i];
        const b = reps[j];
        if (isPoint(a.event) !== isPoint(b.event)) continue;
        if (sameEvent(a, b)) join(a, b);
      }
    }
    // A region-level report joins a point cluster only when exactly one cluster fits it.
    const points = reps.filter((x) => isPoint(x.event));
    for (const r of reps.filter((x) => !isPoint(x.event))) {
      const lo = startDay(r) - MAX_SLACK_DAYS;
      const hi = endDay(r) + MAX_SLACK_DAYS;
      const fit = points.filter((p) => endDay(p) >= lo && startDay(p) <= hi && sameEvent(r, p) && compatiblePlaces(r.event.place, p.event.place));
      const fits = new Set(fit.map((p) => uf.find(key(p))));
      if (fits.size === 1) join(r, fit[0]);
    }
  }
  // "Air defences shot down 61 drones over the Kursk, Bryansk … and Moscow regions": one night's raid, told once for
  // every region the drones were downed over, is one incident however many regions its sentence names.
  const raids = new Map<string, EventReport>();
  for (const list of blocks.values()) for (const r of list) {
    if (r.event.subtype !== 'interception') continue;
    const k = `${r.docId}:${r.event.sentence}`;
    const first = raids.get(k);
    if (first) join(first, r);
    else raids.set(k, r);
  }
  for (const r of loose) uf.add(key(r));
  // A report placed nowhere on land ("the Black Sea port city of Odesa" read as the Black Sea) is the same
  // incident as its sentence's report of the same kind and days that is placed in a country.
  const placedBySentence = new Map<string, EventReport[]>();
  const placedByDoc = new Map<string, EventReport[]>();
  for (const list of blocks.values()) for (const r of list) {
    const k = `${r.docId}:${r.event.sentence}`;
    let l = placedBySentence.get(k); if (!l) placedBySentence.set(k, (l = [])); l.push(r);
    // Towns and facilities only, by document, country and kind of event: what a region- or country-level report can join.
    // (and by document and kind alone, for a country its sentence does not name: the document's default, which
    // may be the speaker's country and not the target's).
    if (isPoint(r.event) && r.event.scope === 'incident') {
      for (const dk of [`${r.docId}|${r.event.place!.country}|${familyOf(r.event.type)}`, `${r.docId}|*|${familyOf(r.event.type)}`]) {
        let d = placedByDoc.get(dk); if (!d) placedByDoc.set(dk, (d = [])); d.push(r);
      }
    }
  }
  // Airports closed "at Vnukovo, Domodedovo and Zhukovsky" in one sentence: one development, not three. So are
  // the attacks that sentence places at those airports ("drone raids forced Rosaviatsia to restrict flights at
  // Moscow's Vnukovo, Domodedovo and Zhukovsky"): one raid named as the cause, not a raid on each airport.
  // Likewise ground gained "near Andriivka and Yablunivka" (one push), and fighting "on the Pokrovsk and
  // Novopavlivka directions" (one front report, whatever its kind: the towns name the front's sectors).
  for (const list of placedBySentence.values()) {
    const closed = new Set(list.filter((r) => listedTogether(r.event)).map((r) => nameKey(r.event.place!.name)));
    const incidents = list.filter((r) => r.event.scope === 'incident');
    const named = (r: EventReport) => closed.has(nameKey(r.event.place!.name)) || namedAsDirection(r.event);
    for (let i = 0; i < incidents.length; i++) for (let j = i + 1; j < incidents.length; j++) {
      const x = incidents[i]; const y = incidents[j];
      if (!listedAsOne(x.event, y.event) && !(named(x) && named(y))) continue;
      if (compatibleTypes(x.event, y.event) && compatibleActors(x.event, y.event) && x.start === y.start && x.end === y.end) uf.union(key(x), key(y));
    }
  }
  // A report placed only in a country its sentence does not name ("Explosions were recorded on the plant's
  // territory"), or only in a region ("a drone strike on a settlement in Kursk Region"), is its document's one
  // incident of that kind in a town of that country or region on those days, if there is exactly one.
  for (const list of placedBySentence.values()) for (const r of list) {
    const p = r.event.place;
    if (!p || r.event.scope !== 'incident' || isPoint(r.event)) continue;
    if (p.kind === 'country' && r.event.quote.text.includes(p.mention)) continue;
    const fits = new Set<string>();
    let fit: EventReport | null = null;
    const within = p.kind === 'country' ? '*' : p.country;
    for (const o of placedByDoc.get(`${r.docId}|${within}|${familyOf(r.event.type)}`) ?? []) {
      if (!compatibleTypes(o.event, r.event)) continue;
      if (p.kind !== 'country' && !compatiblePlaces(p, o.event.place)) continue;
      if (o.start! > r.end! || r.start! > o.end!) continue;
      fits.add(uf.find(key(o))); fit = o;
    }
    if (fits.size === 1 && fit) uf.union(key(fit), key(r));
  }
  for (const r of loose) {
    if (r.event.scope !== 'incident' || r.event.place?.country) continue;
    const twin = placedBySentence.get(`${r.docId}:${r.event.sentence}`)?.find((p) => compatibleTypes(p.event, r.event) && p.start === r.start && p.end === r.end);
    if (twin) { uf.union(key(twin), key(r)); continue; }
    if (!speakers.has(r)) continue;
    const fit = (placedByDoc.get(`${r.docId}|*|${familyOf(r.event.type)}`) ?? [])
      .filter((o) => compatibleTypes(o.event, r.event) && o.start! <= r.end! && r.start! <= o.end!);
    // "… said its forces hit the plant": the plant its document told of last, before this sentence.
    const told = refersBack(r.event.quote.text)
      ? fit.filter((o) => o.event.sentence < r.event.sentence).sort((x, y) => y.event.sentence - x.event.sentence)[0] : undefined;
    if (told) uf.union(key(told), key(r));
    else if (new Set(fit.map((o) => uf.find(key(o)))).size === 1) uf.union(key(fit[0]), key(r));
  }
  // One tally told by several outlets (or split by place within one sentence) is one aggregate record.
  const tallies = new Map<string, EventReport[]>();
  for (const r of loose) {
    const k = r.event.killed?.min ?? r.event.injured?.min;
    if (r.event.scope !== 'aggregate' || k == null || !r.event.place?.country) continue;
    const b = String(k);
    let l = tallies.get(b); if (!l) tallies.set(b, (l = [])); l.push(r);
  }
  // Sorted by start day, each report meets only those that start before it ends (plus a day): not n² per figure.
  for (const list of tallies.values()) {
    list.sort((a, b) => a.start! - b.start! || key(a).localeCompare(key(b)));
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length && list[j].start! <= list[i].end! + 1; j++) {
      if (sameTally(list[i], list[j])) uf.union(key(list[i]), key(list[j]));
    }
  }
  const clusters = new Map<string, EventReport[]>();
  for (const r of [...[...blocks.values()].flat(), ...loose]) {
    const root = uf.find(key(r));
    let l = clusters.get(root);
    if (!l) clusters.set(root, (l = []));
    l.push(r);
  }
  const events: FusedEvent[] = [];
  for (const members of clusters.values()) {
    if (members.every((m) => speakers.has(m))) continue; // placed by metonymy only: no incident of its own
    const f = summarise(members, docs, sources, copies, speakers);
    events.push(f);
    for (const m of members) eventOf.set(`${m.docId}:${m.idx}`, f.id);
  }
  events.sort((a, b) => (a.date?.start ?? '').localeCompare(b.date?.start ?? '') || a.id.localeCompare(b.id));
  return { events, eventOf };
}

/** A sentence that sets two accounts against each other. */
const CONTRAST = /\b(while|whereas|but|however|although)\b/i;

/** The words that say what a claim is about (three letters or more, no function words), for comparing claims. */
export const contentWords = (s: string) => new Set((nameKey(s).match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOP.has(w)));
const STOP = new Set('the and that with from have has had its their said says were was will would been this into after before over about they them than also which while could said'.split(' '));
/**
 * How many of their words two claims by one speaker must share (of all their words) to be the same claim told
 * twice: a quarter, since outlets paraphrase ("not faced such an intense attack since the full-scale invasion" /
 * "the most powerful attack since the beginning of the full-scale invasion"). The store's search for the claims a
 * new one can join uses the same figure (a claim sharing that share of all words shares at least it of its own).
 */
export const SAME_WORDS = 0.25;
/** The numbers a claim states ("61 drones", "up to 425 servicemen"). */
const numbersIn = (s: string): Set<string> => new Set(s.match(/\b\d[\d,.]*\b/g)?.map((n) => n.replace(/,/g, '')) ?? []);
/** Two claims that both state figures, none of them the same, are two claims (daily tallies: 61 drones, then 102). */
const sameNumbers = (a: Set<string>, b: Set<string>) => !a.size || !b.size || [...a].some((n) => b.has(n));
const jaccard = (a: Set<string>, b: Set<string>) => { let n = 0; for (const x of a) if (b.has(x)) n++; return n / (a.size + b.size - n || 1); };

/** `evidence`: read as evidence about its incidents only; it joins no group and makes no record (incremental fusion's context). */
interface ClaimRef {
  a: Analysis; c: Claim; idx: number; fusedEvents: string[]; evidence?: boolean;
  /** Day number of the document's publication; NaN when undated. */
  day: number;
}

/**
 * What a claim asserts, as written. Read from its quote, which holds it (the extractor's invariant, tested
 * in test/extract/claims.test.ts), so fusion needs a claim and not its document's whole text.
 */
export const claimContent = (c: Claim): string => c.quote.text.slice(c.content.start - c.quote.start, c.content.end - c.quote.start);

/** Who speaks, as a key: the actor when the registry knows it, else the name as written, normalised. */
export const speakerKey = (c: Claim): string => c.claimant.actor?.id ?? actorKey(c.claimant.name);

const sideOf = (c: Claim): string => c.claimant.actor?.side ?? `speaker:${speakerKey(c)}`;
export const DENIAL_VERBS = new Set(['denied', 'denies', 'deny', 'dismissed', 'rejected', 'refuted']);
/** Claims that answer another account: a rebuttal with an account of its own, or a bare denial. */
const REBUTTAL_RULES = new Set(['rebuttal', 'denial']);
/** A claim made with a denial verb ("Moscow denied …") answers another claim rather than asserting its own. */
export const isDenial = (c: Claim): boolean => DENIAL_VERBS.has(c.verb);

/**
 * Claim matching and status. A fused claim is one side's assertion: claims of the same side that assert
 * the same fused event, or the same speaker saying the same thing in several documents. Claims by
 * others about the same event are evidence: the opposing side asserting it confirms it, an independent
 * source corroborates it, a denial denies it; media and the claimant's own side only echo it.
 */
export function fuseClaims(analyses: Analysis[], eventOf: Map<string, string>, eventTypes: Map<string, EventType>, sources: Map<string, ReportSource>, copies: Map<string, string>, only?: FuseOnly, tallies: Set<string> = new Set()): FusedClaim[] {
  const refs: ClaimRef[] = [];
  for (const a of [...analyses].sort((x, y) => byDate({ published: x.document.published, docId: x.document.id }, { published: y.document.published, docId: y.document.id }))) {
    // An undated report has no day; it neither stretches nor limits a group's span (NaN compares false in the windows below).
    const published = a.document.published ? Date.parse(a.document.published) / 864e5 : NaN;
    a.claims.forEach((c, idx) => {
      const evidence = !!only && !only.claim(a.document.id, idx);
      if (evidence && !only.evidenceClaim?.(a.document.id, idx)) return;
      const fusedEvents = c.events.map((e) => eventOf.get(`${a.document.id}:${e}`) ?? only?.fixedEvent?.(a.document.id, e) ?? null);
      refs.push({ a, c, idx, evidence, day: published, fusedEvents: [...new Set(fusedEvents.filter((x): x is string => !!x))] });
    });
  }
  // Claims are numbered in (date, document, position) order; the smaller number names a union.
  const index = new Map<ClaimRef, number>();
  refs.forEach((r, i) => index.set(r, i));
  const uf = new IndexUnionFind(refs.length);
  const k = (r: ClaimRef) => index.get(r)!;
  const contents = refs.map((r) => claimContent(r.c));
  const words = contents.map(contentWords);
  const nums = contents.map(numbersIn);
  const speaker = (r: ClaimRef) => speakerKey(r.c);
  const byEventSide = new Map<string, ClaimRef[]>();
  const byEvent = new Map<string, ClaimRef[]>();
  const bySpeaker = new Map<string, number[]>();
  refs.forEach((r, i) => {
    const denial = DENIAL_VERBS.has(r.c.verb);
    for (const e of r.fusedEvents) {
      let l = byEvent.get(e); if (!l) byEvent.set(e, (l = [])); l.push(r);
      if (denial || r.evidence) continue; // "Moscow denied the strike" is evidence about Kyiv's claim, not a claim of its own about the event
      const key = `${e}|${sideOf(r.c)}`;
      let m = byEventSide.get(key); if (!m) byEventSide.set(key, (m = [])); m.push(r);
    }
    if (r.evidence) return;
    let l = bySpeaker.get(speaker(r)); if (!l) bySpeaker.set(speaker(r), (l = [])); l.push(i);
  });
  const day = (r: ClaimRef) => r.day;
  // No chaining over time: groups join only if together they span at most `maxDays` days of publication.
  // Each group keeps its first and last publication day.
  const span = new Map<number, [number, number]>();
  const spanOf = (r: ClaimRef): [number, number] => span.get(uf.find(k(r))) ?? (Number.isNaN(day(r)) ? [Infinity, -Infinity] : [day(r), day(r)]);
  const join = (a: ClaimRef, b: ClaimRef, maxDays: number): void => {
    const ra = uf.find(k(a));
    const rb = uf.find(k(b));
    if (ra === rb) return;
    const [loA, hiA] = spanOf(a);
    const [loB, hiB] = spanOf(b);
    const lo = Math.min(loA, loB);
    const hi = Math.max(hiA, hiB);
    if (hi - lo > maxDays) return;
    uf.union(ra, rb);
    span.set(uf.find(ra), [lo, hi]);
  };
  // One side's claims about one incident are one claim, however many outlets repeat it over the following
  // fortnight; a claim naming two incidents would otherwise chain incident to incident for months.
  for (const list of byEventSide.values()) for (let i = 1; i < list.length; i++) join(list[i - 1], list[i], 14);
  // One side's claims of ground on one front, told over a week in other words and tied by extraction to other
  // incidents (the region, a village in it, "the Dnipropetrovsk region" read as an aggregate), are one
  // claim when they name the same place: "reached the Dnipropetrovsk region" and "continue to advance in the
  // Dnipropetrovsk region" (not "reached the border of the Donetsk People's Republic", the place they came from).
  const isTerritoryEvent = (id: string) => { const t = eventTypes.get(id) ?? only?.fixedEventType?.(id); return !!t && familyOf(t) === 'territory'; };
  const onFront = new Map<string, ClaimRef[]>();
  refs.forEach((r, i) => {
    if (r.evidence || DENIAL_VERBS.has(r.c.verb) || !r.c.claimant.actor?.side) return;
    const territory = r.fusedEvents.some(isTerritoryEvent);
    if (!territory && r.fusedEvents.length) return;
    const fronts = claimFronts(contents[i], r.c.quote.text);
    if (!territory && !fronts.ground) return;
    for (const w of fronts.places) {
      const key = `${r.c.claimant.actor.side}|${w}`;
      let l = onFront.get(key); if (!l) onFront.set(key, (l = [])); l.push(r);
    }
  });
  for (const list of onFront.values()) for (let i = 1; i < list.length; i++) join(list[i - 1], list[i], 7);
  // A speaker's next sentence that goes on about what the last one named, with no incident of its own, is the
  // same claim: "struck the Sokil oil depot" … "A large fire broke out at the depot, the General Staff said".
  const bySentence = new Map<string, ClaimRef>();
  for (const r of refs) if (!r.evidence) bySentence.set(`${r.a.document.id}:${r.c.sentence}`, r);
  refs.forEach((r, i) => {
    if (r.evidence || r.fusedEvents.length || !refersBack(contents[i])) return;
    const prev = bySentence.get(`${r.a.document.id}:${r.c.sentence - 1}`);
    if (prev && speaker(prev) === speaker(r)) join(prev, r, 0);
  });
  // "Russian officials, meanwhile, acknowledged damage from a Ukrainian drone raid. The Tula governor confirmed drones
  // had hit the Azot plant": a side's lead that names no incident and no place, right before that side's account of
  // one told by the same weapon, is that account's lead.
  refs.forEach((r, i) => {
    if (r.evidence || r.fusedEvents.length || !r.c.claimant.actor?.side || specificNames(contents[i], r.c.claimant.name).size) return;
    // (Told by the same weapon: "a drone raid" leads an account of drones.)
    const mode = modeOf(contents[i]);

    const next = bySentence.get(`${r.a.document.id}:${r.c.sentence + 1}`);
    if (next && next.fusedEvents.length && next.c.claimant.actor?.side === r.c.claimant.actor.side
      && mode !== null && modeOf(next.c.quote.text) === mode) join(r, next, 3);
  });
  // "Kiper rejected the Russian account, saying there were no military facilities nearby": a rebuttal is the account
  // its side gives in the same report (the claim it told before, by the same speaker or side), not a claim apart; so is
  // a bare denial ("The fleet dismissed the report as fake", rule 'denial').
  refs.forEach((r) => {
    if (r.evidence || !REBUTTAL_RULES.has(r.c.rule)) return;
    const side = sideOf(r.c);
    let best: ClaimRef | undefined;
    for (const o of refs) {
      if (o === r || o.evidence || o.a !== r.a || o.c.sentence >= r.c.sentence || REBUTTAL_RULES.has(o.c.rule)) continue;
      if (speaker(o) !== speaker(r) && !(side && sideOf(o.c) === side)) continue;
      if (!best || o.c.sentence > best.c.sentence) best = o;
    }
    if (best) join(best, r, 0);
  });
  // Same speaker, same words, within three days (a longer window chains daily routine statements, such as
  // "shot down 87 drones", into one claim spanning months): refs are in date order, so the window is a short scan.
  for (const list of bySpeaker.values()) for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length && !(day(refs[list[y]]) - day(refs[list[x]]) > 3); y++) {
    const i = list[x];
    const j = list[y];
    if (refs[i].a.document.id === refs[j].a.document.id || uf.same(k(refs[i]), k(refs[j]))) continue;
    if (jaccard(words[i], words[j]) < SAME_WORDS || !sameNumbers(nums[i], nums[j])) continue;
    join(refs[i], refs[j], 3);
  }
  const groups = new Map<number, ClaimRef[]>();
  for (const r of refs) { if (r.evidence) continue; const root = uf.find(k(r)); let l = groups.get(root); if (!l) groups.set(root, (l = [])); l.push(r); }

  // A fused event's reports are all of one family (sameEvent), so its own type says whether it is about territory.
  const isTerritory = (id: string) => { const t = eventTypes.get(id) ?? only?.fixedEventType?.(id); return !!t && familyOf(t) === 'territory'; };
  const topicCache = new Map<ClaimRef, Set<string>>();
  const topicsOf = (r: ClaimRef) => { let t = topicCache.get(r); if (!t) topicCache.set(r, (t = topicWords(claimContent(r.c)))); return t; };
  // Dated denials in day order: a group looks only at those of its own days and the three after.
  const denials = refs.filter((r) => DENIAL_VERBS.has(r.c.verb) && !Number.isNaN(r.day)).sort((x, y) => x.day - y.day);
  // Statements that speak against (or for) a claim made in another report ("a spokesman disputed Moscow's assertion
  // from Sunday that …"): their document has no claim for them to attach to. They reach claims of the other side
  // from the three days before them that share a specific name with them (see orphanStatements).
  const orphans = orphanStatements(analyses).sort((x, y) => x.day - y.day);
  const firstOrphanFrom = (from: number) => { let lo = 0; let hi = orphans.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (orphans[mid].day < from) lo = mid + 1; else hi = mid; } return lo; };
  const denialTopics = new Map(denials.map((d) => [d, topicsOf(d)]));
  const firstDenialFrom = (from: number) => { let lo = 0; let hi = denials.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (denials[mid].day < from) lo = mid + 1; else hi = mid; } return lo; };
  const evidenceOf = (m: ClaimRef, kind: EvidenceKind): Evidence => {
    const d = m.a.document;
    return { date: d.published, kind, who: m.c.claimant.actor?.id ?? actorKey(m.c.claimant.name), whoName: m.c.claimant.name, side: m.c.claimant.actor?.side ?? null, type: m.c.claimant.actor?.type ?? null, docId: d.id, outlet: d.outlet, url: d.url, text: m.c.quote.text, start: m.c.quote.start, end: m.c.quote.end };
  };

  const out: FusedClaim[] = [];
  for (const members of groups.values()) {
    const origin = members.find((m) => !DENIAL_VERBS.has(m.c.verb)) ?? members[0];
    const oc = origin.c;
    const originSide = oc.claimant.actor?.side ?? null;
    const evidence: Evidence[] = [];
    const reports: FusedClaim['reports'] = [];
    const memberSet = new Set(members);
    for (const m of members) {
      const d = m.a.document;
      const src = sources.get(d.id)!;
      reports.push({ documentId: d.id, url: d.url, outlet: d.outlet, published: d.published, quote: m.c.quote.text, start: m.c.quote.start, end: m.c.quote.end, finding: m.idx, source: src.key, copyGroup: copies.get(d.id) ?? d.id, claimant: m.c.claimant.name });
      evidence.push(evidenceOf(m, speaker(m) === speaker(origin) || m.c.claimant.actor?.id === oc.claimant.actor?.id ? 'assert' : 'echo'));
      // "The MoD claimed the strike hit arms plants, while Ukrainian officials reported a residential building was
      // hit": the other side's account set against it in the same sentence disputes it.
      if (m.a.claims.length > 1 && CONTRAST.test(m.c.quote.text)) {
        m.a.claims.forEach((o, j) => {
          if (!o || j === m.idx || o.quote.start !== m.c.quote.start || !opposing(m.c.claimant.actor?.side ?? null, o.claimant.actor?.side ?? null)) return;
          evidence.push(evidenceOf({ a: m.a, c: o, idx: j, fusedEvents: [], day: m.day }, 'dispute'));
        });
      }
      for (const vi of m.c.verification.statements) {
        const v = m.a.verifications[vi];
        if (v.by && !v.by.actor && namesNoOne(v.by.name)) continue;
        // Who speaks in a statement without a named subject is the outlet, in its own voice.
        const byActor = v.by?.actor ?? (!v.by ? (src.side ? { side: src.side, type: src.type } : null) : null);
        const bySide = byActor?.side ?? null;
        const byType = byActor?.type ?? null;
        let vk: EvidenceKind | null = null;
        if (v.stance === 'could-not-verify') vk = 'could-not-verify';
        else if (v.stance === 'not-corroborated') vk = 'not-corroborated';
        else if (v.stance === 'denies') vk = opposing(originSide, bySide) ? 'deny' : bySide && bySide === originSide ? null : 'dispute';
        else if (v.stance === 'disputes') {
          // The attacked side "reporting only that air defences repelled" an attack gives no other account of it.
          const aboutAttack = m.fusedEvents.some((x) => familyOf(eventTypes.get(x) ?? only?.fixedEventType?.(x) ?? 'other') === 'attack');
          vk = bySide && bySide === originSide ? null : aboutAttack && opposing(originSide, bySide) && !counterAccount(v.text) ? 'not-corroborated' : 'dispute';
        }
        else if (v.stance === 'confirms') {
          if (opposing(originSide, bySide)) vk = 'confirm';
          else if (isIndependentType(byType, bySide) || /geolocat/i.test(v.cue)) vk = 'corroborate';
        }
        if (!vk) continue;
        evidence.push({ date: v.asOf ?? d.published, kind: vk, who: v.by?.actor?.id ?? (v.by ? actorKey(v.by.name) : src.key), whoName: v.by?.name ?? d.outlet ?? 'the report', side: bySide, type: byType, docId: d.id, outlet: d.outlet, url: d.url, text: v.text, start: v.span.start, end: v.span.end });
      }
    }
    // Others speaking of the same event.
    const events = new Set(members.flatMap((m) => m.fusedEvents));
    for (const e of events) {
      for (const o of byEvent.get(e) ?? []) {
        if (memberSet.has(o)) continue;
        const side = o.c.claimant.actor?.side ?? null;
        const type = o.c.claimant.actor?.type ?? null;
        const denial = DENIAL_VERBS.has(o.c.verb);
        const contested = o.c.verification.status === 'disputed' || o.c.verification.status === 'denied';
        let kind: EvidenceKind;
        // On territory the other side speaking of the same front is a rival account unless it concedes ("withdrew", "acknowledged").
        const concession = /\b(acknowledg\w*|confirm\w*|withdr[ae]w\w*|retreat\w*|lost\s+control|pulled\s+back|fell\s+to)\b/i.exec(o.c.quote.text);
        // "had no confirmation of the capture" is the opposite of a concession.
        const negated = concession && /\b(no|not|without|never|yet\s+to|any)\b[^.]{0,25}$/i.test(o.c.quote.text.slice(0, concession.index));
        const concedes = !isTerritory(e) || (!!concession && !negated);
        // The attacked side speaking of an attack confirms it when it concedes damage, disputes it when it gives
        // another account (what was hit, whether anything was), and otherwise ("air defences repelled a drone
        // attack") neither. Whether its own statement is contested elsewhere says nothing about ours.
        const attack = familyOf(eventTypes.get(e) ?? only?.fixedEventType?.(e) ?? 'other') === 'attack';
        // A tally is not an account of one attack: the other side's words about an incident in it neither confirm nor dispute it.
        if (tallies.has(e) && !denial) { evidence.push(evidenceOf(o, 'echo')); continue; }
        if (opposing(originSide, side) && attack && !denial && !negated) kind = counterAccount(o.c.quote.text) ? 'dispute' : concedesAttack(o.c.quote.text) ? 'confirm' : 'not-corroborated';
        else if (opposing(originSide, side)) kind = denial ? 'deny' : negated ? 'not-corroborated' : contested || !concedes ? 'dispute' : 'confirm';
        // What a monitor sees of an advance does not corroborate the defender's account that it failed.
        else if (isIndependentType(type, side)) kind = denial ? 'dispute' : isTerritory(e) && rebutsAdvance(oc.quote.text) ? 'echo' : 'corroborate';
        else kind = 'echo';
        evidence.push(evidenceOf(o, kind));
      }
    }
    // A denial names what it denies: "denied Ukraine's claim that its drones destroyed jets at Marinovka".
    // It reaches the other side's claims of the three days before that share a proper name with it.
    const memberDays = members.map(day).filter((x) => !Number.isNaN(x));
    const lastDay = Math.max(...memberDays) + 3;
    for (let di = memberDays.length ? firstDenialFrom(Math.min(...memberDays)) : denials.length; di < denials.length && denials[di].day <= lastDay; di++) {
      const d = denials[di];
      if (memberSet.has(d) || !opposing(originSide, d.c.claimant.actor?.side ?? null)) continue;
      const dd = day(d);
      if (!members.some((m) => day(m) <= dd && dd - day(m) <= 3 && [...denialTopics.get(d)!].some((w) => topicsOf(m).has(w)))) continue;
      evidence.push(evidenceOf(d, 'deny'));
    }
    // Dated statements of the group's days and the three after, in day order.
    for (let oi = memberDays.length ? firstOrphanFrom(Math.floor(Math.min(...memberDays))) : orphans.length; oi < orphans.length && orphans[oi].day <= lastDay; oi++) {
      const o = orphans[oi];
      if (!opposing(originSide, o.side) || !members.some((m) => day(m) <= o.day && o.day - day(m) <= 3 && [...o.names].some((w) => topicsOf(m).has(w)))) continue;
      if (members.some((m) => m.a.document.id === o.doc.id)) continue;
      const v = o.v;
      evidence.push({ date: v.asOf ?? o.doc.published, kind: o.kind, who: v.by?.actor?.id ?? actorKey(v.by!.name), whoName: v.by!.name, side: o.side, type: v.by?.actor?.type ?? null, docId: o.doc.id, outlet: o.doc.outlet, url: o.doc.url, text: v.text, start: v.span.start, end: v.span.end, orphan: true });
    }
    // One piece of evidence per sentence and kind: the same sentence reached twice counts once.
    const seen = new Set<string>();
    const unique = evidence.filter((e) => { const key = `${e.docId}:${e.start}:${e.kind}`; if (seen.has(key)) return false; seen.add(key); return true; });
    const { status, history } = statusHistory(unique);
    out.push({
      id: hashId('cl-', `${origin.a.document.id}:${origin.idx}`),
      claimant: { name: oc.claimant.name, actorId: oc.claimant.actor?.id ?? null, side: originSide, type: oc.claimant.actor?.type ?? null },
      text: oc.quote.text,
      assertion: claimContent(oc),
      events: [...events],
      reports,
      evidence: unique,
      status,
      statusHistory: history,
      firstReported: members.map((m) => m.a.document.published).filter((p): p is string => !!p).sort()[0] ?? null,
    });
  }
  out.sort((a, b) => (a.firstReported ?? '').localeCompare(b.firstReported ?? '') || a.id.localeCompare(b.id));
  return out;
}

/** A verification statement whose document holds no claim it speaks of, with its day and specific names. */
interface Orphan { v: Analysis['verifications'][number]; doc: Analysis['document']; day: number; side: string; kind: EvidenceKind; names: Set<string> }

/** Dated statements by a known side that dispute, deny or confirm a claim their own document does not hold. */
export function orphanStatements(analyses: Analysis[]): Orphan[] {
  const out: Orphan[] = [];
  for (const a of analyses) {
    const day = a.document.published ? Date.parse(a.document.published) / 864e5 : NaN;
    if (Number.isNaN(day)) continue;
    for (const v of a.verifications ?? []) {
      const side = v?.by?.actor?.side;
      if (!v || v.claims.length || !side || !(v.stance in ORPHAN_KIND)) continue;
      out.push({ v, doc: a.document, day: Math.floor(day), side, kind: ORPHAN_KIND[v.stance]!, names: specificNames(v.text, v.by!.name) });
    }
  }
  return out;
}
const ORPHAN_KIND: Partial<Record<string, EvidenceKind>> = { disputes: 'dispute', denies: 'deny', confirms: 'confirm' };

/** Copy groups of a set of documents (wire copies of one story share one; see near-duplicates.ts). */
export const copyGroupsOf = (analyses: Analysis[]): Map<string, string> =>
  nearDuplicateGroups(analyses.map((a) => ({ id: a.document.id, sketch: a.sketch ?? sketch(a.document.text) })));

/**
 * Which findings take part, when not all of them do: incremental fusion re-fuses the reports of the
 * records a new document can change, not every finding of the documents those reports come from
 * (those belong to records that stay as they are).
 */
export interface FuseOnly {
  /** Re-fuse this event report (`index`: its position in its document's events). */
  event(docId: string, index: number): boolean;
  /** Re-fuse this claim (`index`: its position in its document's claims). */
  claim(docId: string, index: number): boolean;
  /** For an event report that is not re-fused (nor read): the fused event it stays in, so that claims asserting it still point at it. */
  fixedEvent?(docId: string, index: number): string | null;
  /** The type of a fused event that is not rebuilt. */
  fixedEventType?(fusedId: string): EventType | null;
  /** For a claim that is not re-fused: whether to read it as evidence about the incidents it asserts. */
  evidenceClaim?(docId: string, index: number): boolean;
}

/**
 * Fuses a set of analyses. Deterministic: the same documents in any order give the same state.
 * `copies`: each document's copy group, when the caller knows it for the whole store (incremental fusion
 * reads only part of it, and the groups of that part alone could differ); else computed from `analyses`.
 */
export function fuse(analyses: Analysis[], only?: FuseOnly, copies?: Map<string, string>): FusedState {
  const sorted = [...analyses].sort((a, b) => a.document.id.localeCompare(b.document.id));
  const sources = new Map(sorted.map((a) => [a.document.id, reportSource(a.document)]));
  copies ??= copyGroupsOf(sorted);
  const { events, eventOf } = fuseEvents(sorted, sources, copies, only);
  const claims = fuseClaims(sorted, eventOf, new Map(events.map((e) => [e.id, e.type])), sources, copies, only, new Set(events.filter((e) => e.scope === 'aggregate').map((e) => e.id)));
  return { events, claims };
}

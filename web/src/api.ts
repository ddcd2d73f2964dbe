import { askToken, savedToken } from './token.js';

/** The JSON API as the dashboard uses it: typed shapes (the parts it reads) and paging through lists. */

export type Figure = { low: number | null; best: number | null; high: number | null };
export interface Place { name: string; lat: number | null; lon: number | null; country: string | null; admin1: string | null; kind: string; mention: string }
export interface DateRange { start: string; end: string; precision: string }
export interface EventSummary {
  id: string; type: string; subtype: string | null; actor: string | null; place: Place | null; date: DateRange | null; scope: string;
  killed: Figure | null; injured: Figure | null; sourceCount: number; reportCount: number;
}
/** A fused incident as the map, timeline and lists use it (from /api/events/points; sources come with GET /api/events/:id). */
export interface PointPlace { name: string; country: string | null; admin1: string | null; kind: string; lat: number | null; lon: number | null }
export interface Incident { /** Position in the loaded list. */ i: number; id: string; type: string; place: PointPlace | null; date: { start: string; end: string } | null; killed: { best: number | null } | null }
interface EventPoints {
  count: number; types: string[]; days: string[]; places: PointPlace[];
  id: string[]; type: number[]; place: (number | null)[]; start: (number | null)[]; end: (number | null)[]; killed: (number | null)[];
}
export interface Report { documentId: string; url: string | null; outlet: string | null; published: string | null; quote: string; start: number; end: number; source: string }
export interface FusedEvent extends Omit<EventSummary, 'killed' | 'injured'> { killed: Figure | null; injured: Figure | null; reports: Report[] }
export const STATUSES = ['unverified', 'corroborated', 'confirmed', 'disputed', 'denied'] as const;
export type Status = typeof STATUSES[number];
export interface ClaimSummary {
  id: string; claimant: { name: string; actorId: string | null; side: string | null; type: string | null }; text: string; status: Status;
  firstReported: string | null; lastReported: string | null; events: string[]; statusHistory: { date: string | null; status: Status }[];
  reportCount: number; storyCount: number; sourceCount: number; evidenceCount: number;
}
export interface Evidence { date: string | null; kind: string; who: string; whoName: string; side: string | null; docId: string; outlet: string | null; url: string | null; text: string; start: number; end: number }
export interface Explanation { id: string; as_of: string | null; status: Status; lines: string[]; evidence: Evidence[]; statusHistory: { date: string | null; status: Status; because: number[] }[] }
export interface Span { start: number; end: number }
export interface Analysis {
  document: { id: string; url: string | null; outlet: string | null; title: string | null; published: string | null; text: string };
  claims: { claimant: { name: string; span: Span }; quote: Span & { text: string }; content: Span }[];
  verifications: { span: Span; stance: string; text: string }[];
  events: { type: string; quote: Span & { text: string }; place: Place | null }[];
  places: { name: string; span: Span; kind: string }[];
}
/** The fused records a document's findings are reports of (GET /api/documents/:id/fused). */
export interface DocumentFused { document: string; items: { kind: 'event' | 'claim'; id: string; finding: number; start: number; end: number }[] }
export interface SearchHit { id: string; title: string | null; outlet: string | null; published: string | null; snippet: string }
export interface Citation { outlet: string | null; date: string | null; url: string | null; documentId: string; start: number; end: number; quote: string }
export interface Brief {
  title: string; counts: { events: number; claims: number; reports: number };
  keyDevelopments: { kind: string; id: string; text: string; citations: Citation[] }[];
  awaitingVerification: { id: string; claimant: string; side: string | null; firstReported: string | null; reports: number; stories: number; citation: Citation }[];
  awaitingTotal: number;
  statusChanges: { claimId: string; date: string | null; from: Status | null; to: Status; claimant: string; claim: Citation; because: (Citation & { who: string; kind: string })[] }[];
  casualties: {
    country: string | null; region: string; aggregate: boolean; events: string[]; killed: Figure | null; injured: Figure | null;
    sources: { outlet: string; documentId: string; url: string | null; date: string | null }[];
  }[];
}

export class ApiError extends Error {}

let token: string | null = savedToken();

export async function getJson<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const url = q.size ? `${path}?${q}` : path;
  const send = async () => {
    const used = token;
    return { used, res: await fetch(url, { headers: { Accept: 'application/json', ...(used ? { Authorization: `Bearer ${used}` } : {}) } }) };
  };
  let { used, res } = await send();
  // A server run with --private: ask for its token (one question for all the requests waiting), then try again.
  // A request that was refused an older token just tries the newer one.
  while (res.status === 401) {
    if (token === used) token = await askToken(used !== null);
    ({ used, res } = await send());
  }
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = ((await res.json()) as { detail?: string }).detail ?? detail; } catch { /* not JSON */ }
    throw new ApiError(`${url}: ${res.status} ${detail}`);
  }
  return res.json() as Promise<T>;
}

/**
 * Every fused incident in one request: the points view's columns turned into objects. Incidents at one place
 * share its object, so what is worked out per place (its projection, its region) is worked out once.
 */
export async function getIncidents(params: Record<string, string | undefined> = {}): Promise<Incident[]> {
  const p = await getJson<EventPoints>('/api/events/points', params);
  const out: Incident[] = new Array(p.count);
  for (let i = 0; i < p.count; i++) {
    const s = p.start[i];
    const e = p.end[i];
    out[i] = {
      i, id: p.id[i], type: p.types[p.type[i]], place: p.place[i] == null ? null : p.places[p.place[i]!],
      date: s == null ? null : { start: p.days[s], end: p.days[e ?? s] }, killed: p.killed[i] == null ? null : { best: p.killed[i] },
    };
  }
  return out;
}

/** Every item of a paged list (500 a page, following next_cursor); `onPage` sees the items so far. */
export async function getAll<T>(path: string, params: Record<string, string | undefined> = {}, onPage?: (soFar: T[]) => void): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await getJson<{ items: T[]; next_cursor: string | null }>(path, { ...params, limit: '500', cursor });
    items.push(...page.items);
    if (page.next_cursor) onPage?.(items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return items;
}

/** One in-flight or finished request per key: views ask freely, the network is hit once. */
export class Cache<T> {
  private map = new Map<string, Promise<T>>();
  constructor(private readonly max = 20) {}
  get(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.map.get(key);
    if (!p) {
      p = load();
      p.catch(() => this.map.delete(key));
      this.map.set(key, p);
      if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    }
    return p;
  }
}

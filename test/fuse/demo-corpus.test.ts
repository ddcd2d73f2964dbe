import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { fuse, type FusedClaim, type FusedEvent } from '../../src/fuse/fuse.js';
import { claimAsOf } from '../../src/fuse/explain.js';
import { updateFusion } from '../../src/fuse/update.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'corpus');
let dir: string;
let store: SqliteStore;
let events: FusedEvent[];
let claims: FusedClaim[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-demo-'));
  store = new SqliteStore(join(dir, 'demo.db'));
  const s = await ingestPaths(store, [CORPUS]);
  expect(s.failed).toBe(0);
  events = store.fusedEvents({ limit: 1e6 });
  claims = store.fusedClaims({ limit: 1e6 });
});
afterAll(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

const kharkivStrike = () => events.find((e) => e.place?.name === 'Kharkiv' && e.date?.start === '2025-06-07' && e.scope === 'incident');
const claimAbout = (re: RegExp, side?: string) => claims.filter((c) => re.test(c.text) && (!side || c.claimant.side === side)).sort((a, b) => b.reports.length - a.reports.length)[0];

describe('the demo corpus, fused', () => {
  it('ingests every report: at least 12 reports, 6 outlets, 3 days', () => {
    const docs = store.documents();
    expect(docs.length).toBeGreaterThanOrEqual(12);
    expect(new Set(docs.map((d) => d.outlet)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(docs.map((d) => d.published)).size).toBeGreaterThanOrEqual(3);
  });

  it('one Kharkiv strike reported by four outlets is one incident; tolls reconciled (3 / 5 / 5), never added up', () => {
    const e = kharkivStrike();
    expect(e).toBeTruthy();
    const outlets = new Set(e!.reports.map((r) => r.outlet));
    for (const o of ['AP', 'Reuters', 'Kyiv Independent']) expect([...outlets].some((x) => x?.startsWith(o))).toBe(true);
    expect([...outlets].some((x) => /Ukrinform/.test(x ?? ''))).toBe(true);
    expect(e!.killed).toMatchObject({ low: 3, best: 5, high: 5 });
    expect(e!.killed!.bySource.map((s) => s.min).sort()).toEqual(expect.arrayContaining([3, 4, 5]));
    // The national weekend toll of 14 spans three regions: it is not this incident's figure.
    expect(e!.killed!.high).toBeLessThan(14);
  });

  it('no other fused incident duplicates the Kharkiv strike of June 7', () => {
    const dupes = events.filter((e) => e.place?.name === 'Kharkiv' && e.date?.start === '2025-06-07' && e.scope === 'incident' && ['strike', 'drone_attack', 'shelling'].includes(e.type));
    expect(dupes).toHaveLength(1);
  });

  it('the Moscow airport closures (three airports named in one sentence) are one airport_disruption development, several sources', () => {
    const airports = events.filter((e) => e.type === 'airport_disruption');
    expect(airports).toHaveLength(1);
    expect(airports.every((e) => e.place?.country === 'RU')).toBe(true);
    expect(airports.some((e) => e.sourceCount >= 3)).toBe(true);
  });

  it('the Istanbul talks are one talks event in Turkey, dated the week before (June 2)', () => {
    const talks = events.filter((e) => e.type === 'talks' && e.place?.country === 'TR');
    expect(talks).toHaveLength(1);
    expect(talks[0].date?.start <= '2025-06-02' && talks[0].date!.end >= '2025-06-02').toBe(true);
    expect(talks[0].sourceCount).toBeGreaterThanOrEqual(3);
  });

  it('the Tula plant strike is placed in Russia (Tula Oblast), not in Ukraine', () => {
    const tula = events.filter((e) => /Novomoskovsk/.test(e.place?.name ?? ''));
    expect(tula.length).toBeGreaterThanOrEqual(1);
    expect(tula.every((e) => e.place?.country === 'RU' && e.place?.admin1 === 'Tula Oblast')).toBe(true);
  });

  it('the claimed advance into Dnipropetrovsk region is one territorial claim event with several reports', () => {
    const t = events.filter((e) => e.type === 'territorial_claim' && e.place?.admin1 === 'Dnipropetrovsk Oblast');
    expect(t.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...t.map((e) => e.reports.length))).toBeGreaterThanOrEqual(4);
  });

  it('every fused record cites exact sentences: each report quote is its document text at the given offsets', () => {
    const docs = new Map(store.analyses().map((a) => [a.document.id, a.document.text]));
    for (const e of events) for (const r of e.reports) expect(docs.get(r.documentId)!.slice(r.start, r.end)).toBe(r.quote);
    for (const c of claims) for (const ev of c.evidence) expect(docs.get(ev.docId)!.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it('status is derived and explains itself: every change of status names the evidence behind it', () => {
    for (const c of claims) {
      expect(c.statusHistory.length).toBeGreaterThan(0);
      expect(c.statusHistory[c.statusHistory.length - 1].status).toBe(c.status);
      for (const h of c.statusHistory) expect(h.because.length).toBeGreaterThan(0);
    }
  });

  it('the Tula plant claim is unverified on June 8 and confirmed by the Russian governor from June 9', () => {
    const c = claimAbout(/Novomoskovsk Azot/, 'UA');
    expect(c).toBeTruthy();
    expect(claimAsOf(c!, '2025-06-08')?.status).not.toBe('confirmed');
    expect(c!.evidence.some((e) => e.kind === 'confirm' && e.side === 'RU')).toBe(true);
  });

  it('the Russian account of the Odesa strike is denied where Ukraine answers it (TASS, Suspilne)', () => {
    // The account of what the strike hit, not the ministry's general line that it never strikes civilian sites.
    const told = claims.filter((c) => /military-industrial[^.]*Odesa|Odesa[^.]*military-industrial/.test(c.text) && c.claimant.side === 'RU');
    const outlets = (status: string) => told.filter((c) => c.status === status).flatMap((c) => c.reports.map((r) => r.outlet));
    expect(outlets('denied')).toEqual(expect.arrayContaining(['TASS', 'Suspilne']));
  });

  it('the Russian account of the Odesa strike is one fused claim across AP, TASS and Suspilne, denied', () => {
    const told = claims.filter((c) => /military-industrial[^.]*Odesa|Odesa[^.]*military-industrial/.test(c.text) && c.claimant.side === 'RU');
    expect(told).toHaveLength(1);
    expect(told[0].status).toBe('denied');
  });

  it('the Marinovka airfield claim: unverified on June 11, denied by Russia on June 12', () => {
    const c = claimAbout(/Marinovka|Su-34/, 'UA');
    expect(c).toBeTruthy();
    expect(claimAsOf(c!, '2025-06-11')?.status).toBe('unverified');
    expect(c!.status).toBe('denied');
  });

  it('the Zelenyi Kut capture claim stays unverified to the end', () => {
    const c = claimAbout(/Zelenyi Kut/, 'RU');
    expect(c?.status).toBe('unverified');
  });

  it('the Dnipropetrovsk claim: unverified on June 8, independently corroborated later (and still disputed by Ukraine)', () => {
    const c = claimAbout(/Dnipropetrovsk|90th Tank/, 'RU');
    expect(claimAsOf(c!, '2025-06-08')?.status).toBe('unverified');
    expect(c!.evidence.some((e) => e.kind === 'corroborate')).toBe(true);
    expect(['corroborated', 'disputed']).toContain(c!.status);
  });
});

describe('fusion is deterministic and incremental', () => {
  it('the same documents in any order give the same fused state', () => {
    const all = store.analyses();
    const a = fuse(all);
    const b = fuse([...all].reverse());
    const shuffled = [...all].sort((x, y) => (x.document.text.length % 7) - (y.document.text.length % 7) || y.document.id.localeCompare(x.document.id));
    const c = fuse(shuffled);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('adding the last reports one by one takes the incremental path and ends where a full fusion ends', async () => {
    const inc = new SqliteStore(join(dir, 'late.db'));
    const files = readdirSync(CORPUS).sort().map((f) => join(CORPUS, f));
    const late = files.filter((f) => /2025-06-1[12]_/.test(f));
    await ingestPaths(inc, files.filter((f) => !late.includes(f)));
    let incremental = 0;
    for (const f of late) {
      const s = await ingestPaths(inc, [f], { fuse: false });
      if (!updateFusion(inc, s.added, { fullAbove: 1.01 }).full) incremental++;
    }
    expect(incremental).toBeGreaterThan(0);
    // Record for record, field for field: reports with their copy groups, counts, evidence and status history.
    const byId = <T extends { id: string }>(l: T[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(inc.fusedEvents({ limit: 1e6 }))).toEqual(byId(events));
    expect(byId(inc.fusedClaims({ limit: 1e6 }))).toEqual(byId(claims));
    inc.close();
  });

  it('adding documents one folder at a time gives the same picture as fusing them all at once', async () => {
    const inc = new SqliteStore(join(dir, 'incremental.db'));
    const files = readdirSync(CORPUS).sort().map((f) => join(CORPUS, f));
    for (const f of files) await ingestPaths(inc, [f]);
    const key = (e: FusedEvent) => `${e.id}:${e.reports.map((r) => `${r.documentId}:${r.start}`).sort().join(',')}`;
    expect(inc.fusedEvents({ limit: 1e6 }).map(key).sort()).toEqual(events.map(key).sort());
    const ckey = (c: FusedClaim) => `${c.id}:${c.status}:${c.reports.length}`;
    expect(inc.fusedClaims({ limit: 1e6 }).map(ckey).sort()).toEqual(claims.map(ckey).sort());
    inc.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DOMParser } from 'linkedom';
import { ingestPaths } from '../../src/ingest/run.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { DEMO_CORPUS } from '../../src/cli/demo.js';
import type { FusedState } from '../../src/fuse/fuse.js';
import { briefToHtml, briefToMarkdown, buildBrief, eventDays, oneLine, scopeState, type Bullet } from '../../src/report/brief.js';
import { CSV_COLUMNS, acledEligible, acledRow, toAcledCsv, typeRow } from '../../src/report/acled-csv.js';
import { geoJsonText } from '../../src/report/geojson.js';
import { toPloverJsonl } from '../../src/report/plover.js';
import { claimReviewText, shortClaim } from '../../src/report/claimreview.js';
import { toJsonl } from '../../src/report/jsonl.js';

/**
 * The same rules as the fixture tests, on the demo corpus as sitrep really reads it: whatever the
 * extractors get right or wrong, a brief bullet only says what a cited sentence says, and every
 * export parses back through a real parser.
 */

let dir: string;
let state: FusedState;
let periods: Map<string, FusedState>;
const PERIODS: [string | undefined, string | undefined][] = [['2025-06-08', '2025-06-08'], ['2025-06-07', '2025-06-09'], ['2025-06-10', '2025-06-12'], ['2025-06-11', undefined], [undefined, '2025-06-08'], ['2025-06-01', '2025-06-30']];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-report-'));
  const store = new SqliteStore(join(dir, 'demo.db'));
  const s = await ingestPaths(store, [DEMO_CORPUS]);
  expect(s.failed).toBe(0);
  state = { events: store.fusedEvents({ limit: 1e9 }), claims: store.fusedClaims({ limit: 1e9 }) };
  periods = new Map(PERIODS.map(([since, until]) => [`${since}|${until}`, store.fusedInPeriod(since, until)]));
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const wordIn = (text: string, w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

function sourcingProblems(b: Bullet, places: string[]): string[] {
  const quotes = b.citations.map((c) => oneLine(c.quote));
  const p: string[] = [];
  if (/[\r\n]/.test(b.text)) p.push('more than one line');
  for (const s of b.segments) {
    if (s.cite != null && !quotes[s.cite]?.includes(s.text)) p.push(`segment not in its citation: ${s.text}`);
    if (s.cite == null && /[\d\p{Lu}]/u.test(s.text)) p.push(`our own words carry a number or a name: ${s.text}`);
  }
  for (const n of b.text.match(/\d+(?:[.,]\d+)*/g) ?? []) if (!quotes.some((q) => q.includes(n))) p.push(`number ${n}`);
  for (const pl of places) if (wordIn(b.text, pl) && !quotes.some((q) => wordIn(q, pl))) p.push(`place ${pl}`);
  for (const w of b.text.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu) ?? []) if (!quotes.some((q) => q.includes(w))) p.push(`name ${w}`);
  return p;
}

describe('brief on the demo corpus', () => {
  it("a period's brief built from only that period's records (store.fusedInPeriod) is the brief built from the whole picture", () => {
    for (const [since, until] of PERIODS) {
      const slice = periods.get(`${since}|${until}`)!;
      expect(slice.events.length + slice.claims.length).toBeLessThanOrEqual(state.events.length + state.claims.length);
      for (const opts of [{ since, until }, { since, until, country: 'UA' }, { since, until, region: 'Dnipropetrovsk', top: 40 }]) {
        expect(buildBrief(slice, opts), JSON.stringify(opts)).toEqual(buildBrief(state, opts));
      }
    }
    // A day's slice really is a slice.
    const day = periods.get('2025-06-08|2025-06-08')!;
    expect(day.claims.length).toBeLessThan(state.claims.length);
  });

  it('every number, place and name in every key development comes from a cited sentence', () => {
    const places = [...new Set(state.events.flatMap((e) => [e.place?.name, e.place?.mention, e.place?.admin1]).filter((x): x is string => !!x && x.length > 2))];
    for (const opts of [{}, { since: '2025-06-08', until: '2025-06-08' }, { since: '2025-06-10', until: '2025-06-12' }, { country: 'UA', top: 40 }, { country: 'RU' }]) {
      const brief = buildBrief(state, opts);
      expect(brief.keyDevelopments.length, JSON.stringify(opts)).toBeGreaterThan(0);
      for (const b of brief.keyDevelopments) expect(sourcingProblems(b, places), b.text).toEqual([]);
      // Citations point at real sentences: outlet or document, a date, and an offset span.
      for (const c of brief.keyDevelopments.flatMap((b) => b.citations)) {
        expect(c.documentId).toMatch(/^[0-9a-f]{16}$/);
        expect(c.end - c.start).toBe(c.quote.length);
      }
    }
  });

  it('renders Markdown with one line per key development, and self-contained HTML', () => {
    const brief = buildBrief(state, { since: '2025-06-07', until: '2025-06-12' });
    const md = briefToMarkdown(brief);
    const kd = md.split('## Key developments\n\n')[1].split('\n\n## ')[0].split('\n');
    expect(kd).toHaveLength(brief.keyDevelopments.length);
    const html = briefToHtml(brief);
    expect(html).not.toMatch(/\ssrc\s*=|<link\b|<script\b|@import|url\(/i);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('lists status changes inside the period only', () => {
    const brief = buildBrief(state, { since: '2025-06-10', until: '2025-06-12' });
    for (const s of brief.statusChanges) expect(s.date! >= '2025-06-10' && s.date! <= '2025-06-12').toBe(true);
  });
});

describe('exports of the demo corpus round-trip', () => {
  it('ACLED CSV through the RFC 4180 reader in Python’s csv module, value for value', () => {
    const csv = toAcledCsv(state.events, state.claims);
    const py = spawnSync('python3', ['-c', 'import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline=""), strict=True))))'], { input: csv, encoding: 'utf8' });
    if (py.error || py.status !== 0) return; // no python3: the fixture tests' own parser covers the format
    const rows = JSON.parse(py.stdout) as string[][];
    expect(rows[0]).toEqual(CSV_COLUMNS);
    // Events placed in no country, and events told only as a possibility, make no ACLED row.
    const coded = state.events.filter(acledEligible);
    expect(coded.length).toBeGreaterThan(0);
    expect(coded.length).toBeLessThan(state.events.length);
    expect(rows).toHaveLength(coded.length + 1);
    coded.forEach((e, i) => {
      const row = acledRow(e, state.claims);
      expect(rows[i + 1]).toEqual(CSV_COLUMNS.map((c) => (row[c] == null ? '' : String(row[c]))));
      // Codes are the lookups of data/event-types.json carried on the event; an attack's sub-event follows its weapon.
      const want = e.acled ?? typeRow(e.type, e.subtype)!.acled;
      expect(rows[i + 1].slice(4, 6)).toEqual([want.disorder_type, want.event_type]);
      expect(rows[i + 1][0]).toMatch(/^[A-Z]{3}\d+$/);
      expect(rows[i + 1][CSV_COLUMNS.indexOf('region')]).not.toBe('');
      expect(Number(rows[i + 1][CSV_COLUMNS.indexOf('fatalities')])).toBe(e.killed?.low ?? 0);
    });
  });

  it('GeoJSON parses and every geometry is a [lon, lat] point or null', () => {
    const fc = JSON.parse(geoJsonText(state.events));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(state.events.length);
    fc.features.forEach((f: { type: string; id: string; geometry: { type: string; coordinates: number[] } | null; properties: object }, i: number) => {
      const e = state.events[i];
      expect(f.type).toBe('Feature');
      expect(f.id).toBe(e.id);
      expect(f.properties).toBeTypeOf('object');
      if (f.geometry === null) return;
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeCloseTo(e.place!.lon!, 5);
      expect(lat).toBeCloseTo(e.place!.lat!, 5);
      expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90).toBe(true);
    });
  });

  it('PLOVER JSONL and sitrep JSONL parse line by line', () => {
    const plover = toPloverJsonl(state.events).trimEnd().split('\n').map((l) => JSON.parse(l));
    const coded = state.events.filter((e) => e.plover.event);
    expect(plover.map((r) => r.id)).toEqual(coded.map((e) => e.id));
    plover.forEach((r, i) => expect(r.event).toEqual([coded[i].plover.event]));
    const all = toJsonl(state).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(all.filter((r) => r.kind === 'event')).toHaveLength(state.events.length);
    expect(all.filter((r) => r.kind === 'claim').map((r) => r.id)).toEqual(state.claims.map((c) => c.id));
  });

  it('ClaimReview JSON-LD parses with one review per claim and our status as the rating', () => {
    const doc = JSON.parse(claimReviewText(state.claims));
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(state.claims.length);
    doc['@graph'].forEach((n: { '@type': string; claimReviewed: string; reviewRating: { alternateName: string; ratingExplanation: string } }, i: number) => {
      expect(n['@type']).toBe('ClaimReview');
      expect(n.claimReviewed).toBe(shortClaim(state.claims[i]));
      expect(n.claimReviewed.length).toBeLessThanOrEqual(75);
      expect(n.reviewRating.alternateName).toBe(state.claims[i].status);
      expect(n.reviewRating.ratingExplanation.length).toBeGreaterThan(20);
    });
  });

  it('scoping by country and period keeps only matching events', () => {
    const s = scopeState(state, { country: 'RU', since: '2025-06-08', until: '2025-06-09' });
    for (const e of s.events) {
      expect(e.place?.country).toBe('RU');
      const d = eventDays(e)!;
      expect(d.end >= '2025-06-08' && d.start <= '2025-06-09').toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import type { FusedClaim, FusedEvent, FusedState, Report } from '../../src/fuse/fuse.js';
import { explainClaim } from '../../src/fuse/explain.js';
import {
  ACLED_COLUMNS, CSV_COLUMNS, acledDate, acledRow, csvField, geoPrecision, toAcledCsv, typeRow,
} from '../../src/report/acled-csv.js';
import { toGeoJson, geoJsonText } from '../../src/report/geojson.js';
import { ploverRecord, toPloverJsonl } from '../../src/report/plover.js';
import { claimReviewText, toClaimReview } from '../../src/report/claimreview.js';
import { toJsonl } from '../../src/report/jsonl.js';
import { scopeState } from '../../src/report/brief.js';

// ---------- a small fused picture, written for these tests; its text is hostile to CSV on purpose ----------

const report = (documentId: string, published: string | null, quote: string, extra: Partial<Report> = {}): Report => ({
  documentId, url: `https://news.example.org/${documentId}?lang=en&page=1`, outlet: 'Example Daily', published, quote, start: 100, end: 100 + quote.length,
  source: `outlet:${documentId}`, finding: 0, copyGroup: documentId, ...extra,
});

type Place = NonNullable<FusedEvent['place']>;
const town = (name: string, admin1: string, country: string, lat: number | null, lon: number | null, over: Partial<Place> = {}): Place => ({
  name, mention: name, geonameId: null, lat, lon, country, admin1, admin1Code: null, admin1Acled: admin1.replace(/ Oblast$/, ''), kind: 'city', precision: 1, ...over,
});

const codes = (type: string) => typeRow(type, null)!;

function event(id: string, over: Partial<FusedEvent>): FusedEvent {
  const type = over.type ?? 'strike';
  return {
    id, type, subtype: null, actor: 'RU', place: null, date: null, scope: 'incident', killed: null, injured: null, reports: [], sourceCount: 1,
    acled: codes(type).acled, plover: codes(type).plover, ...over,
  };
}

const shelling = event('ev-0000000000a1', {
  type: 'shelling',
  place: town('Stepove', 'Zaporizhzhia Oblast', 'UA', 47.512345678, 35.901234567),
  date: { start: '2025-03-04', end: '2025-03-04', precision: 'day' },
  killed: { low: 2, best: 3, high: 3, bySource: [
    { source: 'outlet:doc-a', documentId: 'doc-a', published: '2025-03-04', min: 2, max: null },
    { source: 'outlet:doc-b', documentId: 'doc-b', published: '2025-03-05', min: 3, max: null },
  ] },
  injured: { low: 6, best: 6, high: 6, bySource: [{ source: 'outlet:doc-b', documentId: 'doc-b', published: '2025-03-05', min: 6, max: null }] },
  reports: [
    report('doc-a', '2025-03-04', 'Two people died when artillery shells hit Stepove on Tuesday morning, the regional administration said.', { outlet: 'Morning Wire' }),
    report('doc-b', '2025-03-05', 'A spokesman called the attack "deliberate", and said the toll in Stepove had risen to three dead,\nwith six wounded.', { outlet: 'Evening Post, Kyiv edition' }),
  ],
  sourceCount: 2,
});

const capture = event('ev-0000000000b2', {
  type: 'territorial_claim',
  place: town('Kamianka', 'Donetsk Oblast', 'UA', 48.05, 37.8, { precision: 2 }),
  date: { start: '2025-03-05', end: '2025-03-05', precision: 'day' },
  reports: [report('doc-d', '2025-03-05', 'The ministry said its forces had taken control of Kamianka.', { outlet: 'Ministry Bulletin', url: null })],
});

const unplaced = event('ev-0000000000c3', {
  type: 'drone_attack',
  place: { ...town('Northern region', 'Sumy Oblast', 'UA', null, null), kind: 'region', precision: 3 },
  date: { start: '2025-03-03', end: '2025-03-09', precision: 'week' },
  reports: [report('doc-e', '2025-03-09', 'Drones struck energy sites in the region during the week, according to the grid operator.')],
});

const aggregate = event('ev-0000000000d4', {
  type: 'civilian_casualties', scope: 'aggregate', actor: null,
  place: { ...town('Kharkiv Oblast', 'Kharkiv Oblast', 'UA', 49.5, 36.5), kind: 'region', precision: 3 },
  date: { start: '2025-03-01', end: '2025-03-02', precision: 'day' },
  killed: { low: 5, best: 5, high: 5, bySource: [{ source: 'outlet:doc-f', documentId: 'doc-f', published: '2025-03-03', min: 5, max: null }] },
  reports: [report('doc-f', '2025-03-03', 'Police said five civilians were killed across the region over the weekend.')],
});

const airport = event('ev-0000000000e5', {
  type: 'airport_disruption', actor: 'UA',
  place: { ...town('Kaluga airport', 'Kaluga Oblast', 'RU', 54.55, 36.37), kind: 'facility' },
  date: { start: '2025-03-06', end: '2025-03-06', precision: 'day' },
  reports: [report('doc-g', '2025-03-06', 'Flights were suspended at Kaluga airport for three hours on Thursday, the aviation authority said.')],
});

const claim: FusedClaim = {
  id: 'cl-0000000000f6',
  claimant: { name: 'the Defence Ministry', actorId: 'ru-mod', side: 'RU', type: 'military' },
  text: 'The ministry said its forces had taken control of Kamianka.',
  events: [capture.id],
  reports: [{ ...capture.reports[0], claimant: 'the Defence Ministry' }],
  evidence: [
    { date: '2025-03-05', kind: 'assert', who: 'ru-mod', whoName: 'the Defence Ministry', side: 'RU', type: 'military', docId: 'doc-d', outlet: 'Ministry Bulletin', url: null, text: capture.reports[0].quote, start: 100, end: 160 },
    { date: '2025-03-07', kind: 'deny', who: 'ua-general-staff', whoName: 'the General Staff', side: 'UA', type: 'military', docId: 'doc-h', outlet: 'Kyiv Wire', url: 'https://kyiv.example.org/h', text: 'The General Staff called the report about Kamianka "false".', start: 10, end: 69 },
  ],
  status: 'denied',
  statusHistory: [{ date: '2025-03-05', status: 'unverified', because: [0] }, { date: '2025-03-07', status: 'denied', because: [1] }],
  firstReported: '2025-03-05',
};

const state: FusedState = { events: [aggregate, unplaced, shelling, capture, airport], claims: [claim] };

// ---------- an RFC 4180 reader, strict: it rejects what the RFC does not allow ----------

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
        continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"') {
      if (field !== '' || wasQuoted) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true; wasQuoted = true; i++; continue;
    }
    if (ch === ',') { row.push(field); field = ''; wasQuoted = false; i++; continue; }
    if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field); rows.push(row); row = []; field = ''; wasQuoted = false; i += 2; continue;
    }
    if (ch === '\n') throw new Error(`bare LF outside quotes at ${i}`);
    field += ch; i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function pythonCsv(text: string): string[][] | null {
  const py = spawnSync('python3', ['-c', 'import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline=""), strict=True))))'], { input: text, encoding: 'utf8' });
  if (py.error || py.status !== 0) return null;
  return JSON.parse(py.stdout) as string[][];
}

const asCell = (v: string | number | null) => (v == null ? '' : String(v));

describe('ACLED-style CSV', () => {
  const csv = toAcledCsv(state.events, state.claims);
  const rows = parseCsv(csv);

  it('has ACLED’s columns in ACLED’s order, then ours', () => {
    expect(ACLED_COLUMNS).toEqual(['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
      'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude',
      'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp']);
    expect(rows[0]).toEqual([...ACLED_COLUMNS, 'sitrep_id', 'source_urls', 'claim_status', 'killed_best', 'killed_high']);
  });

  it('round-trips through an RFC 4180 parser: every record has every column and the values come back', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows).toHaveLength(state.events.length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    state.events.forEach((e, i) => {
      const want = acledRow(e, state.claims);
      expect(rows[i + 1]).toEqual(CSV_COLUMNS.map((c) => asCell(want[c])));
    });
    // The quote with a comma and quotation marks survives intact (its line break folded: notes are one line).
    const notes = rows[3][CSV_COLUMNS.indexOf('notes')];
    expect(notes).toContain('attack "deliberate", and said');
  });

  it('any text at all round-trips through the writer and the parser (property)', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (table) => {
      const width = table[0].length;
      const rect = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
      // A lone empty field is an empty line; RFC 4180 cannot tell it from no record, so give it content.
      const rows = rect.map((r) => (width === 1 && r[0] === '' ? ['x'] : r));
      const text = `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
      expect(parseCsv(text)).toEqual(rows);
    }), { numRuns: 300 });
    const tricky = [['a,b', 'say "no"', 'two\r\nlines', 'lf\nonly', ' padded ', '']];
    const text = `${tricky.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
    expect(parseCsv(text)).toEqual(tricky);
    const py = pythonCsv(text);
    if (py) expect(py).toEqual(tricky);
  });

  it('reads the same in Python’s csv module (strict mode)', () => {
    const py = pythonCsv(csv);
    if (!py) return; // no python3 here: the parser above already checked the format
    expect(py).toEqual(rows);
  });

  it('quotes exactly the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
  });

  it('codes type, place and time the ACLED way', () => {
    const row = acledRow(shelling, []);
    expect(row).toMatchObject({
      event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', disorder_type: 'Political violence',
      event_date: '2025-03-04', year: 2025, time_precision: 1, iso: 804, country: 'Ukraine', admin1: 'Zaporizhzhia', location: 'Stepove',
      latitude: 47.5123, longitude: 35.9012, geo_precision: 1, actor1: 'Military Forces of Russia', inter1: 'State forces',
      actor2: 'Military Forces of Ukraine', inter2: 'State forces', interaction: 'State forces-State forces', region: 'Europe', civilian_targeting: null,
      source: 'Morning Wire; Evening Post, Kyiv edition', sitrep_id: shelling.id, killed_best: 3, killed_high: 3,
    });
    expect(row.event_id_cnty).toMatch(/^UKR\d+$/);
    // ACLED's legacy numbers on request.
    expect(acledRow(shelling, [], { numericInter: true })).toMatchObject({ inter1: 1, inter2: 1, interaction: 11 });
    expect(row.source_urls).toBe('https://news.example.org/doc-a?lang=en&page=1 https://news.example.org/doc-b?lang=en&page=1');
  });

  it('takes codes from the event’s acled field, not from its type', () => {
    const odd = { ...shelling, acled: { event_type: 'Battles', sub_event_type: 'Armed clash', disorder_type: 'Political violence' } };
    expect(acledRow(odd, [])).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash' });
    const old = { ...shelling, acled: undefined as unknown as FusedEvent['acled'] };
    expect(acledRow(old, []).sub_event_type).toBe('Shelling/artillery/missile attack');
  });

  it('fatalities follow ACLED’s conservative rule: the lowest reported figure, 0 when unknown', () => {
    expect(acledRow(shelling, []).fatalities).toBe(2);
    expect(acledRow(capture, []).fatalities).toBe(0);
    expect(acledRow({ ...shelling, killed: { low: null, best: 4, high: 4, bySource: [] } }, []).fatalities).toBe(0);
  });

  it('geo_precision: 1 a town or facility, 2 placed by context or a district, 3 a region or a country', () => {
    expect(geoPrecision(shelling.place)).toBe(1);
    expect(geoPrecision(airport.place)).toBe(1);
    expect(geoPrecision(capture.place)).toBe(2);
    expect(geoPrecision({ ...town('Osnovianskyi district', 'Kharkiv Oblast', 'UA', 49.9, 36.2), kind: 'region', precision: 2 })).toBe(2);
    expect(geoPrecision(aggregate.place)).toBe(3);
    expect(geoPrecision({ ...town('Ukraine', '', 'UA', 49, 32), kind: 'country', precision: 3 })).toBe(3);
    expect(geoPrecision(null)).toBeNull();
  });

  it('time_precision: a day 1, a weekend or a week 2, a month 3', () => {
    expect(acledDate(shelling)).toEqual({ date: '2025-03-04', precision: 1 });
    expect(acledDate(aggregate)).toEqual({ date: '2025-03-01', precision: 2 });
    expect(acledDate(unplaced)).toEqual({ date: '2025-03-06', precision: 2 });
    expect(acledDate({ ...shelling, date: { start: '2025-03-01', end: '2025-03-31', precision: 'month' } })).toEqual({ date: '2025-03-15', precision: 3 });
    // An overnight attack ("the night of June 9 to 10") is known to the day: the day it ended.
    expect(acledDate({ ...shelling, date: { start: '2025-06-09', end: '2025-06-10', precision: 'day' } })).toEqual({ date: '2025-06-10', precision: 1 });
    expect(acledDate({ ...shelling, date: null })).toBeNull();
  });

  it('notes are our cited sentences with their sources, and the lowest figure’s sentence when tolls differ', () => {
    const notes = String(acledRow(shelling, []).notes);
    expect(notes.startsWith('On 4 March 2025: A spokesman called the attack "deliberate", and said the toll in Stepove had risen to three dead, with six wounded. (source: Evening Post, Kyiv edition, 2025-03-05).')).toBe(true);
    expect(notes).toContain('Lowest reported figure: Two people died when artillery shells hit Stepove on Tuesday morning, the regional administration said. (source: Morning Wire, 2025-03-04).');
  });

  it('claim_status carries the status of the claims asserting the event; civilians are actor 2', () => {
    expect(acledRow(capture, state.claims).claim_status).toBe('denied');
    expect(acledRow(shelling, state.claims).claim_status).toBeNull();
    expect(acledRow(aggregate, [])).toMatchObject({ civilian_targeting: 'Civilian targeting', actor2: 'Civilians (Ukraine)', inter2: 'Civilians', interaction: 'Sole civilians', tags: 'aggregate figure across several incidents' });
  });
});

// ---------- GeoJSON, checked against RFC 7946's rules ----------

function rfc7946Problems(doc: unknown): string[] {
  const p: string[] = [];
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isObj(doc)) return ['not an object'];
  if (doc.type !== 'FeatureCollection') p.push('type is not FeatureCollection');
  if ('crs' in doc) p.push('crs member (removed in RFC 7946 §4)');
  if (!Array.isArray(doc.features)) return [...p, 'features is not an array'];
  doc.features.forEach((f: unknown, i: number) => {
    if (!isObj(f)) { p.push(`feature ${i} not an object`); return; }
    if (f.type !== 'Feature') p.push(`feature ${i}: type`);
    if (!('geometry' in f)) p.push(`feature ${i}: no geometry member (§3.2)`);
    if (!('properties' in f)) p.push(`feature ${i}: no properties member (§3.2)`);
    if (f.properties !== null && !isObj(f.properties)) p.push(`feature ${i}: properties neither object nor null`);
    if ('id' in f && typeof f.id !== 'string' && typeof f.id !== 'number') p.push(`feature ${i}: id neither string nor number`);
    const g = f.geometry;
    if (g === null) return;
    if (!isObj(g) || g.type !== 'Point') { p.push(`feature ${i}: geometry is not a Point`); return; }
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) { p.push(`feature ${i}: bad position (§3.1.1)`); return; }
    if (c[0] < -180 || c[0] > 180) p.push(`feature ${i}: longitude out of range`);
    if (c[1] < -90 || c[1] > 90) p.push(`feature ${i}: latitude out of range`);
  });
  return p;
}

describe('GeoJSON', () => {
  const parsed = JSON.parse(geoJsonText(state.events)) as ReturnType<typeof toGeoJson>;

  it('is a valid RFC 7946 FeatureCollection after a JSON round trip', () => {
    expect(rfc7946Problems(parsed)).toEqual([]);
    expect(parsed.features).toHaveLength(state.events.length);
  });

  it('puts longitude first, rounds to six places, and gives an unplaced event a null geometry', () => {
    const f = parsed.features.find((x) => x.id === shelling.id)!;
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [35.901235, 47.512346] });
    expect(parsed.features.find((x) => x.id === unplaced.id)!.geometry).toBeNull();
    expect(toGeoJson(state.events, { located: true }).features.map((x) => x.id)).not.toContain(unplaced.id);
  });

  it('carries type, date, place, admin1, casualties and sources as properties', () => {
    const f = parsed.features.find((x) => x.id === shelling.id)!;
    expect(f.properties).toMatchObject({ type: 'shelling', date: '2025-03-04', place: 'Stepove', admin1: 'Zaporizhzhia Oblast', killed_low: 2, killed_best: 3, killed_high: 3, injured_best: 6 });
    expect(f.properties.sources.map((s) => s.outlet)).toEqual(['Morning Wire', 'Evening Post, Kyiv edition']);
    expect(f.properties.sources[1].quote).toBe(shelling.reports[1].quote);
  });

  it('drops coordinates that are not real positions instead of writing a wrong point', () => {
    const bad = { ...shelling, place: { ...shelling.place!, lat: 123, lon: 10 } };
    expect(toGeoJson([bad]).features[0].geometry).toBeNull();
  });
});

describe('PLOVER JSON Lines', () => {
  const text = toPloverJsonl(state.events);
  const lines = text.split('\n');

  it('is one JSON object per line, each parsing on its own', () => {
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(state.events.length);
    for (const l of lines) expect(typeof JSON.parse(l)).toBe('object');
  });

  it('takes event and mode from the plover field and fills the PLOVER and flat fields from the same values', () => {
    const r = JSON.parse(lines[state.events.indexOf(shelling)]);
    expect(r).toMatchObject({
      id: shelling.id, date: '2025-03-04', event: ['ASSAULT'], mode: ['heavy-weapons'], quad_code: 4, context: [],
      fatalities: { low: 2, best: 3, high: 3 }, dead: 3, injured: 6,
      source: [{ code: 'RUS', sector: 'MIL' }], recipient: [{ code: 'UKR', actor_text: 'Ukraine' }],
      event_loc: { 'country code': 'UA', cc3: 'UKR', name: 'Stepove', latitude: shelling.place!.lat, longitude: shelling.place!.lon },
    });
    expect(r.source_sentences.map((s: { text: string }) => s.text)).toEqual(shelling.reports.map((x) => x.quote));
    expect(r.event_text).toEqual(shelling.reports.map((x) => x.quote));
  });

  it('uses only PLOVER’s 16 categories with their own modes; an event with none makes no record', () => {
    expect(ploverRecord(capture)).toMatchObject({ event: ['ASSAULT'], quad_code: 4 });
    expect(ploverRecord(airport)).toMatchObject({ event: ['COERCE'], mode: ['restrict'], quad_code: 4 });
    expect(ploverRecord(event('ev-00000000000f', { type: 'other', acled: codes('other').acled, plover: codes('other').plover }))).toBeNull();
    expect(ploverRecord({ ...capture, hypothetical: true })!.context).toEqual(['hypothetical']);
  });
});

describe('ClaimReview JSON-LD', () => {
  const doc = JSON.parse(claimReviewText(state.claims));

  it('is a schema.org @graph of ClaimReview nodes with the required structure', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(Array.isArray(doc['@graph'])).toBe(true);
    const ids = new Set<string>();
    for (const n of doc['@graph']) {
      expect(n['@type']).toBe('ClaimReview');
      expect(ids.has(n['@id'])).toBe(false);
      ids.add(n['@id']);
      expect(typeof n.claimReviewed).toBe('string');
      expect(n.itemReviewed['@type']).toBe('Claim');
      expect(['Person', 'Organization']).toContain(n.itemReviewed.author['@type']);
      expect(n.itemReviewed.author.name).toBeTruthy();
      expect(n.itemReviewed.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.reviewRating['@type']).toBe('Rating');
      expect(n.author).toEqual({ '@type': 'Organization', name: 'sitrep' });
      expect(n.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const a of n.itemReviewed.appearance) {
        expect(a['@type']).toBe('CreativeWork');
        if ('url' in a) expect(() => new URL(a.url)).not.toThrow();
      }
      // firstAppearance is a reference to one of the appearances, resolvable inside the document.
      expect(n.itemReviewed.appearance.map((a: { '@id': string }) => a['@id'])).toContain(n.itemReviewed.firstAppearance['@id']);
    }
  });

  it('rates with our status on a five-point scale, a short claim and a one- or two-sentence explanation', () => {
    const n = doc['@graph'][0];
    expect(n.claimReviewed).toBe('Its forces had taken control of Kamianka');
    expect(n.url).toBe('http://localhost:8080/api/claims/cl-0000000000f6');
    expect(n.reviewRating).toMatchObject({ alternateName: 'denied', ratingValue: 1, bestRating: 5, worstRating: 1 });
    expect(n.reviewRating.ratingExplanation).toBe('Denied: the opposing side rejects it and no independent source supports it. Last changed on 2025-03-07 by the General Staff.');
    expect(n.itemReviewed.author.name).toBe('Russian Ministry of Defence');
    expect(n.itemReviewed.datePublished).toBe('2025-03-05');
    expect(n.datePublished).toBe('2025-03-07');
    // A report without a URL still appears, by its document and span, never with an empty url.
    expect(n.itemReviewed.appearance[0]).not.toHaveProperty('url');
    expect(n.itemReviewed.appearance[0]['@id']).toBe('urn:sitrep:document:doc-d#100-159');
  });

  it('is the same object the function returns (nothing lost in serialisation)', () => {
    expect(doc).toEqual(JSON.parse(JSON.stringify(toClaimReview(state.claims))));
  });
});

describe('JSON Lines', () => {
  it('gives each event and claim one line with a kind, and the record intact', () => {
    const lines = toJsonl(state).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.kind)).toEqual(['event', 'event', 'event', 'event', 'event', 'claim']);
    const { kind, ...rest } = lines[2];
    expect(kind).toBe('event');
    expect(rest).toEqual(state.events[2]);
    expect(lines[5].statusHistory).toEqual(claim.statusHistory);
  });
});

describe('scope', () => {
  it('filters events by period, country, region and type, and claims through their events', () => {
    expect(scopeState(state, { country: 'ru' }).events.map((e) => e.id)).toEqual([airport.id]);
    expect(scopeState(state, { region: 'donetsk' }).events.map((e) => e.id)).toEqual([capture.id]);
    expect(scopeState(state, { region: 'donetsk' }).claims.map((c) => c.id)).toEqual([claim.id]);
    expect(scopeState(state, { country: 'RU' }).claims).toEqual([]);
    expect(scopeState(state, { since: '2025-03-05', until: '2025-03-05' }).events.map((e) => e.id).sort()).toEqual([capture.id, unplaced.id].sort());
    expect(scopeState(state, { type: 'shelling' }).events.map((e) => e.id)).toEqual([shelling.id]);
    expect(scopeState(state, { until: '2025-03-04' }).claims).toEqual([]);
  });
});

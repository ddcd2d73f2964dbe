import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import type { Hono } from 'hono';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { DEMO_CORPUS } from '../../src/cli/demo.js';
import { createApp } from '../../src/server/app.js';
import type { FusedState } from '../../src/fuse/fuse.js';
import { DATA_DIR } from '../../src/data.js';
import { acledEligible, acledRow, CSV_COLUMNS } from '../../src/report/acled-csv.js';
import { geoJsonText } from '../../src/report/geojson.js';
import { toPloverJsonl } from '../../src/report/plover.js';
import { claimReviewText } from '../../src/report/claimreview.js';
import { EXPORT_FORMATS } from '../../src/report/exports.js';

/**
 * Every export of the demo corpus checked against its specification: GeoJSON with a GeoJSON validator
 * (@placemarkio/check-geojson, RFC 7946), PLOVER, ClaimReview and ACLED rows with JSON Schemas written from
 * their specifications (data/schemas/), run by Ajv. And the same exports over HTTP (GET /api/export).
 */

let dir: string;
let store: SqliteStore;
let state: FusedState;
let app: Hono;
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(join(DATA_DIR, 'schemas', name), 'utf8')));
const errorsOf = (v: ReturnType<typeof schema>, x: unknown) => (v(x) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-conf-'));
  store = new SqliteStore(join(dir, 'demo.db'));
  const s = await ingestPaths(store, [DEMO_CORPUS]);
  expect(s.failed).toBe(0);
  state = { events: store.fusedEvents({ limit: 1e6 }), claims: store.fusedClaims({ limit: 1e6 }) };
  app = createApp(store, { log: () => undefined });
});
afterAll(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

describe('exports of the demo corpus conform to their specifications', () => {
  it('GeoJSON passes a GeoJSON validator (RFC 7946)', () => {
    expect(() => checkGeoJson(geoJsonText(state.events))).not.toThrow();
  });

  it('every PLOVER record validates against the schema written from the PLOVER manual', () => {
    const v = schema('plover-record.schema.json');
    const lines = toPloverJsonl(state.events).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(10);
    for (const r of lines) expect(errorsOf(v, r), r.id).toEqual([]);
  });

  it('PLOVER marks an event told only as a possibility as hypothetical, not as a fact', () => {
    const lines = toPloverJsonl(state.events).trimEnd().split('\n').map((l) => JSON.parse(l));
    const hyp = state.events.filter((e) => e.hypothetical).map((e) => e.id);
    expect(hyp.length).toBeGreaterThan(0);
    for (const r of lines.filter((x) => hyp.includes(x.id))) expect(r.context).toContain('hypothetical');
  });

  it('the ClaimReview graph validates against the schema written from schema.org and the fact-check markup rules', () => {
    const doc = JSON.parse(claimReviewText(state.claims, { baseUrl: 'https://sitrep.example.org' }));
    expect(errorsOf(schema('claimreview.schema.json'), doc)).toEqual([]);
    for (const n of doc['@graph']) {
      // One or two sentences of explanation.
      expect((n.reviewRating.ratingExplanation.match(/[.!?](?=\s+[A-Z]|$)/g) ?? []).length, n.reviewRating.ratingExplanation).toBeLessThanOrEqual(2);
      // No attribution left at either end ("…, the ministry said", "X said that …").
      expect(n.claimReviewed).not.toMatch(/(,\s+[^,]*\b(said|says|reported)$)|^[A-Z][^,]{0,60}\s(said|says)\s+that\b/);
    }
  });

  it('every ACLED row validates against the schema written from the ACLED codebook', () => {
    const v = schema('acled-row.schema.json');
    const rows = state.events.filter(acledEligible).map((e) => acledRow(e, state.claims));
    for (const r of rows) expect(errorsOf(v, r), String(r.sitrep_id)).toEqual([]);
    // Coded for what struck: a missile is not an air strike.
    const druzhkivka = rows.find((r) => r.location === 'Druzhkivka');
    expect(druzhkivka?.sub_event_type).toBe('Shelling/artillery/missile attack');
    // Every column ACLED readers need is there.
    expect(CSV_COLUMNS.slice(0, 31)).toContain('civilian_targeting');
  });

  it('ACLED lists each incident once: the Kharkiv strike of June 7 is one row with the reconciled toll', () => {
    const rows = state.events.filter(acledEligible).map((e) => acledRow(e, state.claims));
    const kharkiv = rows.filter((r) => r.location === 'Kharkiv' && String(r.event_type) === 'Explosions/Remote violence');
    expect(kharkiv).toHaveLength(1);
    expect(kharkiv[0]).toMatchObject({ fatalities: 3, killed_best: 5, killed_high: 5, event_date: '2025-06-07' });
  });
});

describe('GET /api/export', () => {
  it('serves every format with its media type, the same text the CLI writes', async () => {
    for (const format of EXPORT_FORMATS) {
      const res = await app.request(`/api/export?format=${format}`);
      expect(res.status, format).toBe(200);
      const type = res.headers.get('content-type') ?? '';
      expect(type).toMatch({ 'acled-csv': /text\/csv/, geojson: /geo\+json/, 'plover-jsonl': /ndjson/, claimreview: /ld\+json/, jsonl: /ndjson/ }[format]);
      expect((await res.text()).length).toBeGreaterThan(100);
    }
  });

  it('ClaimReview urls point at the server asked, and scope filters apply', async () => {
    const doc = await (await app.request('http://sitrep.test/api/export?format=claimreview')).json();
    expect(doc['@graph'][0].url).toMatch(/^http:\/\/sitrep\.test\/api\/claims\/cl-/);
    const ru = await (await app.request('/api/export?format=geojson&country=RU')).json();
    expect(ru.features.length).toBeGreaterThan(0);
    for (const f of ru.features) expect(f.properties.country).toBe('RU');
  });

  it('answers a bad format or type with a problem, naming the parameter', async () => {
    const bad = await app.request('/api/export?format=xml');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/format/);
    const badType = await app.request('/api/export?format=jsonl&type=parade');
    expect(badType.status).toBe(400);
    expect(await badType.text()).toMatch(/type/);
  });
});

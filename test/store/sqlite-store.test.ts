import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore, ftsQuery } from '../../src/store/sqlite/sqlite-store.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { buildDocument } from '../../src/document/build.js';
import { analyse } from '../../src/extract/analyse.js';
import { updateFusion } from '../../src/fuse/update.js';
import { sketch } from '../../src/fuse/near-duplicates.js';

let dir: string;
let store: SqliteStore;
const art = (text: string, extra: Record<string, string> = {}) =>
  analyse(buildDocument({ origin: 'mem', format: 'json', url: 'https://example.org/a', title: 'Strike on Kharkiv', published: '2025-06-07', text, ...extra }));

beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-store-')); store = new SqliteStore(join(dir, 's.db')); });
afterEach(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

describe('SqliteStore', () => {
  it('migrates a new file to the latest schema version, in WAL mode, with 8 KB pages', () => {
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('page_size', { simple: true })).toBe(8192);
  });

  it('storing the same content twice is a no-op', () => {
    const a = art('A missile hit Kharkiv on Saturday, killing three people, the governor said.');
    expect(store.put(a).status).toBe('new');
    expect(store.put(a).status).toBe('unchanged');
    expect(store.count()).toBe(1);
  });

  it('changed content under the same URL becomes a new version linked to the old one', () => {
    const v1 = art('A missile hit Kharkiv on Saturday, killing three people, the governor said.');
    const v2 = art('A missile hit Kharkiv on Saturday, killing five people, the governor said.');
    store.put(v1);
    const r = store.put(v2);
    expect(r).toEqual({ status: 'version', id: v2.document.id, previous: v1.document.id });
    expect(store.count()).toBe(1);
    const all = store.documents({ includeSuperseded: true });
    expect(all.find((d) => d.id === v1.document.id)?.supersededBy).toBe(v2.document.id);
    expect(all.find((d) => d.id === v2.document.id)?.versionOf).toBe(v1.document.id);
    expect(store.search('five').map((h) => h.id)).toEqual([v2.document.id]);
    expect(store.search('three')).toEqual([]);
  });

  it('full-text search with highlighted snippets and prefix matching; punctuation cannot break the query', () => {
    store.put(art('Drones struck a chemical plant in Novomoskovsk overnight, officials said.', { url: 'https://example.org/b', title: 'Plant fire' }));
    const hits = store.search('chemic');
    expect(hits).toHaveLength(1);
    expect(hits[0].snippet).toMatch(/\[chemical\]/);
    expect(store.search('"unbalanced (quote AND')).toEqual([]);
    expect(ftsQuery('Kharkiv-region')).toBe('"Kharkiv"* "region"*');
  });

  it('gets a document by a unique id prefix', () => {
    const a = art('Shelling hit Kherson overnight, injuring two people, the city said.');
    store.put(a);
    expect(store.get(a.document.id.slice(0, 6))?.document.text).toBe(a.document.text);
    expect(store.get('zzzz')).toBeNull();
  });

  it('a reader sees committed data while a writer holds the database', () => {
    store.put(art('A missile hit Kharkiv on Saturday, killing three people, the governor said.'));
    const reader = new Database(join(dir, 's.db'), { readonly: true });
    store.db.exec('BEGIN IMMEDIATE');
    store.db.prepare("UPDATE documents SET title = 'changed'").run();
    expect((reader.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n).toBe(1);
    expect((reader.prepare('SELECT title FROM documents').get() as { title: string }).title).toBe('Strike on Kharkiv');
    store.db.exec('ROLLBACK');
    reader.close();
  });

  it('a failed batch rolls back whole: nothing half-written', () => {
    const good = art('A missile hit Kharkiv on Saturday, killing three people, the governor said.');
    const broken = art('Drones hit Sumy.', { url: 'https://example.org/c' });
    (broken.document as { text: unknown }).text = null; // violates NOT NULL
    expect(() => store.putMany([good, broken])).toThrow();
    expect(store.count()).toBe(0);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a picture fused by other fusion rules is stale, and fusing it again makes it current', () => {
    store.put(art('A missile hit Kharkiv on Saturday, killing three people, the governor said.'));
    updateFusion(store, []);
    expect(store.fusionStale()).toBe(false);
    store.db.prepare("UPDATE meta_kv SET value = '1' WHERE key = 'fusion_version'").run();
    expect(store.fusionStale()).toBe(true);
    expect(updateFusion(store, []).full).toBe(true);
    expect(store.fusionStale()).toBe(false);
  });

  it('a store written before findings had rows of their own (schema 10) reads back the same analyses after upgrading', () => {
    const a = art('A missile hit Kharkiv on Saturday, killing three people and wounding eleven more, the regional governor said on Sunday. Russia denied it.');
    expect(a.claims.length).toBeGreaterThan(0);
    expect(a.events.length).toBeGreaterThan(0);
    const path = join(dir, 'old.db');
    const old = new Database(path);
    for (const m of MIGRATIONS.slice(0, 10)) old.exec(m);
    old.pragma('user_version = 10');
    old.prepare(`INSERT INTO documents (id, key, url, title, published, format, origin, text, analysis, sketch, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)`)
      .run(a.document.id, a.document.url, a.document.url, a.document.title, a.document.published, a.document.format, a.document.origin, a.document.text, JSON.stringify(a), JSON.stringify(sketch(a.document.text)), '2025-06-08T00:00:00Z');
    a.claims.forEach((c, i) => old.prepare('INSERT INTO claims (doc_id, idx, claimant, verb, status, quote, start, end, speaker) VALUES (?,?,?,?,?,?,?,?,?)').run(a.document.id, i, c.claimant.name, c.verb, c.verification.status, c.quote.text, c.quote.start, c.quote.end, 'x'));
    a.events.forEach((e, i) => old.prepare('INSERT INTO events (doc_id, idx, type, scope, quote, start, end) VALUES (?,?,?,?,?,?,?)').run(a.document.id, i, e.type, e.scope, e.quote.text, e.quote.start, e.quote.end));
    old.close();
    const upgraded = new SqliteStore(path);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(upgraded.get(a.document.id)).toEqual(a);
    const [slim] = upgraded.analyses([a.document.id], { slim: true });
    expect(slim.claims).toEqual(a.claims);
    expect(slim.events).toEqual(a.events);
    expect(slim.verifications).toEqual(a.verifications);
    // The picture is redone whole after the upgrade (copy groups are new in the schema).
    expect(upgraded.fusionStale()).toBe(true);
    upgraded.close();
  });

  it('a store with a row per place mention (schema 13) counts the same places by place after upgrading', () => {
    const a = art('Drones hit Kharkiv and Sumy overnight. In Kharkiv, a fire broke out; Kharkiv officials said two people were hurt. Sumy was quiet by morning.');
    const path = join(dir, 'old13.db');
    const old = new Database(path);
    for (const m of MIGRATIONS.slice(0, 13)) old.exec(m);
    old.pragma('user_version = 13');
    old.prepare(`INSERT INTO documents (id, key, url, title, published, format, origin, text, analysis, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)`)
      .run(a.document.id, a.document.url, a.document.url, a.document.title, a.document.published, a.document.format, a.document.origin, a.document.text, '{}', '2025-06-08T00:00:00Z');
    const ins = old.prepare('INSERT INTO places (doc_id, idx, mention, name, geonameid, country, admin1, kind, lat, lon, start, end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)');
    a.places.forEach((p, i) => ins.run(a.document.id, i, p.mention, p.name, p.geonameId, p.country, p.admin1, p.kind, p.lat, p.lon, p.span.start, p.span.end));
    old.close();
    const upgraded = new SqliteStore(path);
    // A file made before keeps its own page size.
    expect(upgraded.db.pragma('page_size', { simple: true })).toBe(4096);
    type Row = { name: string; mentions: number; aliases: string };
    const rows = upgraded.db.prepare('SELECT name, mentions, aliases FROM places WHERE doc_id = ? ORDER BY idx').all(a.document.id) as Row[];
    const kharkiv = a.places.filter((p) => p.name === 'Kharkiv').length;
    expect(kharkiv).toBeGreaterThanOrEqual(3);
    expect(rows.find((r) => r.name === 'Kharkiv')).toEqual({ name: 'Kharkiv', mentions: kharkiv, aliases: '["Kharkiv"]' });
    expect(rows.reduce((n, r) => n + r.mentions, 0)).toBe(a.places.length);
    // The same rows a fresh store writes for this analysis.
    store.put(a);
    expect(store.db.prepare('SELECT name, mentions, aliases FROM places WHERE doc_id = ? ORDER BY idx').all(a.document.id)).toEqual(rows);
    upgraded.close();
  });

  it('a store from before the place columns (schema 15) fills them from the fused records on upgrading', () => {
    const a = art('A missile hit Kharkiv on Saturday, killing three people, the governor said. Drones struck Sumy on Sunday, the army said.');
    store.put(a);
    updateFusion(store, [a.document.id]);
    const cols = 'id, type, country, admin1, date_start, date_end, killed_best, sources, day_from, day_to, long_span, scope, json';
    const rows = store.db.prepare(`SELECT ${cols} FROM fused_events ORDER BY id`).raw().all() as unknown[][];
    expect(rows.length).toBeGreaterThan(1);
    const path = join(dir, 'old15.db');
    const old = new Database(path);
    for (const m of MIGRATIONS.slice(0, 15)) old.exec(m);
    old.pragma('user_version = 15');
    const ins = old.prepare(`INSERT INTO fused_events (${cols}) VALUES (${cols.split(',').map(() => '?').join(',')})`);
    for (const r of rows) ins.run(...r);
    old.close();
    const upgraded = new SqliteStore(path);
    const place = 'SELECT id, place_name, place_kind, lat, lon FROM fused_events ORDER BY id';
    const filled = upgraded.db.prepare(place).all() as { place_name: string | null; lat: number | null }[];
    // What a store of this version writes itself.
    expect(filled).toEqual(store.db.prepare(place).all());
    expect(filled.filter((r) => r.place_name === 'Kharkiv' && r.lat != null)).not.toHaveLength(0);
    upgraded.close();
  });

  it('reads back exactly what it stored, and partial reads hold just the findings asked for', () => {
    const a = art('A missile hit Kharkiv on Saturday, killing three people, the governor said. Drones struck Sumy on Sunday, the army said. Moscow denied both strikes.');
    store.put(a);
    expect(store.get(a.document.id)).toEqual(a);
    const [part] = store.findings(new Map([[a.document.id, { claims: new Set([1]), events: new Set([0]) }]]));
    expect(Object.keys(part.claims)).toEqual(['1']);
    expect(part.claims[1]).toEqual(a.claims[1]);
    expect(Object.keys(part.events)).toEqual(['0']);
    expect(part.events[0]).toEqual(a.events[0]);
    expect(part.verifications).toEqual(a.verifications);
    expect(part.document.text).toBe(a.document.text.slice(0, 120));
    expect(part.sketch).toEqual(sketch(a.document.text));
  });

  it('keeps each document\'s near-duplicate sketch, the one fusion would compute from the text', () => {
    const a = art('A missile hit Kharkiv on Saturday, killing three people and wounding eleven more, the regional governor said on Sunday morning.');
    store.put(a);
    const [slim] = store.analyses([a.document.id], { slim: true });
    expect(slim.sketch).toEqual(sketch(a.document.text));
    expect(slim.sketch!.length).toBeGreaterThan(0);
  });
});

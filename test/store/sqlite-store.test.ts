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
  it('migrates a new file to the latest schema version, in WAL mode', () => {
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
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

  it('keeps each document\'s near-duplicate sketch, the one fusion would compute from the text', () => {
    const a = art('A missile hit Kharkiv on Saturday, killing three people and wounding eleven more, the regional governor said on Sunday morning.');
    store.put(a);
    const [slim] = store.analyses([a.document.id], { slim: true });
    expect(slim.sketch).toEqual(sketch(a.document.text));
    expect(slim.sketch!.length).toBeGreaterThan(0);
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { buildDocument } from '../../src/document/build.js';
import { analyse } from '../../src/extract/analyse.js';
import { updateFusion } from '../../src/fuse/update.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { pgBase, pgDatabase, withPostgres } from '../pg.js';
import { gap } from '../helpers.js';

/**
 * One suite, two implementations: every test here runs against the SQLite store and the PostgreSQL store
 * (on the run's throwaway server), through the Store interface only.
 */
const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'corpus');
const art = (text: string, extra: Record<string, string> = {}) =>
  analyse(buildDocument({ origin: 'mem', format: 'json', url: 'https://example.org/a', title: 'Strike on Kharkiv', published: '2025-06-07', text, ...extra }));
const KHARKIV = 'A missile hit Kharkiv on Saturday, killing three people and wounding eleven more, the regional governor said on Sunday. Russia denied it.';

type Backend = { name: string; open: (dir: string) => Store };
const BACKENDS: Backend[] = [
  { name: 'SQLite', open: (dir) => new SqliteStore(join(dir, 's.db')) },
  { name: 'PostgreSQL', open: () => new PostgresStore(pgDatabase()) },
];

for (const backend of BACKENDS) {
  const suite = () => describe(`Store contract on ${backend.name}`, () => {
    let dir: string;
    let store: Store;
    beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-contract-')); store = backend.open(dir); });
    afterEach(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

    it('storing the same content twice is a no-op; the analysis reads back equal', () => {
      const a = art(KHARKIV);
      expect(store.put(a).status).toBe('new');
      expect(store.put(a).status).toBe('unchanged');
      expect(store.count()).toBe(1);
      expect(store.get(a.document.id)).toEqual(a);
      expect(store.analyses([a.document.id])).toEqual([a]);
      expect(store.documentIds()).toEqual([a.document.id]);
    });

    it('changed content under the same URL is a new version linked to the old one, in one batch or two', () => {
      const v1 = art('A missile hit Kharkiv on Saturday, killing three people, the governor said.');
      const v2 = art('A missile hit Kharkiv on Saturday, killing five people, the governor said.');
      const v3 = art('A missile hit Kharkiv on Saturday, killing six people, the governor said.');
      store.put(v1);
      expect(store.putMany([v2, v3])).toEqual([
        { status: 'version', id: v2.document.id, previous: v1.document.id },
        { status: 'version', id: v3.document.id, previous: v2.document.id },
      ]);
      expect(store.count()).toBe(1);
      const all = store.documents({ includeSuperseded: true });
      expect(all.find((d) => d.id === v1.document.id)?.supersededBy).toBe(v2.document.id);
      expect(all.find((d) => d.id === v3.document.id)?.versionOf).toBe(v2.document.id);
      expect(store.search('six').map((h) => h.id)).toEqual([v3.document.id]);
      expect(store.search('three')).toEqual([]);
      expect(store.replacesVersions([v3.document.id])).toBe(true);
      expect(store.replacesVersions([v1.document.id])).toBe(false);
    });

    it('full-text search: prefixes, highlighted snippets, every word required; punctuation cannot break the query', () => {
      store.put(art('Drones struck a chemical plant in Novomoskovsk overnight, officials said.', { url: 'https://example.org/b', title: 'Plant fire' }));
      store.put(art(KHARKIV, { url: 'https://example.org/c' }));
      const hits = store.search('chemic');
      expect(hits).toHaveLength(1);
      expect(hits[0].snippet).toMatch(/\[chemical\]/);
      expect(store.search('missile kharkiv')).toHaveLength(1);
      expect(store.search('missile novomoskovsk')).toEqual([]);
      expect(store.search('"unbalanced (quote AND')).toEqual([]);
      expect(store.search('  ')).toEqual([]);
    });

    it('gets a document by a unique id prefix, and not by an unknown one', () => {
      const a = art('Shelling hit Kherson overnight, injuring two people, the city said.');
      store.put(a);
      expect(store.get(a.document.id.slice(0, 6))?.document.text).toBe(a.document.text);
      expect(store.get('zzzz')).toBeNull();
    });

    it('a failed batch rolls back whole: nothing half-written, and the store takes the next batch', () => {
      const good = art(KHARKIV);
      const broken = art('Drones hit Sumy.', { url: 'https://example.org/c' });
      (broken.document as { text: unknown }).text = null; // violates NOT NULL
      expect(() => store.putMany([good, broken])).toThrow();
      expect(store.count()).toBe(0);
      expect(store.claims()).toEqual([]);
      expect(store.putMany([good])[0].status).toBe('new');
      expect(store.count()).toBe(1);
    });

    it('claims and events as rows, filtered', () => {
      const a = art(KHARKIV);
      store.put(a);
      const claims = store.claims();
      expect(claims.length).toBe(a.claims.length);
      expect(claims[0]).toMatchObject({ docId: a.document.id, idx: 0, quote: a.claims[0].quote.text, published: '2025-06-07' });
      expect(store.claims({ since: '2025-06-08' })).toEqual([]);
      expect(store.claims({ claimant: a.claims[0].claimant.name.slice(2).toUpperCase() }).length).toBeGreaterThan(0);
      const events = store.events();
      expect(events.length).toBe(a.events.length);
      expect(store.events({ country: 'ua' }).length).toBe(a.events.filter((e) => e.place?.country === 'UA').length);
      expect(store.events({ type: 'no-such-type' })).toEqual([]);
    });

    it('replaces the findings of a stored document with a newer extraction; unknown ids are left out', () => {
      const a = art(KHARKIV);
      store.put(a);
      const b = structuredClone(a);
      b.claims = b.claims.slice(0, 1);
      const stranger = art('Shelling hit Kherson overnight, injuring two people, the city said.', { url: 'https://example.org/z' });
      expect(store.replaceAnalyses([b, stranger])).toBe(1);
      expect(store.get(a.document.id)?.claims).toEqual(b.claims);
      expect(store.claims().length).toBe(1);
      expect(store.count()).toBe(1);
    });

    it('fusion: a picture is stale until fused, fused records are found by filters and id prefixes', () => {
      store.put(art(KHARKIV));
      expect(store.fusionStale()).toBe(true);
      expect(updateFusion(store, []).full).toBe(true);
      expect(store.fusionStale()).toBe(false);
      const [e] = store.fusedEvents();
      expect(e).toBeTruthy();
      expect(store.fused(e.id)?.record).toEqual(e);
      expect(store.fused(e.id.slice(0, 6))?.kind).toBe('event');
      expect(store.fusedEvents({ since: '2026-01-01' })).toEqual([]);
      expect(store.fusedInPeriod('2025-06-06', '2025-06-08').events.map((x) => x.id)).toContain(e.id);
      expect(store.fusedClaims().length).toBeGreaterThan(0);
      store.markFusionStale();
      expect(store.fusionStale()).toBe(true);
    });

    it('partial findings for incremental fusion: only the claims and events asked for', () => {
      const a = art(KHARKIV);
      store.put(a);
      const [p] = store.findings(new Map([[a.document.id, { claims: new Set([0]), events: new Set<number>() }]]));
      expect(p.claims[0]).toEqual(a.claims[0]);
      expect(p.events.filter(Boolean)).toEqual([]);
      expect(p.verifications).toEqual(a.verifications);
      const [slim] = store.analyses([a.document.id], { slim: true });
      expect(slim.claims).toEqual(a.claims);
      expect(slim.events).toEqual(a.events);
    });

    it('a claim asked for comes with the claims of its sentence (its counter-accounts), and no others', () => {
      const a = art('Shells hit a school in Kupiansk on Monday, the governor said. The army said it struck a depot in Kupiansk, '
        + 'while local officials said the school was hit. Drones struck Sumy on Tuesday, police said.');
      store.put(a);
      const sentenceOf = (i: number) => a.claims[i].quote.start;
      const pair = a.claims.map((_, i) => i).filter((i) => sentenceOf(i) === sentenceOf(1));
      expect(pair.length).toBe(2);
      const [p] = store.findings(new Map([[a.document.id, { claims: new Set([pair[0]]), events: new Set<number>() }]]));
      expect(Object.keys(p.claims).map(Number)).toEqual(pair);
      for (const i of pair) expect(p.claims[i]).toEqual(a.claims[i]);
    });
  });
  if (backend.name === 'PostgreSQL') withPostgres('Store contract on PostgreSQL', suite);
  else suite();
}

withPostgres('the demo corpus ingested into PostgreSQL gives what SQLite gives', () => {
  describe('the demo corpus in both stores', () => {
    let dir: string;
    let lite: Store;
    let pg: Store;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'sitrep-contract-'));
      lite = new SqliteStore(join(dir, 's.db'));
      pg = new PostgresStore(pgDatabase());
      // The corpus analysed once, then stored report by report with an incremental fusion after each (never
      // a full one): the records each new report can change (affectedFused) are found by each store's own SQL.
      const scratch = new SqliteStore(join(dir, 'scratch.db'));
      expect((await ingestPaths(scratch, [CORPUS], { fuse: false })).failed).toBe(0);
      const reports = scratch.analyses().sort((a, b) => (a.document.published ?? '').localeCompare(b.document.published ?? '') || a.document.id.localeCompare(b.document.id));
      scratch.close();
      for (const s of [lite, pg]) {
        updateFusion(s, []);
        for (const a of reports) { s.put(a); updateFusion(s, [a.document.id], { fullAbove: Infinity }); }
      }
    }, 120_000);
    afterAll(() => { lite?.close(); pg?.close(); rmSync(dir, { recursive: true, force: true }); });

    it('the same documents, rows, copy groups and fused picture', () => {
      expect(pgBase()).toBeTruthy();
      expect(pg.documents({ includeSuperseded: true })).toEqual(lite.documents({ includeSuperseded: true }));
      expect(pg.claims({ limit: 1e5 })).toEqual(lite.claims({ limit: 1e5 }));
      expect(pg.events({ limit: 1e5 })).toEqual(lite.events({ limit: 1e5 }));
      expect(pg.analyses()).toEqual(lite.analyses());
      const ids = lite.documentIds();
      expect(pg.copyGroups(ids)).toEqual(lite.copyGroups(ids));
      expect(pg.fusedEvents({ limit: 1e5 })).toEqual(lite.fusedEvents({ limit: 1e5 }));
      expect(pg.fusedClaims({ limit: 1e5 })).toEqual(lite.fusedClaims({ limit: 1e5 }));
      expect(pg.fusedInPeriod('2025-06-08', '2025-06-08')).toEqual(lite.fusedInPeriod('2025-06-08', '2025-06-08'));
      expect(pg.fusedEvents().length).toBeGreaterThan(3);
    });

    // Both stores give the same incremental picture (the test above), and it is the full one: the records a report
    // can change are rebuilt beside the records of their reports' sentence-mates (fusion-mates.ts), so the raids one
    // sentence names as the cause of closures at three airports stay one raid when a later report re-fuses it.
    it('fusing the whole store again changes nothing (the incremental picture was the full one), in both stores', () => {
      for (const s of [lite, pg]) {
        const before = { events: s.fusedEvents({ limit: 1e5 }), claims: s.fusedClaims({ limit: 1e5 }) };
        s.markFusionStale();
        expect(updateFusion(s, []).full).toBe(true);
        expect({ events: s.fusedEvents({ limit: 1e5 }), claims: s.fusedClaims({ limit: 1e5 }) }).toEqual(before);
      }
    });

    it('search ranks the same documents', () => {
      for (const q of ['kharkiv', 'drone strike', 'airport']) expect(new Set(pg.search(q).map((h) => h.id))).toEqual(new Set(lite.search(q).map((h) => h.id)));
    });
  });
});

withPostgres('PostgreSQL search', () => {
  describe('PostgreSQL search', () => {
    it('web-search syntax: a quoted phrase, a word left out, or', () => {
      const store = new PostgresStore(pgDatabase());
      try {
        store.put(art('Drones struck a chemical plant in Novomoskovsk overnight, officials said.', { url: 'https://example.org/b', title: 'Plant fire' }));
        store.put(art(KHARKIV, { url: 'https://example.org/c' }));
        expect(store.search('"chemical plant"')).toHaveLength(1);
        expect(store.search('"plant chemical"')).toEqual([]);
        expect(store.search('said -missile')).toHaveLength(1);
        expect(store.search('novomoskovsk or kharkiv')).toHaveLength(2);
      } finally { store.close(); }
    });

    it('a search matching more documents than it ranks ranks the newest of them', () => {
      const store = new PostgresStore(pgDatabase(), { rankedCandidates: 2 });
      try {
        // The oldest report says "shelling" most often; with two candidates it is not among them.
        const says = (n: number) => Array(n).fill('Shelling hit the town, officials said.').join(' ');
        const days = ['2026-05-01', '2026-05-02', '2026-05-03'];
        const ids = days.map((d, i) => store.put(art(says(3 - i), { url: `https://example.org/s${i}`, published: d })).id);
        expect(store.search('shelling').map((h) => h.id)).toEqual([ids[1], ids[2]]);
        const ranksAll = new PostgresStore(store.url);
        try {
          expect(ranksAll.search('shelling').map((h) => h.id)).toEqual(ids);
        } finally { ranksAll.close(); }
      } finally { store.close(); }
    });

    // SQLite's FTS5 tokenizer folds diacritics (remove_diacritics 2); the PostgreSQL store folds them itself (fold.ts).
    it('a search without diacritics finds a text written with them, and the other way round, as on SQLite', () => {
      const store = new PostgresStore(pgDatabase());
      try {
        store.put(art('Shelling hit Zelényi Kut on Monday, the regional governor said.', { url: 'https://example.org/zk' }));
        store.put(art('Drones struck a depot near Łódź and Gdańsk overnight, police said.', { url: 'https://example.org/pl' }));
        store.put(art('A shell landed in Zelenyi Yar, officials said.', { url: 'https://example.org/zy' }));
        expect(store.search('zelenyi kut')).toHaveLength(1);
        expect(store.search('Zélenyi')).toHaveLength(2);
        expect(store.search('lodz')).toHaveLength(1);
        expect(store.search('"gdansk overnight"')).toHaveLength(1);
        expect(store.search('zelenyi -kut')).toHaveLength(1);
        // A search with diacritics finds the same documents on both stores.
        const lite = new SqliteStore(':memory:');
        try {
          for (const a of ['Zelényi Kut', 'Zelenyi Yar']) lite.put(art(`Shelling hit ${a}, officials said.`, { url: `https://example.org/${a}` }));
          expect(lite.search('Zélenyi')).toHaveLength(2);
        } finally { lite.close(); }
      } finally { store.close(); }
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { analyse } from '../../src/extract/analyse.js';

// Runs the built CLI (dist/), which `npm test` builds first.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = join(ROOT, 'demo', 'corpus');
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-reanalyse-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep reanalyse', () => {
  it('brings findings stored by an older extraction up to date, keeps ids and versions, and fuses again', async () => {
    const db = join(dir, 's.db');
    const store = new SqliteStore(db);
    await ingestPaths(store, [CORPUS]);
    const ids = store.documentIds();
    const claimsBefore = store.fusedClaims({ limit: 1e6 }).map((c) => c.id).sort();
    // An "older extraction": one document stored with no claims, events or places.
    const victim = store.get(ids[0])!;
    expect(store.replaceAnalyses([{ ...victim, claims: [], events: [], places: [], verifications: [] }])).toBe(1);
    expect(store.claims({ limit: 1e6 }).some((c) => c.docId === ids[0])).toBe(false);
    // Ids the store does not hold are left out.
    expect(store.replaceAnalyses([{ ...victim, document: { ...victim.document, id: 'not-stored' } }])).toBe(0);
    store.close();

    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), '--db', db, 'reanalyse', '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`reanalysed ${ids.length} documents and fused ${ids.length}`));

    const after = new SqliteStore(db);
    expect(after.documentIds()).toEqual(ids);
    const restored = after.get(ids[0])!;
    expect(restored).toEqual(analyse(restored.document));
    expect(restored.claims.length).toBe(victim.claims.length);
    expect(after.claims({ limit: 1e6 }).filter((c) => c.docId === ids[0]).length).toBe(victim.claims.length);
    expect(after.fusionStale()).toBe(false);
    expect(after.fusedClaims({ limit: 1e6 }).map((c) => c.id).sort()).toEqual(claimsBefore);
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();
  });

  it('a missing store is a one-line error, not a new empty one', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), '--db', join(dir, 'none.db'), 'reanalyse'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no store at .*none\.db/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

// Runs the built CLI (dist/), which `npm test` builds first.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sitrep = (db: string, ...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), '--db', db, ...args], { encoding: 'utf8' });
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-ingest-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep ingest --no-fuse', () => {
  it('leaves the fused picture to the next fusing ingest, which then covers what was skipped', () => {
    const db = join(dir, 's.db');
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'a', outlet: 'Suspilne', published: '2025-06-10', text: 'A Russian drone hit an apartment block in Odesa on Tuesday, injuring four people, the regional governor said.' }));
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ id: 'b', outlet: 'Ukrinform', published: '2025-06-10', text: 'Shelling damaged a hospital in Kherson on Tuesday, the city administration said.' }));
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ id: 'c', outlet: 'Reuters', published: '2025-06-09', text: 'Drones struck a fuel depot in Sumy on Monday, the regional governor said.' }));
    expect(sitrep(db, 'ingest', '--quiet', join(dir, 'c.json')).status).toBe(0);
    expect(sitrep(db, 'ingest', '--quiet', '--no-fuse', join(dir, 'a.json')).status).toBe(0);
    let store = new SqliteStore(db);
    expect(store.fusionStale()).toBe(true);
    store.close();
    expect(sitrep(db, 'ingest', '--quiet', join(dir, 'b.json')).status).toBe(0);
    store = new SqliteStore(db);
    expect(store.fusionStale()).toBe(false);
    const places = store.fusedEvents({ limit: 100 }).map((e) => e.place?.name).sort();
    expect(places).toEqual(['Kherson', 'Odesa', 'Sumy']);
    store.close();
  });
});

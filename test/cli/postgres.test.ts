import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { DEMO_CORPUS } from '../../src/cli/demo.js';
import { pgDatabase, withPostgres } from '../pg.js';
import { gap } from '../helpers.js';

// Runs the built CLI (dist/), which `npm test` builds first.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'sitrep.js');
const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

withPostgres('the CLI on PostgreSQL', () => {
  describe('the CLI with --db postgres://…', () => {
    let dir: string;
    let lite: string;
    let pg: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-pg-'));
      lite = join(dir, 's.db');
      pg = pgDatabase();
      expect(run(['--db', lite, 'ingest', '--quiet', DEMO_CORPUS]).status).toBe(0);
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('ingest (through the job queue, with no worker running) prints the summary SQLite prints', () => {
      const a = run(['--db', pg, 'ingest', '--quiet', DEMO_CORPUS]);
      expect(a.stderr).toBe('');
      expect(a.status).toBe(0);
      expect(a.stdout).toMatch(/^26 new, 0 unchanged, 0 failed/);
      expect(run(['--db', pg, 'ingest', '--quiet', DEMO_CORPUS]).stdout).toMatch(/^0 new, 26 unchanged, 0 failed/);
    });

    it('claims, events, brief, export, search, show and story print what they print on SQLite', () => {
      const first = run(['--db', lite, 'events']).stdout.split('\n')[0].split(/\s+/)[0];
      for (const args of [['claims'], ['claims', '--side', 'ua'], ['events'], ['events', '--country', 'UA', '--since', '2025-06-08'],
        ['brief', '--format', 'json', '--since', '2025-06-07', '--until', '2025-06-10'], ['brief'], ['export', '--format', 'geojson'],
        ['export', '--format', 'acled-csv'], ['search', 'airfield'], ['story', first]]) {
        const a = run(['--db', lite, ...args]);
        const b = run(['--db', pg, ...args]);
        expect(b.status, `${args.join(' ')}: ${b.stderr}`).toBe(0);
        expect(a.stdout.length).toBeGreaterThan(20);
        if (args[0] === 'search') expect(b.stdout).toMatch(/\[airfield\]/i);
        if (args[0] === 'search') expect(new Set(b.stdout.match(/^[0-9a-f]{16}/gm))).toEqual(new Set(a.stdout.match(/^[0-9a-f]{16}/gm)));
        else expect(b.stdout, args.join(' ')).toBe(a.stdout);
      }
    });

    it('SITREP_DB names the PostgreSQL store as --db does; fuse and reanalyse run on it', () => {
      expect(run(['events'], { SITREP_DB: pg }).stdout).toBe(run(['--db', pg, 'events']).stdout);
      expect(run(['fuse'], { SITREP_DB: pg }).stdout).toMatch(/fused 26 documents/);
      const r = run(['reanalyse'], { SITREP_DB: pg });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/reanalysed 26 documents/);
    });

    it('serve answers the API from PostgreSQL', async () => {
      const p = spawn(process.execPath, [BIN, '--db', pg, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          p.stdout.on('data', (d: Buffer) => { out += d; const m = /listening on (\S+)/.exec(out); if (m) resolve(m[1]); });
          p.once('exit', () => reject(new Error(`serve exited: ${out}`)));
        });
        const events = await (await fetch(`${url}/api/events?limit=500`)).json() as { items: unknown[] };
        expect(events.items.length).toBe(new SqliteStore(lite).fusedEvents().length);
      } finally {
        p.kill('SIGTERM');
      }
    });

    it('migrate copies a SQLite store into an empty PostgreSQL database, identical afterwards; never into a full one', () => {
      const to = pgDatabase();
      const r = run(['migrate', '--quiet', '--from', lite, '--to', to]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^copied 26 documents/);
      const a = new SqliteStore(lite);
      const b = new PostgresStore(to);
      try {
        expect(b.documents({ includeSuperseded: true })).toEqual(a.documents({ includeSuperseded: true }));
        expect(b.analyses()).toEqual(a.analyses());
        expect(b.fusedEvents({ limit: 1e5 })).toEqual(a.fusedEvents({ limit: 1e5 }));
        expect(b.fusedClaims({ limit: 1e5 })).toEqual(a.fusedClaims({ limit: 1e5 }));
        expect(b.copyGroups(a.documentIds())).toEqual(a.copyGroups(a.documentIds()));
        expect(b.fusionStale()).toBe(false);
        expect(b.search('kharkiv').length).toBe(a.search('kharkiv').length);
      } finally { a.close(); b.close(); }
      const again = run(['migrate', '--from', lite, '--to', to]);
      expect(again.status).not.toBe(0);
      expect(again.stderr.trim()).toBe('sitrep: the target PostgreSQL store is not empty; migrate into a new database');
    });

    it('bad --db and misuse: one clear line each', () => {
      const missing = pg.replace(/\/t_[0-9a-f]+\?/, '/no_such_db?');
      const r = run(['--db', missing, 'events']);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim()).toMatch(/^sitrep: cannot open the PostgreSQL store at postgres:\/\/sitrep@localhost\/no_such_db\S*: database "no_such_db" does not exist$/);
      expect(run(['--db', lite, 'worker']).stderr.trim()).toMatch(/^sitrep: sitrep worker needs a PostgreSQL store/);
      expect(run(['--db', pg, 'sources', 'list']).stderr.trim()).toMatch(/^sitrep: sitrep sources works on a SQLite store only for now/);
      expect(run(['migrate', '--from', lite, '--to', join(dir, 'x.db')]).stderr.trim()).toMatch(/^sitrep: --to must be a postgres:\/\/ or postgresql:\/\/ URL/);
    });
  });
});

withPostgres('PostgreSQL gaps', () => {
  describe('not yet on PostgreSQL', () => {
    let pg: string;
    beforeAll(() => { pg = pgDatabase(); });
    gap('sitrep sources and sitrep watch keep their sources in a PostgreSQL store', () => {
      const r = run(['--db', pg, 'sources', 'add', 'https://example.org/feed.xml']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
    gap('sitrep migrate copies a PostgreSQL store back into a SQLite file', () => {
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-pg-gap-'));
      try {
        const r = run(['migrate', '--from', pg, '--to', join(dir, 'back.db')]);
        expect(r.status).toBe(0);
      } finally { rmSync(dir, { recursive: true, force: true }); }
    });
  });
});

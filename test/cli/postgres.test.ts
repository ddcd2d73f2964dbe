import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { DEMO_CORPUS } from '../../src/cli/demo.js';
import { pgDatabase, withPostgres } from '../pg.js';

// Runs the built CLI (dist/), which `npm test` builds first.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'sitrep.js');
const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

/** A copied store holds what its source holds: documents, analyses, the fused picture, copy groups, a fresh picture. */
function expectSameStore(a: Store, b: Store): void {
  expect(b.documents({ includeSuperseded: true })).toEqual(a.documents({ includeSuperseded: true }));
  expect(b.analyses()).toEqual(a.analyses());
  expect(b.fusedEvents({ limit: 1e5 })).toEqual(a.fusedEvents({ limit: 1e5 }));
  expect(b.fusedClaims({ limit: 1e5 })).toEqual(a.fusedClaims({ limit: 1e5 }));
  expect(b.copyGroups(a.documentIds())).toEqual(a.copyGroups(a.documentIds()));
  expect(b.fusionStale()).toBe(false);
}

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
        expectSameStore(a, b);
        expect(b.search('kharkiv').length).toBe(a.search('kharkiv').length);
      } finally { a.close(); b.close(); }
      const again = run(['migrate', '--from', lite, '--to', to]);
      expect(again.status).not.toBe(0);
      expect(again.stderr.trim()).toBe('sitrep: the target PostgreSQL store is not empty; migrate into a new database');
    });

    it('migrate copies a PostgreSQL store back into a new SQLite file: the same store as the one it came from', () => {
      const to = pgDatabase();
      expect(run(['migrate', '--quiet', '--from', lite, '--to', to]).status).toBe(0);
      expect(run(['--db', to, 'sources', 'add', 'https://wire.example/feed.xml', '--name', 'wire']).status).toBe(0);
      const back = join(dir, 'back.db');
      const r = run(['migrate', '--quiet', '--from', to, '--to', back]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^copied 26 documents \(\d+ rows\) from postgres:\/\/\S+ to \S+back\.db in /);
      const a = new SqliteStore(lite);
      const b = new SqliteStore(back);
      try {
        expectSameStore(a, b);
        expect(b.search('kharkiv')).toEqual(a.search('kharkiv'));
        expect(b.sources().list().map((x) => x.name)).toEqual(['wire']);
      } finally { a.close(); b.close(); }
      const again = run(['migrate', '--from', to, '--to', back]);
      expect(again.status).not.toBe(0);
      expect(again.stderr.trim()).toBe(`sitrep: --to: ${back} exists already; migrate into a new file`);
    });

    it('bad --db and misuse: one clear line each', () => {
      const missing = pg.replace(/\/t_[0-9a-f]+\?/, '/no_such_db?');
      const r = run(['--db', missing, 'events']);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim()).toMatch(/^sitrep: cannot open the PostgreSQL store at postgres:\/\/sitrep@localhost\/no_such_db\S*: database "no_such_db" does not exist$/);
      expect(run(['--db', lite, 'worker']).stderr.trim()).toMatch(/^sitrep: sitrep worker needs a PostgreSQL store/);
      expect(run(['migrate', '--from', lite, '--to', join(dir, 'x.db')]).stderr.trim()).toMatch(/^sitrep: --to must be a postgres:\/\/ or postgresql:\/\/ URL when --from is a SQLite file/);
      expect(run(['migrate', '--from', pg, '--to', pg]).stderr.trim()).toMatch(/^sitrep: --to must be a SQLite file when --from is PostgreSQL/);
    });
  });
});

withPostgres('sources and watch on PostgreSQL', () => {
  it('sitrep sources add / list / remove and watch --once keep their sources in the database', async () => {
    const pg = pgDatabase();
    // A closed port: spawnSync blocks this thread, so no server here could answer anyway.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const dead = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/feed.xml`;
    await new Promise((r) => probe.close(r));
    expect(run(['--db', pg, 'sources', 'list']).stdout).toMatch(/no sources/);
    expect(run(['--db', pg, 'sources', 'add', dead, '--name', 'wire', '--every', '2h']).stdout).toMatch(/wire .*every 2h .*not polled yet/);
    const once = run(['--db', pg, 'watch', '--once', '--quiet']);
    expect(once.stdout).toMatch(/1 polled, 0 new documents, 1 failed/);
    expect(once.status).toBe(1);
    expect(run(['--db', pg, 'sources', 'list']).stdout).toMatch(/wire .*ERROR .*ECONNREFUSED.*1 in a row/);
    expect(run(['--db', pg, 'sources', 'remove', 'wire']).stdout).toMatch(/^removed \d+ /);
    expect(run(['--db', pg, 'sources', 'list']).stdout).toMatch(/no sources/);
  }, 60_000);
});

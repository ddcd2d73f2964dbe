import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL server for tests and benchmarks: initdb into a temporary folder, started on a
 * Unix socket in that folder (no TCP port, so runs never collide), stopped and deleted at the end. It uses
 * the server binaries of Debian's `postgresql` package (or any on PATH). PostgreSQL refuses to run as
 * root, so as root the folder is handed to the `postgres` user and the server run as that user.
 */
export interface LocalServer {
  /** The socket folder: connection URLs point at it (`?host=`). */
  socketDir: string;
  port: number;
  /** A connection URL for a database on this server. */
  url(database: string): string;
  /** Creates an empty database; its URL. */
  createDatabase(name: string): string;
  stop(): void;
}

/** The folder holding initdb, pg_ctl and postgres, or null when PostgreSQL is not installed. */
export function serverBinDir(): string | null {
  const has = (dir: string) => ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(dir, b)));
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    // The newest installed major version.
    for (const v of readdirSync(root).sort((a, b) => Number(b) - Number(a))) if (has(join(root, v, 'bin'))) return join(root, v, 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && has(dir)) return dir;
  return null;
}

export function startLocalServer(opts: { durable?: boolean } = {}): LocalServer {
  const bin = serverBinDir();
  if (!bin) throw new Error('no PostgreSQL server binaries (initdb, pg_ctl, postgres); install Debian\'s postgresql package');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'));
  const asRoot = userInfo().uid === 0;
  const user = asRoot ? 'postgres' : null;
  if (asRoot) chownSync(dir, uid('postgres'), gid('postgres'));
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = user ? ['runuser', ['-u', user, '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(file, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout || String(r.error)).trim().split('\n').slice(-3).join(' / ')}`);
  };
  const data = join(dir, 'data');
  const port = 20000 + Math.floor(Math.random() * 40000);
  run('initdb', ['-D', data, '-U', 'sitrep', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // Tests need no durability (fsync off); a benchmark does, to measure what a real server costs.
  const settings = [`-k ${dir}`, `-p ${port}`, "-c listen_addresses=''", '-c max_connections=100', '-c shared_buffers=128MB'];
  if (!opts.durable) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', settings.join(' '), '-w', '-t', '60', 'start']);
  const url = (db: string) => `postgres://sitrep@localhost/${db}?host=${encodeURIComponent(dir)}&port=${port}`;
  let stopped = false;
  return {
    socketDir: dir,
    port,
    url,
    createDatabase(name: string) {
      const psql = join(bin, 'psql');
      const cmd = existsSync(psql) ? psql : 'psql';
      execFileSync(cmd, ['-h', dir, '-p', String(port), '-U', 'sitrep', '-d', 'postgres', '-qc', `CREATE DATABASE "${name}"`], { stdio: 'pipe' });
      return url(name);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        // The server's last processes may still write its log as they go: remove, wait a moment, remove what came after.
        rmSync(dir, { recursive: true, force: true });
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const idOf = (flag: string, name: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
const uid = (name: string) => idOf('-u', name);
const gid = (name: string) => idOf('-g', name);

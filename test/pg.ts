import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { SyncPg } from '../src/store/postgres/sync-client.js';
import { gap } from './helpers.js';

/** The test run's PostgreSQL server (test/pg-global-setup.ts), or null without one. */
export const pgBase = (): string | null => inject('pgBase');

/** A new empty database on the test server; its URL. */
export function pgDatabase(): string {
  const base = pgBase();
  if (!base) throw new Error('no PostgreSQL test server');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new SyncPg(base);
  try { admin.query(`CREATE DATABASE ${name}`); } finally { admin.close(); }
  return base.replace(/\/postgres\?/, `/${name}?`);
}

/**
 * Runs `tests` when there is a PostgreSQL server; otherwise records one visible gap naming what was not
 * run (install Debian's postgresql package to run it; .ci/run does).
 */
export function withPostgres(what: string, tests: () => void): void {
  if (pgBase()) tests();
  else gap(`${what}: not run, no PostgreSQL server binaries here (apt-get install postgresql)`, () => { throw new Error('no PostgreSQL'); });
}

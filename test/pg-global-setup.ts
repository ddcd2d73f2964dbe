import type { TestProject } from 'vitest/node';
import { serverBinDir, startLocalServer, type LocalServer } from '../src/store/postgres/local-server.js';

/**
 * Starts one throwaway PostgreSQL server for the whole test run (each test file makes its own databases
 * on it, test/pg.ts), and stops it at the end. Without server binaries the PostgreSQL tests turn into
 * visible `gap:` tests, unless SITREP_REQUIRE_PG is set (.ci/run sets it): then the run fails here.
 */
let server: LocalServer | null = null;

export default function setup(project: TestProject): () => void {
  // SITREP_NO_PG=1: run as a machine without PostgreSQL would (a quicker run, or to see the gaps it shows).
  if (process.env.SITREP_NO_PG || !serverBinDir()) {
    if (process.env.SITREP_REQUIRE_PG) throw new Error('SITREP_REQUIRE_PG is set but no PostgreSQL server binaries were found (apt-get install postgresql)');
    project.provide('pgBase', null);
    return () => {};
  }
  server = startLocalServer();
  project.provide('pgBase', server.url('postgres'));
  return () => server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test server's `postgres` database, or null when there is no PostgreSQL server. */
    pgBase: string | null;
  }
}

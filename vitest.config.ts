import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One throwaway PostgreSQL server for the run, when the binaries are there (test/pg.ts).
    globalSetup: ['./test/pg-global-setup.ts'],
    reporters: ['default', './test/gap-reporter.ts'],
  },
});

import { defineConfig } from 'vitest/config';

import { BROWSER_TESTS, findTestGroups, IGNORED } from './test/support/test-groups.ts';

// The groups are explained in test/support/test-groups.ts; `npm run test:<name>` runs one.
const groups = findTestGroups();
const POSTGRES_SETUP = './test/support/postgres-global-setup.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores are shared by everything, and browser tests start real servers and Chromium.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: [...IGNORED, ...BROWSER_TESTS, ...groups.db, ...groups.build],
        },
      },
      {
        // SQLite and PostgreSQL variants; the setup finds or starts the PostgreSQL they use.
        extends: true,
        test: {
          name: 'db',
          include: groups.db,
          exclude: IGNORED,
          globalSetup: [POSTGRES_SETUP],
        },
      },
      {
        extends: true,
        test: { name: 'build', include: groups.build, exclude: IGNORED },
      },
      {
        // Browser tests bind the demo sites' fixed ports (the extension's host permissions name
        // them), so they run one file at a time, after the other groups.
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          exclude: IGNORED,
          globalSetup: [POSTGRES_SETUP],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

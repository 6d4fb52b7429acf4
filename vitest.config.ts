import { defineConfig } from 'vitest/config';

const ignored = ['**/node_modules/**', '**/build/**', '**/.plasmo/**', '**/dist/**'];

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
          exclude: [...ignored, 'test/**/*.browser.test.ts'],
        },
      },
      {
        // Browser tests bind the demo sites' fixed ports (the extension's host permissions name
        // them), so they run one file at a time, after the unit tests.
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          exclude: ignored,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

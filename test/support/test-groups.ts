/**
 * Which test files form which vitest project (see vitest.config.ts):
 *   unit    — everything else: no build, no browser, no database server;
 *   db      — files with PostgreSQL variants (they call engineSuites(), postgresEnabled() or createTestTarget());
 *   build   — files that read the extension build (requireBuild()), outside the browser group;
 *   browser — test/**\/*.browser.test.ts: real Chromium, the demo sites' fixed ports.
 * The db and build groups are found by what the files call, so a new test lands in the right group
 * without a list to keep up to date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SKIPPED_DIRS = new Set([
  'node_modules',
  'build',
  'dist',
  '.plasmo',
  'coverage',
  'test-results',
  '.git',
]);
const TEST_FILE = /\.test\.tsx?$/;
const BROWSER_FILE = /\.browser\.test\.ts$/;
const NEEDS_DATABASE = /\b(engineSuites|postgresEnabled|createTestTarget)\(/;
const NEEDS_BUILD = /\brequireBuild\(/;

export const IGNORED = [...SKIPPED_DIRS].map((dir) => `**/${dir}/**`);
export const BROWSER_TESTS = ['test/**/*.browser.test.ts'];

export interface TestGroups {
  db: string[];
  build: string[];
}

/** Repository-relative paths of the db and build test files. */
export function findTestGroups(root = ROOT): TestGroups {
  const groups: TestGroups = { db: [], build: [] };
  for (const file of testFiles(root)) {
    if (BROWSER_FILE.test(file)) continue;
    const text = readFileSync(join(root, file), 'utf8');
    if (NEEDS_DATABASE.test(text)) groups.db.push(file);
    else if (NEEDS_BUILD.test(text)) groups.build.push(file);
  }
  return groups;
}

function testFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return SKIPPED_DIRS.has(entry.name) ? [] : testFiles(root, join(dir, entry.name));
    return TEST_FILE.test(entry.name) ? [relative(root, join(dir, entry.name))] : [];
  });
}

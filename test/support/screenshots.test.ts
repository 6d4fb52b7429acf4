import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { screenshotsDirectory } from './screenshots.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('screenshotsDirectory', () => {
  it('defaults to a folder git ignores, so `npm test` changes no tracked file', () => {
    const dir = screenshotsDirectory(undefined);
    expect(relative(ROOT, dir)).toBe(join('test-results', 'screenshots'));
    // Exit status 0: git ignores it (check-ignore fails otherwise, and execFileSync throws).
    execFileSync('git', ['check-ignore', '-q', join(dir, 'any.png')], { cwd: ROOT });
  });

  it('takes SCREENSHOTS_DIR relative to the repository root, or as an absolute path', () => {
    expect(screenshotsDirectory('docs/screenshots')).toBe(join(ROOT, 'docs', 'screenshots'));
    expect(screenshotsDirectory('/tmp/shots')).toBe('/tmp/shots');
  });
});

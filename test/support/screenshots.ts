/**
 * The one place browser tests put screenshots. `npm test` writes them to test-results/screenshots/
 * (ignored), so a test run never changes tracked files; `npm run screenshots` sets SCREENSHOTS_DIR=docs/screenshots
 * to refresh the committed ones on purpose.
 */
import { mkdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** SCREENSHOTS_DIR is taken relative to the repository root, so it means the same from any workspace. */
export const SCREENSHOTS_DIR = screenshotsDirectory(process.env['SCREENSHOTS_DIR']);

export function screenshotsDirectory(setting: string | undefined): string {
  if (!setting) return join(REPO_ROOT, 'test-results', 'screenshots');
  return isAbsolute(setting) ? setting : resolve(REPO_ROOT, setting);
}

/** The file to hand to Playwright's `screenshot({ path })`; creates the folder on first use. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return join(SCREENSHOTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
}

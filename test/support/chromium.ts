/**
 * What every browser test needs to start Debian's Chromium here: its path (CHROMIUM_PATH overrides),
 * and the flags that keep it off the closed network (screenshots: ./screenshots.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';

import { SCREENSHOTS_DIR } from './screenshots.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags that keep Chromium off the closed network: the same as the extension's tests start it with. */
export { CHROMIUM_FLAGS } from '../../extension/scripts/support/launch-extension.ts';

/** Kept here for tests that already import it; new code uses screenshotPath() from ./screenshots.ts. */
export { SCREENSHOTS_DIR };

/** Fails with an instruction rather than a stack trace when Chromium is missing. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return CHROMIUM_PATH;
}

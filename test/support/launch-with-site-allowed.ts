import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { z } from 'zod';

import {
  launchChromium,
  type LaunchedBrowser,
} from '../../extension/scripts/support/launch-extension.ts';

/** The part of Chromium's profile Preferences touched here; everything else is kept as read. */
const PreferencesSchema = z.looseObject({
  extensions: z.looseObject({ settings: z.record(z.string(), z.looseObject({})) }),
});

/**
 * Chromium with the built extension, where the person already allowed the extension on `origin`
 * in the browser's own permission prompt: headless Chromium cannot show that prompt (it stays
 * pending), so the answer is written into the profile, as the browser keeps it, between a first
 * start (which installs the extension) and the one returned. The extension still has to ask
 * (`permissions.request` from the popup's button) before it may read the site. The browser also
 * lets a test press the extension's toolbar button (support/click-toolbar-button.ts).
 */
export async function launchWithSiteAllowed(
  origin: string,
): Promise<LaunchedBrowser & { extensionId: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'verwonder-chromium-'));
  try {
    const first = await launchChromium({ extension: true, userDataDir: profile });
    const extensionId = new URL(first.worker?.url() ?? '').host;
    await first.close();

    const file = join(profile, 'Default', 'Preferences');
    const preferences = PreferencesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const extension = preferences.extensions.settings[extensionId];
    if (!extension) throw new Error(`the profile does not hold the extension ${extensionId}`);
    const hosts = [`${origin}/*`];
    extension['runtime_granted_permissions'] = {
      api: [],
      manifest_permissions: [],
      explicit_host: hosts,
      scriptable_host: hosts,
    };
    writeFileSync(file, JSON.stringify(preferences));

    const launched = await launchChromium({
      extension: true,
      userDataDir: profile,
      args: ['--enable-unsafe-extension-debugging'],
    });
    return {
      ...launched,
      extensionId,
      async close() {
        await launched.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

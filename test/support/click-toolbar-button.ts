import { z } from 'zod';

import type { BrowserContext, Page } from 'playwright-core';

const TargetsSchema = z.object({
  targetInfos: z.array(z.looseObject({ targetId: z.string(), type: z.string(), url: z.string() })),
});

/**
 * Presses the extension's toolbar button while `page` is the tab shown, as a person does: the
 * popup opens and the extension may read that tab's address (activeTab). Needs Chromium started
 * with --enable-unsafe-extension-debugging (support/launch-with-site-allowed.ts does).
 */
export async function clickToolbarButton(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser to press the toolbar button in');
  const session = await browser.newBrowserCDPSession();
  try {
    await page.bringToFront();
    const { targetInfos } = TargetsSchema.parse(
      await session.send('Target.getTargets', { filter: [{ type: 'tab' }] }),
    );
    const tab = targetInfos.find((target) => target.type === 'tab' && target.url === page.url());
    if (!tab) throw new Error(`no tab shows ${page.url()}`);
    // Not in playwright-core's protocol types yet: Extensions.triggerAction (Chromium 137+).
    await (session.send as (method: string, params: object) => Promise<unknown>)(
      'Extensions.triggerAction',
      { id: extensionId, targetId: tab.targetId },
    );
  } finally {
    await session.detach();
  }
}

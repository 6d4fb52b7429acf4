import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import { TasteCountResponseSchema } from '../../extension/src/messaging/runtime-messages.ts';

/**
 * Waits until the extension's taste count (how many of the person's records it has read: typed on
 * the device and cached from the vault, `verwonder/get-taste-count`) reaches `count`: at least that
 * many, or exactly that many with `exactly` (0: the cache emptied). Asked from `page`, one of the
 * extension's own pages (the options or the popup), as those pages ask the worker.
 */
export async function waitForTasteCount(
  page: Page,
  count: number,
  options: { exactly?: boolean; timeout?: number } = {},
): Promise<void> {
  const read = async () =>
    TasteCountResponseSchema.parse(
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'verwonder/get-taste-count' })),
    ).count;
  const poll = expect.poll(read, { timeout: options.timeout ?? 10_000 });
  if (options.exactly) await poll.toBe(count);
  else await poll.toBeGreaterThanOrEqual(count);
}

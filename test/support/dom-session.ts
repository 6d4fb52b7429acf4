import type { CDPSession, Page } from 'playwright-core';

/** A DevTools session on `page` with its DOM domain on: how tests read the extension's closed UI. */
export async function domSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  return cdp;
}

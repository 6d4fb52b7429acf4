/**
 * The built Chrome extension, loaded unpacked into real headless Chromium next to the demo city
 * sites: it marks a supported site with its badge (closed shadow root, page styles kept out) and
 * leaves other origins alone. Needs `npm run build -w extension` first.
 * Screenshots go to docs/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startCitySites, type CitySites } from '../examples/city-sites/src/index.ts';
import { requireBuild } from '../extension/manifest/build-output.ts';
import { BADGE_HOST_ID } from '../extension/src/badge/badge-state.ts';
import config from '../plasmo.config.ts';

// The library keeps its supported port (plasmo.config.ts); the agenda gets a free, unsupported one.
const LIBRARY_PORT = 4801;
const ACTIVE_BADGE = `#${BADGE_HOST_ID}[data-verwonder="active"]`;
const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Page rules that try to recolour everything and to hide the badge's host.
const HOSTILE_CSS = `* { color: #0a7d32 !important; font-family: Georgia, serif !important; }
plasmo-csui, [data-verwonder] { display: none !important; }`;
const TEXT_NODE = 3; // DOM nodeType; the DOM's Node global does not exist in Node.js

/** Text and shadow-root mode of the badge, read through CDP (which also sees closed roots). */
async function inspectBadge(cdp: CDPSession) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type DomNode = typeof root;
  const all = (node: DomNode): DomNode[] => [
    node,
    ...[...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap(all),
  ];
  // CDP lists attributes flat: [name, value, name, value, ...].
  const attribute = (node: DomNode, name: string) => {
    const list = node.attributes ?? [];
    const index = list.findIndex((entry, i) => i % 2 === 0 && entry === name);
    return index < 0 ? undefined : list[index + 1];
  };
  const host = all(root).find((node) => attribute(node, 'id') === BADGE_HOST_ID);
  const shadow = host?.shadowRoots?.[0];
  const badge = shadow && all(shadow).find((node) => attribute(node, 'class') === 'badge');
  if (!shadow || !badge) throw new Error(`no badge inside #${BADGE_HOST_ID}`);
  const text = all(badge)
    .filter((node) => node.nodeType === TEXT_NODE)
    .map((node) => node.nodeValue)
    .join('');
  return { shadowRootType: shadow.shadowRootType, text, nodeId: badge.nodeId };
}

/** Adds page-level rules through DevTools, which (unlike a <style> tag) the site's CSP allows. */
async function addPageStyles(page: Page, cdp: CDPSession, css: string) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { styleSheetId } = await cdp.send('CSS.createStyleSheet', { frameId: frameTree.frame.id });
  await cdp.send('CSS.setStyleSheetText', { styleSheetId, text: css });
  await page.waitForFunction(() => getComputedStyle(document.body).fontFamily.includes('Georgia'));
}

/** The library on its supported port, the other sites on free (unsupported) ones. */
async function startSites(): Promise<CitySites> {
  try {
    return await startCitySites({ ports: { library: LIBRARY_PORT, agenda: 0, museum: 0 } });
  } catch (cause) {
    throw new Error(`cannot start the library on port ${LIBRARY_PORT}: is \`npm start\` running?`, {
      cause,
    });
  }
}

describe('Verwonder extension in Chromium', () => {
  let context: BrowserContext;
  let userDataDir: string | undefined;
  let sites: CitySites;

  beforeAll(async () => {
    const extensionDir = requireBuild('chrome-mv3');
    sites = await startSites();
    userDataDir = mkdtempSync(join(tmpdir(), 'verwonder-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1100, height: 700 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...CHROMIUM_FLAGS,
      ],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await sites?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('starts the library on a supported origin and the agenda on an unsupported one', () => {
    const originPattern = (url: string) => `${new URL(url).origin}/*`;
    expect(config.supportedSites).toContain(originPattern(sites.urls.library));
    expect(config.supportedSites).not.toContain(originPattern(sites.urls.agenda));
  });

  it('runs its background service worker', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/static\/background\/index\.js$/);
  });

  it('marks the library site, in a closed shadow root the page styles cannot reach', async () => {
    const page = await context.newPage();
    await page.goto(sites.urls.library);
    await page.waitForSelector(ACTIVE_BADGE, { state: 'attached' });
    await page.screenshot({ path: join(SCREENSHOTS, 'extension-marked-page.png') });

    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const badge = await inspectBadge(cdp);
    expect(badge.shadowRootType).toBe('closed');
    expect(badge.text).toBe('Verwonder actief');
    const pageView = await page.evaluate(
      (id) => document.getElementById(id)?.shadowRoot,
      BADGE_HOST_ID,
    );
    expect(pageView).toBeNull();

    // Still rendered (the page's `display: none !important` on the host loses) in its own colours.
    await addPageStyles(page, cdp, HOSTILE_CSS);
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: badge.nodeId });
    expect(model.width).toBeGreaterThan(0);
    const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', {
      nodeId: badge.nodeId,
    });
    expect(computedStyle.find((property) => property.name === 'color')?.value).toBe(
      'rgb(255, 255, 255)',
    );
    await page.close();
  });

  it('leaves a site on an unsupported origin alone', async () => {
    const other = await context.newPage();
    await other.goto(sites.urls.agenda, { waitUntil: 'load' });
    // A supported page opened after it gets its badge, so content scripts had every chance to run.
    const page = await context.newPage();
    await page.goto(sites.urls.library);
    await page.waitForSelector(ACTIVE_BADGE, { state: 'attached' });
    expect(await other.locator(`#${BADGE_HOST_ID}, plasmo-csui`).count()).toBe(0);
    await Promise.all([page.close(), other.close()]);
  });

  it('shows its popup in the browser language', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 120 });
    await page.goto(new URL('/popup.html', worker.url()).href);
    await expect.poll(() => page.textContent('main')).toMatch(/Verwonder (works|werkt)/);
    expect(await page.getAttribute('html', 'lang')).toMatch(/^(en|nl)$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'extension-popup.png') });
    await page.close();
  });
});

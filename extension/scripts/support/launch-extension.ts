/// <reference types="chrome" />
/**
 * Starts headless Chromium (the system's /usr/bin/chromium through playwright-core) with the built
 * extension loaded, or without it, in a fresh profile. Used by the browser tests and the benchmark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type BrowserContext, type Worker } from 'playwright-core';

import { requireBuild } from '../../manifest/build-output.ts';

/**
 * Chromium's flags here: without the background-networking ones it keeps dialling Google's hosts,
 * which are unreachable here (the browser tests without the extension take them too).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's service worker (undefined when launched without the extension). */
  worker?: Worker;
  close(): Promise<void>;
}

/** storage.local key of the extension's settings (control/settings.ts; not imported: no zod here). */
const SETTINGS_KEY = 'verwonder/settings';

export async function launchChromium(options: {
  extension: boolean;
  viewport?: { width: number; height: number };
  /**
   * Keep the extension's default share of baseline slots (the fair comparison). Off by default:
   * the tests of wonder's marks count them, and which slots are baseline follows a random seed.
   */
  baselineSlots?: boolean;
  /** An existing profile to start from, kept on close (the caller removes it); else a fresh one. */
  userDataDir?: string;
  /** More Chromium flags. */
  args?: string[];
}): Promise<LaunchedBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'verwonder-chromium-'));
  const extensionArgs = options.extension
    ? (() => {
        const directory = requireBuild('chrome-mv3');
        return [`--disable-extensions-except=${directory}`, `--load-extension=${directory}`];
      })()
    : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: options.viewport ?? { width: 1100, height: 800 },
    args: [...extensionArgs, ...CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
  const worker = options.extension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : undefined;
  if (worker && !options.baselineSlots) await setExtensionStorage(worker, { [SETTINGS_KEY]: {} });
  return {
    context,
    worker,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Writes keys into the extension's storage.local (as the options page would). Settings that name no
 * `baselineShare` get 0: these tests look at wonder's marks (baseline slots have their own tests and
 * test/insight-person.browser.test.ts, which launches with `baselineSlots`).
 */
export async function setExtensionStorage(worker: Worker, items: Record<string, unknown>) {
  const settings = items[SETTINGS_KEY];
  const values =
    settings && typeof settings === 'object' && !('baselineShare' in settings)
      ? { ...items, [SETTINGS_KEY]: { ...settings, baselineShare: 0 } }
      : items;
  await worker.evaluate((v) => chrome.storage.local.set(v), values);
}

export async function getExtensionStorage(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** The browser's id of the tab showing `url` (for the popup's `?tabId=`). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

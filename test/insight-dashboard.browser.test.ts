/**
 * Issue 14 end to end in Chromium: a suggestion shown, clicked and borrowed in a real pod is counted
 * there, reported (opt-in) with 99 synthetic people to the real aggregators, collected once the batch
 * reaches 100, and visible on the institutions' dashboard, which passes axe. A week below the minimum
 * shows its size and no figure. Screenshots: docs/screenshots/insight-dashboard-{nl,en}.png.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toVector } from '../vault-server/src/insight/figures-layout.ts';
import { makeReport } from '../vault-server/src/insight/prio/client-report.ts';
import { insightVdaf } from '../vault-server/src/insight/prio/insight-vdaf.ts';
import {
  seededRandom,
  syntheticWeek,
} from '../vault-server/src/insight/testing/synthetic-figures.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import { inWeek, weekAfter, weeksAgo } from '../vault-server/src/insight/testing/test-week.ts';
import { insightRoutes } from '../vault-server/src/insight/vault/insight-routes.ts';
import { signReport } from '../vault-server/src/insight/vault/upload-key.ts';
import { startTestServer, type TestServer } from '../vault-server/src/testing/test-server.ts';
import { CHROMIUM_FLAGS, requireChromium, SCREENSHOTS_DIR } from './support/chromium.ts';

const LIBRARY = 'http://localhost:4801';
// A past week relative to the run: a fixed one's feedback would one day be past its retention.
const WEEK = weeksAgo(1);
const LATER = weekAfter(WEEK);
const axeSource = readFileSync(
  join(createRequire(import.meta.url).resolve('axe-core'), '..', 'axe.min.js'),
  'utf8',
);

describe('the institutions’ dashboard', () => {
  let insight: TestInsight;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    // A figure needs 20 distinct people (INSIGHT_MIN_PEOPLE): 100 synthetic people fill most cells.
    insight = await startTestInsight('sqlite', { minBatch: 100, minPeople: 20 });
    // Reports on request only: the timer would add the week three weeks before today.
    server = await startTestServer('sqlite', {}, undefined, [
      insightRoutes(
        { leaderUrl: insight.leader.url, helperUrl: insight.helper.url },
        { reportIntervalSeconds: 0 },
      ),
    ]);
    const { jwk } = (await (await fetch(new URL('/insight/upload-key', server.url))).json()) as {
      jwk: unknown;
    };
    await insight.trustVault('test-vault', jwk);
    browser = await chromium.launch({
      executablePath: requireChromium(),
      headless: true,
      args: [...CHROMIUM_FLAGS],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    await insight?.dispose();
  });

  it('shows a suggestion shown, clicked and borrowed once its batch has 100 people', async () => {
    // The person's pod: shown and clicked on the library site, borrowed two days later.
    const ana = await server.signUp('ana');
    const item = { id: 'book-1', title: 'De avonden', kind: 'book', medium: 'read' };
    const records = [
      {
        category: 'feedback',
        time: inWeek(WEEK, 0),
        source: { type: 'extension' },
        item,
        data: {
          kind: 'impression',
          suggestionId: `${LIBRARY}#book-1`,
          itemId: 'book-1',
          wasSurprise: true,
          site: LIBRARY,
        },
      },
      {
        category: 'feedback',
        time: inWeek(WEEK, 0, '10:01'),
        source: { type: 'extension' },
        item,
        data: {
          kind: 'click',
          suggestionId: `${LIBRARY}#book-1`,
          itemId: 'book-1',
          wasSurprise: true,
          site: LIBRARY,
        },
      },
      {
        category: 'loans',
        time: inWeek(WEEK, 2, '15:00'),
        source: { type: 'person' },
        item,
        data: { action: 'borrowed' },
      },
    ];
    for (const record of records)
      expect(
        (
          await ana.fetch(`/pods/ana/${record.category}/`, {
            method: 'POST',
            body: JSON.stringify(record),
          })
        ).status,
      ).toBe(201);
    const attribution = (await (await ana.fetch('/pods/ana/insight/attribution')).json()) as {
      suggestions: Record<string, unknown>[];
    };
    expect(attribution.suggestions).toEqual([
      expect.objectContaining({
        itemId: 'book-1',
        kind: 'surprise',
        clicked: true,
        conversion: 'loans',
      }),
    ]);

    expect(
      (
        await ana.fetch('/pods/ana/insight/settings', {
          method: 'PUT',
          body: JSON.stringify({ optIn: true }),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await ana.fetch('/pods/ana/insight/reports', {
          method: 'POST',
          body: JSON.stringify({ week: WEEK }),
        })
      ).status,
    ).toBe(201);

    // 99 more people's vaults, synthetic, through the same aggregators; and a later week of 12.
    const vdaf = insightVdaf();
    const keys = {
      leader: insight.leader.service.keys.publicKey,
      helper: insight.helper.service.keys.publicKey,
    };
    const random = seededRandom(14);
    const truth = toVector({
      cells: (['impressions', 'clicks', 'conversions'] as const).map((metric) => ({
        institution: 'library',
        medium: 'read',
        kind: 'surprise',
        metric,
        value: 1,
      })),
      kinds: [],
    });
    let people = 0;
    const send = async (week: string, add: boolean) => {
      const measurement = syntheticWeek(random);
      if (add) measurement.forEach((value, index) => (truth[index]! += value));
      // Each synthetic person signed as a person of a vault the aggregators know.
      const report = signReport(
        insight.uploadKey,
        await makeReport(vdaf, measurement, week, keys),
        `synthetic-${(people += 1)}`,
      );
      const response = await fetch(new URL('/reports', insight.leader.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(report),
      });
      expect(response.status).toBe(201);
    };
    for (let i = 0; i < 98; i++) await send(WEEK, true);
    expect(await insight.collector.service.collectReady()).toEqual([]); // 99 people: not yet
    await send(WEEK, true);
    expect(await insight.collector.service.collectReady()).toEqual([WEEK]);
    for (let i = 0; i < 12; i++) await send(LATER, false);
    expect(await insight.collector.service.collectReady()).toEqual([]);
    const [published] = await insight.collector.service.store.all();
    expect(published).toMatchObject({ batch: WEEK, reports: 100 });
    expect(published!.figures).toEqual(truth);

    for (const lang of ['nl', 'en'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${insight.collector.url}/?lang=${lang}`);
      await page.waitForSelector('#dashboard[data-ready="true"]');
      const batches = await page.$$eval('#batches tbody tr', (rows) =>
        rows.map((row) => [...row.children].map((c) => c.textContent)),
      );
      expect(batches).toEqual(
        lang === 'nl'
          ? [
              [WEEK, '100', 'gepubliceerd'],
              [LATER, '12', 'minder dan 100: geen cijfers'],
            ]
          : [
              [WEEK, '100', 'published'],
              [LATER, '12', 'fewer than 100: no figures'],
            ],
      );
      // Figures only for the published week; the one below the minimum has none.
      const weeks = await page.$$eval('#figures tbody tr th', (cells) =>
        cells.map((c) => c.textContent),
      );
      expect(weeks).toEqual([WEEK]);
      expect(await page.locator('#acceptance-chart').getAttribute('width')).not.toBeNull();
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      // Chart.js sizes its canvases on a resize observer: let it settle so the picture is the same every run.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      await page.screenshot({
        path: join(SCREENSHOTS_DIR, `insight-dashboard-${lang}.png`),
        fullPage: true,
      });
      await page.close();
    }
  }, 240_000);
});

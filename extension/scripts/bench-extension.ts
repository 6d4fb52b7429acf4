/**
 * `npm run bench:extension`: what the extension costs a page. In headless Chromium, a demo library
 * list page with 500 books (the demo site's own templates) is loaded
 *   - without the extension (baseline),
 *   - with the extension in mode "off" (it only reads the switch),
 *   - with the extension on and a taste profile (reads 500 items, ranks, marks, adds the zone),
 * RUNS times each, in alternation. Main-thread time is the renderer's TaskDuration (DevTools
 * Performance domain) from navigation until the page is settled; Long Tasks (>50 ms) are counted
 * too, and in the "on" runs the time from the page's load event to the first mark. Prints medians
 * as markdown tables: the ratios on/off and on/no-extension (with the spread of the per-run ratio),
 * long tasks, the content-script bundle size (raw and gzipped), the runs and the load average.
 * Needs `npm run build -w extension` first and the port 4801 free (it is a supported origin).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';

import type { BrowserContext, Worker } from 'playwright-core';

import { requireBuild } from '../manifest/build-output.ts';
import { PROFILE_KEY } from '../src/control/local-profile.ts';
import { SETTINGS_KEY } from '../src/control/settings.ts';
import { serveBenchListPage } from './support/bench-list-page.ts';
import { launchChromium, setExtensionStorage } from './support/launch-extension.ts';

const ITEMS = 500;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = 4801;
/** Quiet time after load (and after the zone appears), so late work is counted in every variant. */
const SETTLE_MS = 1000;

const PROFILE = {
  interests: ['fantasy', 'thrillers', 'klassiekers'],
  browsing: [
    {
      id: 'visit-1',
      itemId: 'book-x',
      title: 'Gone Girl',
      terms: ['mystery'],
      origin: `http://127.0.0.1:${PORT}`,
      time: '2026-11-01T10:00:00.000Z',
    },
  ],
};

interface Sample {
  taskMs: number;
  scriptMs: number;
  /** Style recalculation and layout. */
  layoutMs: number;
  longTasks: number;
  longTaskMs: number;
  /** From the load event to the first mark in the page (on runs only). */
  firstMarkMs?: number;
}

async function measure(
  context: BrowserContext,
  url: string,
  waitForZone: boolean,
): Promise<Sample> {
  const page = await context.newPage();
  // Runs in the page's main world through DevTools (the page's CSP does not apply to it).
  await page.addInitScript(() => {
    const store: number[] = [];
    // Not `= () => {}`: the test runner's transform would name it with a helper the page lacks.
    let zoneSeen: (() => void) | undefined;
    const probe = globalThis as unknown as {
      __longTasks: number[];
      __firstMark?: number;
      __zone: Promise<void>;
    };
    probe.__longTasks = store;
    probe.__zone = new Promise<void>((resolve) => (zoneSeen = resolve));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    // In every variant, so each pays the same: when the first mark and the zone enter the page.
    // (Playwright's waitForSelector would poll inside the page, in the "on" runs only.)
    const marks = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if ((node as Element).localName !== 'verwonder-ui') continue;
          probe.__firstMark ??= performance.now();
          if ((node as Element).getAttribute('data-verwonder') === 'zone') {
            zoneSeen?.();
            marks.disconnect();
          }
        }
    });
    marks.observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return {
      task: get('TaskDuration'),
      script: get('ScriptDuration'),
      layout: get('LayoutDuration') + get('RecalcStyleDuration'),
    };
  };
  const before = await metric();
  await page.goto(url, { waitUntil: 'load' });
  if (waitForZone) {
    await page.evaluate(() => (globalThis as unknown as { __zone: Promise<void> }).__zone);
  }
  await page.waitForTimeout(SETTLE_MS);
  const after = await metric();
  const { longTasks, firstMark, loaded } = await page.evaluate(() => {
    const probe = globalThis as unknown as { __longTasks: number[]; __firstMark?: number };
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return {
      longTasks: probe.__longTasks,
      firstMark: probe.__firstMark,
      loaded: navigation?.loadEventStart ?? 0,
    };
  });
  await page.close();
  return {
    taskMs: (after.task - before.task) * 1000,
    scriptMs: (after.script - before.script) * 1000,
    layoutMs: (after.layout - before.layout) * 1000,
    longTasks: longTasks.length,
    longTaskMs: longTasks.reduce((sum, d) => sum + d, 0),
    ...(waitForZone && firstMark !== undefined ? { firstMarkMs: firstMark - loaded } : {}),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function contentScriptSize() {
  const directory = requireBuild('chrome-mv3');
  const manifest = JSON.parse(readFileSync(`${directory}/manifest.json`, 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const files = manifest.content_scripts.flatMap((script) => script.js);
  const bytes = files.map((file) => readFileSync(`${directory}/${file}`));
  return {
    files,
    raw: bytes.reduce((sum, b) => sum + b.length, 0),
    gzip: bytes.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

async function main() {
  const { url, server } = await serveBenchListPage(PORT, ITEMS);
  const plain = await launchChromium({ extension: false });
  const withExtension = await launchChromium({ extension: true });
  const worker = withExtension.worker as Worker;
  const samples: Record<'baseline' | 'off' | 'on', Sample[]> = { baseline: [], off: [], on: [] };
  try {
    // One warm-up of each, not counted (first loads compile code and fill caches).
    await measure(plain.context, url, false);
    await setExtensionStorage(worker, { [SETTINGS_KEY]: { mode: 'on' }, [PROFILE_KEY]: PROFILE });
    await measure(withExtension.context, url, true);
    for (let run = 0; run < RUNS; run++) {
      samples.baseline.push(await measure(plain.context, url, false));
      await setExtensionStorage(worker, { [SETTINGS_KEY]: { mode: 'off' } });
      samples.off.push(await measure(withExtension.context, url, false));
      await setExtensionStorage(worker, { [SETTINGS_KEY]: { mode: 'on' } });
      samples.on.push(await measure(withExtension.context, url, true));
    }
  } finally {
    await Promise.all([plain.close(), withExtension.close()]);
    server.close();
  }

  const summary = Object.fromEntries(
    Object.entries(samples).map(([variant, list]) => [
      variant,
      {
        mainThreadMs: median(list.map((s) => s.taskMs)),
        scriptMs: median(list.map((s) => s.scriptMs)),
        layoutMs: median(list.map((s) => s.layoutMs)),
        longTasks: median(list.map((s) => s.longTasks)),
        longTaskMs: median(list.map((s) => s.longTaskMs)),
      },
    ]),
  ) as Record<
    keyof typeof samples,
    {
      mainThreadMs: number;
      scriptMs: number;
      layoutMs: number;
      longTasks: number;
      longTaskMs: number;
    }
  >;
  const size = contentScriptSize();
  const fmt = (n: number) => n.toFixed(1);
  const firstMarks = samples.on.flatMap((s) =>
    s.firstMarkMs === undefined ? [] : [s.firstMarkMs],
  );
  const { on, off, baseline } = summary;
  const ratio = (a: number, b: number) =>
    `${(a / b).toFixed(3)} (${a >= b ? '+' : ''}${fmt(a - b)} ms)`;
  const spread = samples.on.map((s, run) => s.taskMs / (samples.off[run]?.taskMs ?? s.taskMs));
  // The machine may be shared: its load says how far the numbers can be trusted.
  const [load1, load5] = loadavg();
  const rows = [
    '| variant | main thread ms | script ms | style+layout ms | long tasks | long-task ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...(
      [
        ['baseline', 'no extension'],
        ['off', 'extension, mode off'],
        ['on', 'extension, mode on'],
      ] as const
    ).map(([variant, label]) => {
      const v = summary[variant];
      return `| ${label} | ${fmt(v.mainThreadMs)} | ${fmt(v.scriptMs)} | ${fmt(v.layoutMs)} | ${v.longTasks} | ${fmt(v.longTaskMs)} |`;
    }),
  ];
  const facts = [
    '| measure | value |',
    '| --- | --- |',
    `| main-thread time, on / off (same browser) | ${ratio(on.mainThreadMs, off.mainThreadMs)}; per run ${fmt(Math.min(...spread))}–${fmt(Math.max(...spread))}× |`,
    `| main-thread time, on / no extension | ${ratio(on.mainThreadMs, baseline.mainThreadMs)} |`,
    `| main-thread time, off / no extension | ${ratio(off.mainThreadMs, baseline.mainThreadMs)} |`,
    `| long tasks added (on − off, medians) | ${on.longTasks - off.longTasks} |`,
    `| page load event → first mark (mode on) | median ${fmt(median(firstMarks))} ms, max ${fmt(Math.max(...firstMarks))} ms |`,
    `| content script (${size.files.join(', ')}) | ${(size.raw / 1024).toFixed(1)} kB, ${(size.gzip / 1024).toFixed(1)} kB gzipped |`,
    `| runs | ${RUNS} of each variant (medians), after one warm-up |`,
    `| load average (1 / 5 min) at the end | ${load1?.toFixed(2)} / ${load5?.toFixed(2)} on ${cpus().length} cores |`,
  ];
  console.log(`Extension benchmark: demo list page with ${ITEMS} items\n`);
  console.log(rows.join('\n'));
  console.log('');
  console.log(facts.join('\n'));
}

await main();

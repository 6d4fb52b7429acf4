/**
 * "The mark's size tells the page whether it is personal or a baseline slot": a page script that
 * measures the light-DOM host of a mark must get the same box for a personal suggestion, a
 * surprise and a baseline slot, at its natural width and squeezed, in Dutch and English. The real
 * component (bundled with esbuild) in Chromium; no extension build needed.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import {
  launchChromium,
  type LaunchedBrowser,
} from '../extension/scripts/support/launch-extension.ts';
import { requireChromium } from './support/chromium.ts';

const Boxes = z.array(z.object({ kind: z.string(), width: z.number(), height: z.number() }));

let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  requireChromium();
  const bundle = await build({
    stdin: {
      contents:
        "import { measureMarks } from './test/support/measure-marks.ts';\nObject.assign(globalThis, { measureMarks });",
      resolveDir: new URL('../', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  browser = await launchChromium({ extension: false, viewport: { width: 1200, height: 900 } });
  page = await browser.context.newPage();
  await page.setContent('<!doctype html><html lang="nl"><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('The mark’s size tells the page whether it is personal or a baseline slot', () => {
  for (const language of ['nl', 'en'] as const) {
    for (const width of ['max-content', '300px', '180px']) {
      it(`gives every kind the same box (${language}, width ${width})`, async () => {
        const boxes = Boxes.parse(
          await page.evaluate(
            `measureMarks(document, ${JSON.stringify(width)}, ${JSON.stringify(language)})`,
          ),
        );
        expect(boxes.map((box) => box.kind)).toEqual(['personal', 'surprise', 'baseline']);
        const size = ({ width, height }: { width: number; height: number }) => ({ width, height });
        const personal = size(boxes[0]!);
        for (const box of boxes) expect(size(box), `${box.kind} vs personal`).toEqual(personal);
        expect(personal.width).toBeGreaterThan(0);
      });

      it(`gives every kind the same box with the why-panel open (${language}, width ${width}) (review finding: the why-panel's size differs by kind)`, async () => {
        const boxes = Boxes.parse(
          await page.evaluate(
            `measureMarks(document, ${JSON.stringify(width)}, ${JSON.stringify(language)}, true)`,
          ),
        );
        expect(boxes.map((box) => box.kind)).toEqual(['personal', 'surprise', 'baseline']);
        const size = ({ width, height }: { width: number; height: number }) => ({ width, height });
        const personal = size(boxes[0]!);
        for (const box of boxes) expect(size(box), `${box.kind} vs personal`).toEqual(personal);
        expect(personal.width).toBeGreaterThan(0);
      });
    }
  }
});

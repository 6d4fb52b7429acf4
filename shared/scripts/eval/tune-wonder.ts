/**
 * Tunes the product re-ranker on the validation split of a tuning seed:
 * `npm run tune:wonder -- [--dataset goodbooks] [--seed 1] [--lambda N] [--links row|column|both]
 * [--neighbours N] [--half-life DAYS] [--published-exposure COHORTS [--exposure-sketch ROWSxWIDTH]]
 * [--grid FILE] [--json FILE]`
 * (links, neighbours and half-life try settings other than the product's; `--published-exposure`
 * scores what a published exposure aggregate, which the product does not have, would buy: see
 * rankWithPublishedExposure; `--exposure-sketch 2x2048` makes that aggregate a hashed
 * (count-min) sketch of that many cells, exposureCells; `--grid` tries the settings in FILE, a JSON array of knob overrides
 * such as `[{"diversity": 0.85, "tailBonus": 0.04, "surpriseSlots": 1}]`, instead of the grid below).
 * Prints each setting's ratios to the rating-weighted EASE on that validation split, with the
 * popularity-penalised MMR for reference. Results are reported on other seeds (`npm run eval`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TUNING_SEEDS, type DatasetName } from '../../src/eval/run-eval.ts';
import type { NeighbourLinkMode } from '../../src/eval/product/ease-item-model.ts';
import { chooseDialSetting, TUNING_FLOOR } from '../../src/eval/choose-dial-setting.ts';
import { metricOf, metricRatio } from '../../src/eval/evaluate.ts';
import { tuneWonder } from '../../src/eval/tune-wonder.ts';
import type { WonderKnobs } from '../../src/wonder/rerank/dial.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'goodbooks' },
    seed: { type: 'string', default: String(TUNING_SEEDS[0]) },
    lambda: { type: 'string' },
    links: { type: 'string' },
    neighbours: { type: 'string' },
    'half-life': { type: 'string' },
    'published-exposure': { type: 'string' },
    'exposure-sketch': { type: 'string' },
    grid: { type: 'string' },
    json: { type: 'string' },
    data: { type: 'string', default: resolve(repo, '../shared/data') },
  },
});
const seed = Number(values.seed);
if (!(TUNING_SEEDS as readonly number[]).includes(seed)) {
  process.stderr.write(`seed ${seed} is not a tuning seed (${TUNING_SEEDS.join(', ')})\n`);
  process.exit(2);
}

/** A `--grid` file: knob overrides, each a partial WonderKnobs (unknown knobs are refused). */
const gridFile = z.array(
  z
    .object({
      diversity: z.number(),
      tailBonus: z.number(),
      freshBonus: z.number(),
      exposurePenalty: z.number(),
      surpriseSlots: z.number().int(),
      explorationSlots: z.number().int(),
    })
    .partial()
    .strict(),
);

/**
 * The grid: the product's own setting ({}), then diversity weight (0.4 to 1.2 in steps of 0.05) x
 * tail bonus per bit (0.03 to 0.09 in steps of 0.01), at the default dial.
 */
const grid: Partial<WonderKnobs>[] = [{}];
/** `ROWSxWIDTH`, e.g. `2x2048`. */
function sketchShape(text: string): { rows: number; width: number } {
  const match = /^(\d+)x(\d+)$/.exec(text);
  if (!match) throw new Error(`--exposure-sketch takes ROWSxWIDTH, e.g. 2x2048, not ${text}`);
  return { rows: Number(match[1]), width: Number(match[2]) };
}
const cohorts = values['published-exposure'] ? Number(values['published-exposure']) : undefined;
if (values.grid) {
  grid.push(...gridFile.parse(JSON.parse(readFileSync(resolve(values.grid), 'utf8'))));
} else if (cohorts === undefined) {
  for (let d = 8; d <= 24; d++)
    for (let t = 3; t <= 9; t++) grid.push({ diversity: d / 20, tailBonus: t / 100 });
} else {
  // At the product's diversity: tail bonus x penalty on log(1 + percent of lists) x fresh bonus.
  for (const tailBonus of [0.02, 0.03, 0.04])
    for (const exposurePenalty of [0, 0.05, 0.1, 0.15, 0.2, 0.3])
      for (const freshBonus of [0, 0.02, 0.04, 0.07])
        grid.push({ tailBonus, exposurePenalty, freshBonus });
}

const started = performance.now();
const result = tuneWonder({
  dataset: values.dataset as DatasetName,
  seed,
  dataDir: values.data as string,
  grid,
  ...(values.links ? { links: values.links as NeighbourLinkMode } : {}),
  ...(values.neighbours ? { neighbours: Number(values.neighbours) } : {}),
  ...(values.lambda ? { lambda: Number(values.lambda) } : {}),
  ...(values['half-life'] ? { halfLifeDays: Number(values['half-life']) } : {}),
  ...(cohorts !== undefined ? { exposureCohorts: cohorts } : {}),
  ...(values['exposure-sketch'] ? { exposureSketch: sketchShape(values['exposure-sketch']) } : {}),
  progress: (m) =>
    process.stderr.write(
      `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`,
    ),
});
const metrics = ['ndcg', 'serendipity', 'ild', 'ild_cooc', 'coverage', 'surprise'] as const;
const base = result.baseline;
console.log(`EASE weighted lambda ${result.lambda}: NDCG ${metricOf(base, 'ndcg').toFixed(4)}`);
console.log(['setting', ...metrics].join('\t'));
for (const row of [...result.reference, ...result.rows.map((r) => r.row)])
  console.log([row.name, ...metrics.map((m) => metricRatio(row, base, m).toFixed(3))].join('\t'));
const chosen = chooseDialSetting(
  result.rows
    .filter((r) => Object.keys(r.knobs).length > 0)
    .map((r) => ({ setting: r.knobs, row: r.row })),
  base,
);
console.log(
  chosen
    ? `chosen (NDCG and serendipity >= ${TUNING_FLOOR}x, largest ILD x coverage x surprise): ${chosen.row.name}`
    : `no setting keeps NDCG and serendipity >= ${TUNING_FLOOR}x`,
);
if (values.json) writeFileSync(resolve(values.json), `${JSON.stringify(result, null, 2)}\n`);

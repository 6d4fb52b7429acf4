/**
 * Takes the product path apart on the validation split of a tuning seed:
 * `npm run decompose:wonder -- [--dataset movielens] [--seed 1] [--lambda N]
 * [--shapes column-30,column-100,both-30] [--collaborative 10,30,100]
 * [--knobs '[{"diversity": 0.6, "tailBonus": 0.02}]']`
 * (defaults: movielens, the product's 30 in-links, no sweep of the collaborative weight; a shape is
 * `links-count` with links column, row, both or signed; `--knobs`, re-ranker settings tried over
 * the exact signal besides the dial's). Prints each step's ratios to the
 * rating-weighted EASE on that validation split (see decomposeProduct, docs/eval/README.md "What
 * limits it"). The test part of the split is never read.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TUNING_SEEDS, type DatasetName } from '../../src/eval/run-eval.ts';
import type { DecomposeShape } from '../../src/eval/decompose/decompose-product.ts';
import { metricRatio } from '../../src/eval/evaluate.ts';
import { decomposeProduct } from '../../src/eval/decompose/decompose-product.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'movielens' },
    seed: { type: 'string', default: String(TUNING_SEEDS[0]) },
    lambda: { type: 'string' },
    shapes: { type: 'string', default: 'column-30' },
    collaborative: { type: 'string', default: '' },
    knobs: { type: 'string' },
    data: { type: 'string', default: resolve(repo, '../shared/data') },
  },
});
const seed = Number(values.seed);
if (!(TUNING_SEEDS as readonly number[]).includes(seed)) {
  process.stderr.write(`seed ${seed} is not a tuning seed (${TUNING_SEEDS.join(', ')})\n`);
  process.exit(2);
}
const shapes = (values.shapes as string).split(',').map((s) => {
  const [links, n] = s.split('-');
  return { links: links as DecomposeShape['links'], neighbours: Number(n) };
});
/** `--knobs`: a JSON array of re-ranker knob overrides (unknown knobs are refused). */
const knobSets = z.array(
  z
    .object({ diversity: z.number(), tailBonus: z.number(), freshBonus: z.number() })
    .partial()
    .strict(),
);
const started = performance.now();
const result = decomposeProduct({
  dataset: values.dataset as DatasetName,
  seed,
  dataDir: values.data as string,
  shapes,
  collaborativeWeights: (values.collaborative as string).split(',').filter(Boolean).map(Number),
  ...(values.knobs ? { knobs: knobSets.parse(JSON.parse(values.knobs)) } : {}),
  ...(values.lambda ? { lambda: Number(values.lambda) } : {}),
  progress: (m) =>
    process.stderr.write(
      `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`,
    ),
});
const metrics = ['ndcg', 'serendipity', 'ild', 'coverage', 'surprise'] as const;
console.log(`lambda ${result.lambda}`);
console.log(['step', ...metrics].join('\t'));
for (const row of result.rows)
  console.log(
    [row.name, ...metrics.map((m) => metricRatio(row, result.baseline, m).toFixed(3))].join('\t'),
  );

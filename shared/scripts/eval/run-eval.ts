/**
 * Offline evaluation: `npm run eval -- --dataset goodbooks|movielens|movielens-time --seed N --json FILE`.
 * Reads the reference data from ../shared/data (never committed), prints a table, writes the JSON
 * rows and the accuracy/diversity frontier as SVG next to it (FILE without .json, plus
 * -frontier.svg). `--docs` also writes both to docs/eval/<dataset>-seed<N>.json and
 * -frontier.svg, the figures the documentation quotes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatComparison, formatTable } from '../../src/eval/format-table.ts';
import { frontierSvg } from '../../src/eval/frontier-svg.ts';
import { DATASETS, runEval, TARGETS, type DatasetName } from '../../src/eval/run-eval.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'goodbooks' },
    seed: { type: 'string', default: '42' },
    json: { type: 'string' },
    docs: { type: 'boolean', default: false },
    data: { type: 'string', default: resolve(repo, '../shared/data') },
  },
});
const dataset = values.dataset as DatasetName;
if (!(dataset in DATASETS)) {
  process.stderr.write(
    `unknown dataset ${values.dataset}; use ${Object.keys(DATASETS).join(', ')}\n`,
  );
  process.exit(2);
}
const seed = Number(values.seed);
const started = performance.now();
const result = runEval({
  dataset,
  seed,
  dataDir: values.data as string,
  progress: (m) =>
    process.stderr.write(
      `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`,
    ),
});
console.log(`\n${dataset}, seed ${seed}, k = 10 (${JSON.stringify(result.info)})\n`);
console.log(formatTable(result.rows));
console.log(`\n${formatComparison(result.comparison, TARGETS[dataset])}`);
const json = { dataset, seed, rows: result.rows, comparison: result.comparison, info: result.info };
const svg = frontierSvg(`${dataset}, seed ${seed}: accuracy against diversity`, result.rows);
const write = (jsonFile: string) => {
  const file = resolve(process.cwd(), jsonFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  const chart = `${file.replace(/\.json$/, '')}-frontier.svg`;
  writeFileSync(chart, svg);
  process.stderr.write(`wrote ${file} and ${chart}\n`);
};
if (values.json) write(values.json);
if (values.docs) write(join(repo, 'docs/eval', `${dataset}-seed${seed}.json`));

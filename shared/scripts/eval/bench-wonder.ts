/**
 * `npm run bench:wonder`: the ranking call as a city site makes it (productRankOptions: the page's
 * slots, the default dial, the committed collaborative model) for every persona over 20, 100 and
 * 500 candidates drawn from the demo catalogue, each call with a fresh candidate list as the vault
 * receives one; p50 and p95 per size (target: p95 under 20 ms at 500), plus the whole catalogue
 * against a plain top-k by relevance, and the memory of the loaded model (heap and typed arrays).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { catalogData } from '../../src/catalog/catalog-data.ts';
import type { Persona } from '../../src/catalog/persona.ts';
import type { CulturalRecord } from '../../src/model/cultural-record.ts';
import { loadItemModel } from '../../src/wonder/model/load-item-model.ts';
import { suggest } from '../../src/wonder/suggest.ts';
import { productRankOptions } from '../../src/wonder/product-rank-options.ts';
import { createRng, shuffleInPlace } from '../../src/wonder/rerank/rng.ts';
import { DATA_CATEGORY_IDS } from '../../src/model/data-category.ts';
import { toItemRef as itemRef } from '../../src/catalog/to-item-ref.ts';

const cat = catalogData();
const items = cat.items();
const bridge = cat.bridge();
// A collection before each reading, or garbage from loading the catalogue makes the figure noise.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
// The model's lists are typed arrays, outside the JS heap: both count.
const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
gc();
const memoryBefore = memory();
const model = loadItemModel();
gc();
const modelBytes = memory() - memoryBefore;

function history(p: Persona): CulturalRecord[] {
  const out: CulturalRecord[] = [];
  const items = cat.itemsById();
  p.loans.forEach((l, i) => {
    const it = items.get(l.bookId);
    if (it)
      out.push({
        id: `loan-${i}`,
        category: 'loans',
        time: l.date,
        source: { type: 'person' },
        item: { termIds: [], genres: [], authors: [], ...itemRef(it) },
        data: { action: 'borrowed' },
      } as CulturalRecord);
  });
  p.attendance.forEach((a, i) => {
    const it = items.get(a.activityId);
    if (it)
      out.push({
        id: `att-${i}`,
        category: 'tickets',
        time: a.date,
        source: { type: 'person' },
        item: { termIds: [], genres: [], authors: [], ...itemRef(it) },
        data: { quantity: 1 },
      } as CulturalRecord);
  });
  if (p.homeArea)
    out.push({
      id: 'home',
      category: 'location',
      time: '2026-01-01T10:00:00+01:00',
      source: { type: 'person' },
      location: { ...p.homeArea, district: p.district },
      data: { reason: 'stated' },
    } as CulturalRecord);
  return out;
}

const pct = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number;
const wonder: number[] = [];
const plain: number[] = [];
const personas = cat.personas();
const histories = personas.map(history);
for (let round = 0; round < 3; round++)
  histories.forEach((h) => {
    let t = performance.now();
    suggest(h, items, DATA_CATEGORY_IDS, { k: 20, bridge, itemModel: model, dial: 0.5 });
    wonder.push(performance.now() - t);
    t = performance.now();
    suggest(h, items, DATA_CATEGORY_IDS, { k: 20, bridge, itemModel: model, rerank: false });
    plain.push(performance.now() - t);
  });
const SLOTS = 10;
const bySize: Record<string, { p50Ms: number; p95Ms: number; runs: number }> = {};
const rng = createRng(42);
for (const size of [20, 100, 500]) {
  const times: number[] = [];
  for (let round = 0; round < 10; round++)
    histories.forEach((h) => {
      const candidates = shuffleInPlace(items.slice(), rng).slice(0, size);
      const t = performance.now();
      suggest(
        h,
        candidates,
        DATA_CATEGORY_IDS,
        productRankOptions({ slots: SLOTS, itemModel: model, bridge }),
      );
      times.push(performance.now() - t);
    });
  bySize[size] = {
    p50Ms: +pct(times, 0.5).toFixed(2),
    p95Ms: +pct(times, 0.95).toFixed(2),
    runs: times.length,
  };
}
const out = {
  slots: SLOTS,
  bySize,
  personas: personas.length,
  candidates: items.length,
  runs: wonder.length,
  wonderMedianMs: +pct(wonder, 0.5).toFixed(1),
  wonderP95Ms: +pct(wonder, 0.95).toFixed(1),
  plainTopKMedianMs: +pct(plain, 0.5).toFixed(1),
  costRatio: +(pct(wonder, 0.5) / pct(plain, 0.5)).toFixed(2),
  modelMiB: +(modelBytes / 2 ** 20).toFixed(1),
  modelBooks: model.size,
};
console.log(JSON.stringify(out, null, 2));

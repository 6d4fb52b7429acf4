/**
 * `npm run train:item-model`: trains the product's collaborative model from all public goodbooks-sample
 * ratings (rating-weighted EASE over the whole catalogue, the strongest neighbours per book, see
 * shared/src/eval/product/ease-item-model.ts) and writes shared/model-data/item-neighbours.json.gz
 * with its provenance (the ratings file's SHA-256, counts, method, date). This model has seen every
 * rating, so no evaluation may load it: each evaluation trains its own on its training split.
 * Run: npm run train:item-model [-- --data ../shared/data]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadGoodbooks } from '../src/eval/data/load-goodbooks.ts';
import { PRODUCT_ITEM_MODEL, trainEaseItemModel } from '../src/eval/product/ease-item-model.ts';
import { ITEM_MODEL_FILE } from '../src/wonder/model/load-item-model.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { data: { type: 'string', default: resolve(here, '../../../shared/data') } },
});
const dir = join(values.data as string, 'goodbooks-sample');
const ds = loadGoodbooks(dir);
const rows = Array.from({ length: ds.userCount }, () => [] as [number, number][]);
for (let t = 0; t < ds.users.length; t++)
  rows[ds.users[t] as number]?.push([ds.items[t] as number, ds.ratings[t] as number]);
for (const r of rows) r.sort((a, b) => a[0] - b[0]);
const file = trainEaseItemModel({
  ...PRODUCT_ITEM_MODEL,
  train: rows.map((r) => Int32Array.from(r, ([i]) => i)),
  ratings: rows.map((r) => Float32Array.from(r, ([, v]) => v)),
  itemIds: ds.itemIds,
  source: 'goodbooks-10k sample ratings (CC BY-SA 4.0, Zygmunt Zając), rating-weighted EASE',
  provenance: {
    ratings:
      'goodbooks-sample/Ratings.csv (all ratings: the product model, never used by an evaluation)',
    interactions: ds.users.length,
    users: ds.userCount,
    method: `rating-weighted EASE over all ${ds.itemCount} books (dual form), lambda ${PRODUCT_ITEM_MODEL.lambda}, ratings below 4 weigh ${PRODUCT_ITEM_MODEL.lowRatingWeight}, the ${PRODUCT_ITEM_MODEL.neighbours} largest positive weights per book (${PRODUCT_ITEM_MODEL.links === 'column' ? 'in-links: the books that predict it best' : 'out-links'})`,
    trainedAt: new Date().toISOString().slice(0, 10),
    sha256: createHash('sha256')
      .update(readFileSync(join(dir, 'Ratings.csv')))
      .digest('hex'),
  },
});
const bytes = gzipSync(JSON.stringify(file), { level: 9 });
mkdirSync(dirname(ITEM_MODEL_FILE), { recursive: true });
writeFileSync(ITEM_MODEL_FILE, bytes);
console.log(
  `wrote ${ITEM_MODEL_FILE}: ${Object.keys(file.items).length} books, ${(bytes.length / 1024).toFixed(0)} KiB`,
);

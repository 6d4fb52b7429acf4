/**
 * Trains the collaborative model offline from the real goodbooks-sample ratings: cosine ItemKNN,
 * 20 neighbours per book, similarities quantised to a byte. Writes shared/model-data/item-neighbours.json.gz.
 * Run: node --import tsx shared/scripts/train-item-model.ts [--data ../shared/data]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { itemNeighbours } from '../src/eval/baselines/item-knn.ts';
import { loadGoodbooks } from '../src/eval/data/load-goodbooks.ts';
import { itemUsers } from '../src/eval/interactions.ts';
import { ITEM_MODEL_FILE } from '../src/wonder/model/load-item-model.ts';
import type { ItemModelFile } from '../src/wonder/model/item-model.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(here, '../../../shared/data') },
    k: { type: 'string', default: '20' },
  },
});
const ds = loadGoodbooks(join(values.data as string, 'goodbooks-sample'));
const train = Array.from({ length: ds.userCount }, () => [] as number[]);
for (let t = 0; t < ds.users.length; t++) train[ds.users[t] as number]?.push(ds.items[t] as number);
const rows = train.map((r) => Int32Array.from(r).sort());
const k = Number(values.k);
const nb = itemNeighbours(rows, itemUsers(rows, ds.itemCount), k);
const items: ItemModelFile['items'] = {};
nb.ids.forEach((ids, i) => {
  if (ids.length === 0) return;
  const sims = nb.sims[i] as Float32Array;
  items[String(ds.itemIds[i])] = [
    Array.from(ids, (j) => ds.itemIds[j] as number),
    Array.from(sims, (s) => Math.max(0, Math.min(255, Math.round(s * 255)))),
  ];
});
const file: ItemModelFile = {
  version: 1,
  source: 'goodbooks-10k sample ratings (CC BY-SA 4.0, Zygmunt Zając), cosine ItemKNN',
  neighboursPerItem: k,
  items,
};
const bytes = gzipSync(JSON.stringify(file), { level: 9 });
mkdirSync(dirname(ITEM_MODEL_FILE), { recursive: true });
writeFileSync(ITEM_MODEL_FILE, bytes);
console.log(
  `wrote ${ITEM_MODEL_FILE}: ${Object.keys(items).length} books, ${(bytes.length / 1024).toFixed(0)} KiB`,
);

/**
 * The build's step from the committed collaborative model (gzipped JSON, the single source, its
 * provenance inside) to the packed file the worker reads (layout in
 * src/ranking/packed-item-model-format.ts). The JSON is checked here with shared's schema, in Node:
 * this is the trust boundary, so the worker only checks the packed file's structure.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

import { ItemModelFile } from '@verwonder/shared/wonder/model/item-model.ts';

import {
  PACKED_ITEM_MODEL_MAGIC,
  PACKED_ITEM_MODEL_MAX_ID,
  PACKED_ITEM_MODEL_SHA256_AT,
  PACKED_ITEM_MODEL_VERSION,
  packedItemModelLayout,
} from '../src/ranking/packed-item-model-format.ts';

/** The id as the packed file keeps it: `book-007` would not survive a number, so it is refused. */
function packedId(key: string, what: string): number {
  const id = Number(key);
  if (!/^(0|[1-9]\d*)$/.test(key) || id > PACKED_ITEM_MODEL_MAX_ID)
    throw new Error(
      `item model: ${what} ${key} is not an id from 0 to ${PACKED_ITEM_MODEL_MAX_ID}`,
    );
  return id;
}

/** Packs the committed model file's bytes (`.json.gz`); the same input gives the same bytes. */
export function packItemModel(gzipped: Uint8Array): Uint8Array<ArrayBuffer> {
  const file = ItemModelFile.parse(JSON.parse(gunzipSync(gzipped).toString('utf8')));
  const items = Object.entries(file.items)
    .map(([key, columns]) => ({ id: packedId(key, 'book'), columns }))
    .sort((a, b) => a.id - b.id);
  const index = new Map(items.map((item, i) => [item.id, i]));
  const count = items.reduce((sum, { columns: [ids] }) => sum + ids.length, 0);
  const layout = packedItemModelLayout(items.length, count);

  const bytes = new Uint8Array(layout.length);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(PACKED_ITEM_MODEL_MAGIC), 0);
  view.setUint32(4, PACKED_ITEM_MODEL_VERSION, true);
  view.setUint32(8, items.length, true);
  view.setUint32(12, file.neighboursPerItem, true);
  view.setUint32(16, count, true);
  bytes.set(createHash('sha256').update(gzipped).digest(), PACKED_ITEM_MODEL_SHA256_AT);

  let at = 0;
  items.forEach(({ id, columns: [ids, sims] }, i) => {
    view.setUint16(layout.ids + 2 * i, id, true);
    view.setUint32(layout.offsets + 4 * i, at, true);
    ids.forEach((neighbour, k) => {
      // Neighbours are item indices: every neighbour must be a book of the model itself.
      const target = index.get(neighbour);
      if (target === undefined)
        throw new Error(`item model: neighbour ${neighbour} of book ${id} is not a book of it`);
      view.setUint16(layout.neighbourIndices + 2 * at, target, true);
      // As parseItemModel reads it: a missing similarity is 0.
      bytes[layout.sims + at] = sims[k] ?? 0;
      at++;
    });
  });
  view.setUint32(layout.offsets + 4 * items.length, at, true);
  return bytes;
}

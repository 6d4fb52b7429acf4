/**
 * The worker's reader of the packed collaborative model (layout in packed-item-model-format.ts).
 * The build checked the model's content against shared's schema; here every length, offset and
 * index is checked by hand before use, so a damaged file throws a clear error instead of reading
 * out of bounds. Neighbour lists are built on first request and kept, one item at a time: a page
 * asks for the neighbours of the person's few books, not of all 9,229.
 */
import type { ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';

import {
  PACKED_ITEM_MODEL_HEADER_BYTES,
  PACKED_ITEM_MODEL_MAGIC,
  PACKED_ITEM_MODEL_VERSION,
  packedItemModelLayout,
} from './packed-item-model-format.ts';

type Neighbour = { id: string; sim: number };

function malformed(why: string): never {
  throw new Error(`packed item model: ${why}`);
}

/** Typed arrays read in the platform's byte order; the file is little-endian, as every browser is. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The index of `book-N` in the ascending ids, or -1; `book-007` is no id, as in parseItemModel. */
function findItem(ids: Uint16Array, itemId: string): number {
  const match = /^book-(0|[1-9]\d{0,4})$/.exec(itemId);
  if (!match) return -1;
  const id = Number(match[1]);
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = ids[middle]!;
    if (at === id) return middle;
    if (at < id) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export function readPackedItemModel(input: Uint8Array): ItemModel {
  if (!LITTLE_ENDIAN) malformed('this platform is big-endian');
  if (input.byteLength < PACKED_ITEM_MODEL_HEADER_BYTES)
    malformed(`${input.byteLength} bytes, shorter than its header`);
  // Typed arrays need aligned starts: a fetched ArrayBuffer is; any other slice is copied.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== PACKED_ITEM_MODEL_MAGIC) malformed(`magic ${JSON.stringify(magic)}, not VWIM`);
  const version = view.getUint32(4, true);
  if (version !== PACKED_ITEM_MODEL_VERSION) malformed(`version ${version} is not supported`);
  const count = view.getUint32(8, true);
  const total = view.getUint32(16, true);
  const layout = packedItemModelLayout(count, total);
  if (bytes.byteLength !== layout.length)
    malformed(
      `${bytes.byteLength} bytes where ${count} items, ${total} neighbours take ${layout.length}`,
    );

  const at = bytes.byteOffset;
  const offsets = new Uint32Array(bytes.buffer, at + layout.offsets, count + 1);
  const ids = new Uint16Array(bytes.buffer, at + layout.ids, count);
  const neighbours = new Uint16Array(bytes.buffer, at + layout.neighbourIndices, total);
  const sims = new Uint8Array(bytes.buffer, at + layout.sims, total);

  // Everything the lookups below rely on, checked once: ascending ids (binary search), offsets
  // ascending from 0 to the neighbour count, and neighbours naming an item of the file.
  for (let i = 1; i < count; i++)
    if (ids[i]! <= ids[i - 1]!) malformed(`item ids not ascending at item ${i}`);
  if (offsets[0] !== 0) malformed('the first offset is not 0');
  for (let i = 1; i <= count; i++)
    if (offsets[i]! < offsets[i - 1]!) malformed(`offsets go back at item ${i}`);
  if (offsets[count] !== total) malformed(`the offsets end at ${offsets[count]}, not at ${total}`);
  for (let k = 0; k < total; k++)
    if (neighbours[k]! >= count)
      malformed(`neighbour ${k} names item ${neighbours[k]} of ${count}`);

  const cache = new Array<readonly Neighbour[] | undefined>(count);
  const listOf = (item: number): readonly Neighbour[] => {
    const list: Neighbour[] = [];
    for (let k = offsets[item]!; k < offsets[item + 1]!; k++)
      // The same division as parseItemModel, so the similarities are the same numbers.
      list.push({ id: `book-${ids[neighbours[k]!]}`, sim: sims[k]! / 255 });
    return list;
  };
  return {
    neighbours(itemId) {
      const item = findItem(ids, itemId);
      if (item < 0) return [];
      return (cache[item] ??= listOf(item));
    },
    size: count,
  };
}

/**
 * The layout of the packed collaborative model the build writes (scripts/pack-item-model.ts) and the
 * worker reads (read-packed-item-model.ts): typed columns instead of JSON, so a worker start reads it
 * in milliseconds instead of gunzipping, parsing and checking ~1M JSON numbers. Integers are
 * little-endian; each column starts at a multiple of its width, so the reader views it in place.
 *
 *   offset  size             field
 *   0       4                magic "VWIM"
 *   4       4    u32         format version (PACKED_ITEM_MODEL_VERSION)
 *   8       4    u32         item count n
 *   12      4    u32         neighbours per item (the model file's, for reference)
 *   16      4    u32         neighbour count m (all items together)
 *   20      32               sha256 of the committed model file it was packed from
 *   52      4n+4 u32[n+1]    offsets: item i's neighbours are entries offsets[i]..offsets[i+1]
 *   ..      2n   u16[n]      item ids (the N of `book-N`), strictly ascending
 *   ..      2m   u16[m]      neighbours, as indices into the item ids
 *   ..      m    u8[m]       their similarities, quantised 0..255 as in the model file
 *
 * Ids fit in u16: the goodbooks ids go up to 10,000; the packer refuses a model where they do not.
 */
export const PACKED_ITEM_MODEL_MAGIC = 'VWIM';
export const PACKED_ITEM_MODEL_VERSION = 1;
export const PACKED_ITEM_MODEL_HEADER_BYTES = 52;
export const PACKED_ITEM_MODEL_SHA256_AT = 20;
export const PACKED_ITEM_MODEL_MAX_ID = 0xffff;

/** Where each column starts, and the total length, for n items and m neighbours. */
export function packedItemModelLayout(items: number, neighbours: number) {
  const offsets = PACKED_ITEM_MODEL_HEADER_BYTES;
  const ids = offsets + 4 * (items + 1);
  const neighbourIndices = ids + 2 * items;
  const sims = neighbourIndices + 2 * neighbours;
  return { offsets, ids, neighbourIndices, sims, length: sims + neighbours };
}

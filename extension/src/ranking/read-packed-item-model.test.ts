/**
 * The packed model answers exactly what shared's parseItemModel answers for the committed model
 * (every item: ids, similarities, order; the size), and a damaged file throws instead of being read.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { ItemModelFile, parseItemModel } from '@verwonder/shared/wonder/model/item-model.ts';
import { ITEM_MODEL_FILE } from '@verwonder/shared/wonder/model/load-item-model.ts';

import { packItemModel } from '../../scripts/pack-item-model.ts';
import { packedItemModelLayout } from './packed-item-model-format.ts';
import { readPackedItemModel } from './read-packed-item-model.ts';
import { packedThreeBookModel } from './three-book-model.ts';

describe('readPackedItemModel on the committed model', () => {
  const committed = readFileSync(ITEM_MODEL_FILE);
  const json: unknown = JSON.parse(gunzipSync(committed).toString('utf8'));
  const parsed = parseItemModel(json);
  const packed = readPackedItemModel(packItemModel(committed));
  const ids = Object.keys(ItemModelFile.parse(json).items).map((key) => `book-${key}`);

  it('has every item parseItemModel has, with the same neighbours in the same order', () => {
    expect(packed.size).toBe(parsed.size);
    expect(ids).toHaveLength(parsed.size);
    // toEqual compares numbers with Object.is: the similarities are the very same doubles.
    expect(ids.map((id) => packed.neighbours(id))).toEqual(ids.map((id) => parsed.neighbours(id)));
  });

  it('answers no neighbours where parseItemModel answers none', () => {
    for (const id of ['book-0', 'book-007', 'book-10001', 'book-70000', 'book-', 'book-1 ', '1'])
      expect(packed.neighbours(id), id).toEqual(parsed.neighbours(id));
  });

  it('builds an item’s list once and keeps it', () => {
    expect(packed.neighbours('book-1')).toBe(packed.neighbours('book-1'));
  });
});

describe('readPackedItemModel on a damaged file', () => {
  const good = packedThreeBookModel();
  const layout = packedItemModelLayout(3, 4);
  /** A copy of the good file with a change made through a DataView. */
  const damaged = (change: (view: DataView) => void) => {
    const bytes = good.slice();
    change(new DataView(bytes.buffer));
    return bytes;
  };

  it('reads the good one, also from an unaligned slice', () => {
    expect(readPackedItemModel(good).neighbours('book-1')).toEqual([
      { id: 'book-2', sim: 1 },
      { id: 'book-3', sim: 0.2 },
    ]);
    const shifted = new Uint8Array(good.byteLength + 1);
    shifted.set(good, 1);
    expect(readPackedItemModel(shifted.subarray(1)).neighbours('book-3')).toEqual([
      { id: 'book-1', sim: 0.2 },
    ]);
  });

  it.each([
    ['wrong magic', damaged((v) => v.setUint8(0, 0x58)), /magic "XWIM"/],
    ['another version', damaged((v) => v.setUint32(4, 2, true)), /version 2/],
    ['shorter than the header', good.subarray(0, 20), /shorter than its header/],
    ['truncated', good.subarray(0, good.byteLength - 1), /bytes where 3 items/],
    ['a byte too many', new Uint8Array([...good, 0]), /bytes where 3 items/],
    ['more items than it holds', damaged((v) => v.setUint32(8, 4, true)), /bytes where 4 items/],
    ['ids not ascending', damaged((v) => v.setUint16(layout.ids, 5, true)), /not ascending/],
    ['a first offset past 0', damaged((v) => v.setUint32(layout.offsets, 1, true)), /first/],
    [
      'an offset past the end',
      damaged((v) => v.setUint32(layout.offsets + 4, 1000, true)),
      /offsets go back/,
    ],
    [
      'offsets ending past the neighbours',
      damaged((v) => v.setUint32(layout.offsets + 12, 5, true)),
      /offsets end at 5/,
    ],
    [
      'a neighbour index out of range',
      damaged((v) => v.setUint16(layout.neighbourIndices + 2, 3, true)),
      /neighbour 1 names item 3 of 3/,
    ],
  ])('throws on %s', (_what, bytes, message) => {
    expect(() => readPackedItemModel(bytes)).toThrow(message);
  });
});

/**
 * The build's packer: the model file checked with shared's schema, its content kept as
 * parseItemModel reads it (ids, order, quantised similarities), its source named by sha256, and
 * anything the packed layout cannot hold refused at build time rather than changed.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { parseItemModel, type ItemModelFile } from '@verwonder/shared/wonder/model/item-model.ts';

import { PACKED_ITEM_MODEL_SHA256_AT } from '../src/ranking/packed-item-model-format.ts';
import { readPackedItemModel } from '../src/ranking/read-packed-item-model.ts';
import { packItemModel } from './pack-item-model.ts';

const FILE: ItemModelFile = {
  version: 1,
  source: 'test',
  neighboursPerItem: 3,
  // Keys out of order, a similarity missing (parseItemModel reads 0) and one too many (ignored).
  items: {
    '10': [[2, 1], [255]],
    '2': [[10], [128, 7]],
    '1': [
      [10, 2, 1],
      [1, 2, 3],
    ],
  },
};
const gz = (file: unknown) => gzipSync(JSON.stringify(file));

describe('packItemModel', () => {
  it('writes the header: magic, version, counts and the source file’s sha256', () => {
    const source = gz(FILE);
    const bytes = packItemModel(source);
    const view = new DataView(bytes.buffer);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('VWIM');
    expect([1, 3, 3, 6].map((_, i) => view.getUint32(4 + 4 * i, true))).toEqual([1, 3, 3, 6]);
    const sha = bytes.subarray(PACKED_ITEM_MODEL_SHA256_AT, PACKED_ITEM_MODEL_SHA256_AT + 32);
    expect(Buffer.from(sha).toString('hex')).toBe(
      createHash('sha256').update(source).digest('hex'),
    );
  });

  it('keeps what parseItemModel reads, and gives the same bytes for the same file', () => {
    const source = gz(FILE);
    const packed = readPackedItemModel(packItemModel(source));
    const parsed = parseItemModel(FILE);
    expect(packed.size).toBe(3);
    for (const id of ['book-1', 'book-2', 'book-10'])
      expect(packed.neighbours(id), id).toEqual(parsed.neighbours(id));
    expect(packed.neighbours('book-10')).toEqual([
      { id: 'book-2', sim: 1 },
      { id: 'book-1', sim: 0 },
    ]);
    expect(packItemModel(source)).toEqual(packItemModel(source));
  });

  it.each([
    ['a file the schema refuses', { ...FILE, version: 2 }, /version|expected/i],
    ['an id with a leading zero', { ...FILE, items: { '01': [[], []] } }, /01 is not an id/],
    ['an id past u16', { ...FILE, items: { '70000': [[], []] } }, /70000 is not an id/],
    [
      'a neighbour that is no item of the model',
      { ...FILE, items: { '1': [[4], [9]] } },
      /neighbour 4 of book 1 is not a book of it/,
    ],
  ])('refuses %s', (_what, file, message) => {
    expect(() => packItemModel(gz(file))).toThrow(message);
  });

  it('refuses bytes that are not gzipped JSON', () => {
    expect(() => packItemModel(new TextEncoder().encode('{}'))).toThrow();
  });
});

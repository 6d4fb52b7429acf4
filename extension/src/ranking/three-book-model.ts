import { gzipSync } from 'node:zlib';

import type { ItemModelFile } from '@verwonder/shared/wonder/model/item-model.ts';

import { packItemModel } from '../../scripts/pack-item-model.ts';

/** Tests' model file: three books, two neighbours at most, as `npm run train:item-model` writes it. */
export const THREE_BOOK_MODEL: ItemModelFile = {
  version: 1,
  source: 'test',
  neighboursPerItem: 2,
  items: {
    '1': [
      [2, 3],
      [255, 51],
    ],
    '2': [[1], [255]],
    '3': [[1], [51]],
  },
};

/** The file as committed (gzipped JSON), which the packed reader must refuse. */
export const threeBookModelGzip = (): Uint8Array<ArrayBuffer> =>
  new Uint8Array(gzipSync(JSON.stringify(THREE_BOOK_MODEL)));

/** The file packed by the build's own step. */
export const packedThreeBookModel = (): Uint8Array<ArrayBuffer> =>
  packItemModel(threeBookModelGzip());

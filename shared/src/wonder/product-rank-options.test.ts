import { expect, it } from 'vitest';
import { DIAL_PRESETS } from './rerank/dial.ts';
import { productRankOptions } from './product-rank-options.ts';

it('the product call chooses the page slots at the default dial, with the model and no exposure', () => {
  const itemModel = { neighbours: () => [], size: 0 };
  const options = productRankOptions({ slots: 4, itemModel });
  expect(options).toEqual({ k: 4, dial: DIAL_PRESETS.default, itemModel });
  expect(options.exposure).toBeUndefined();
  expect(productRankOptions({ slots: 3, dial: 0.8 })).toEqual({ k: 3, dial: 0.8 });
});

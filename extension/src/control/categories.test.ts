import { describe, expect, it } from 'vitest';

import { DATA_CATEGORIES, DATA_CATEGORY_IDS } from '@verwonder/shared/model/data-category.ts';

import { CATEGORIES, CATEGORY_IDS } from './categories.ts';

describe('the extension copy of the data categories', () => {
  it('has the ids of the shared registry, in its order', () => {
    expect(CATEGORY_IDS).toEqual(DATA_CATEGORY_IDS);
  });

  it.each(DATA_CATEGORY_IDS)('%s has the shared label and behavioural flag', (id) => {
    const shared = DATA_CATEGORIES.get(id);
    expect(CATEGORIES[id]).toEqual({ label: shared?.label, behavioural: shared?.behavioural });
  });
});

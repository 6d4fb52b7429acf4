import { expect, it } from 'vitest';
import { buildRatingDataset } from '../data/rating-dataset.ts';
import { itemUsers } from '../interactions.ts';
import { randomSplit } from '../split.ts';
import { datasetCandidates } from './dataset-catalogue.ts';
import { productLists } from './product-lists.ts';

it('the product path ranks each user with suggest over the data set, never a training item', () => {
  const items = Array.from({ length: 12 }, (_, i) => ({
    id: i + 1,
    title: `Item ${i + 1}`,
    genres: [i % 2 ? 'drama' : 'comedy'],
  }));
  const ratings = Array.from({ length: 6 }, (_, u) =>
    Array.from({ length: 8 }, (_, t) => ({ user: u, item: ((u + t) % 12) + 1, rating: 5 })),
  ).flat();
  const ds = buildRatingDataset('tiny', items, ratings);
  const split = randomSplit(ds, 1);
  const candidates = datasetCandidates(
    ds,
    itemUsers(split.train, ds.itemCount).counts,
    () => undefined,
  );
  // Every item's neighbour is the next one: the collaborative signal points forward.
  const itemModel = {
    neighbours: (id: string) => [{ id: `book-${(Number(id.slice(5)) % 12) + 1}`, sim: 1 }],
    size: 12,
  };
  const lists = productLists({ split, candidates, itemModel, k: 3, users: [0, 1] });
  for (const u of [0, 1]) {
    expect(lists[u]).toHaveLength(3);
    for (const i of lists[u] ?? []) expect(split.train[u]).not.toContain(i);
  }
  expect(lists[2]).toHaveLength(0);
});

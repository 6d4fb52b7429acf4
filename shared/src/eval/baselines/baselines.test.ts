import { expect, it } from 'vitest';
import { itemUsers } from '../interactions.ts';
import { topK } from '../scorer.ts';
import { columnIndex, easeScorer, frequentItems, gramMatrix, trainEase } from './ease.ts';
import { itemKnnScorer, itemNeighbours } from './item-knn.ts';
import { popularityScorer } from './popularity.ts';

// Two taste groups: items 0-2 go together, items 3-5 go together; item 6 is rated by one user only.
const TRAIN = [
  Int32Array.from([0, 1, 2]),
  Int32Array.from([0, 1, 2]),
  Int32Array.from([0, 1]),
  Int32Array.from([3, 4, 5]),
  Int32Array.from([3, 4, 5, 6]),
  Int32Array.from([3, 4]),
  Int32Array.from([0, 3]),
];
const IU = itemUsers(TRAIN, 7);

function rank(scorer: { scoreUser(u: number, o: Float64Array): void }, user: number): number[] {
  const out = new Float64Array(7);
  scorer.scoreUser(user, out);
  return [...topK(out, 2, TRAIN[user])];
}

it('popularity recommends the most rated unseen items', () => {
  expect([...IU.counts]).toEqual([4, 3, 2, 4, 3, 2, 1]);
  expect(rank(popularityScorer(IU.counts), 2)).toEqual([3, 4]);
});

it('ItemKNN completes each taste group', () => {
  const knn = itemKnnScorer(TRAIN, itemNeighbours(TRAIN, IU, 10));
  expect(rank(knn, 2)[0]).toBe(2);
  expect(rank(knn, 5)[0]).toBe(5);
});

it('EASE completes each taste group, and leaves items outside its columns at 0', () => {
  const cols = frequentItems(IU.counts, 6, 2);
  expect([...cols]).toEqual([0, 1, 2, 3, 4, 5]);
  const model = trainEase(gramMatrix(TRAIN, columnIndex(cols, 7), 6), cols, 7, 0.5);
  const ease = easeScorer(model, TRAIN);
  expect(rank(ease, 2)[0]).toBe(2);
  expect(rank(ease, 5)[0]).toBe(5);
  const out = new Float64Array(7);
  ease.scoreUser(4, out);
  expect(out[6]).toBe(0);
});

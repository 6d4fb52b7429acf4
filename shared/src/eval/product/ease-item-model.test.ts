import { expect, it } from 'vitest';
import { firstLeast, TWO_TASTE_GROUPS } from '../testing/two-taste-groups.ts';
import { parseItemModel } from '../../wonder/model/item-model.ts';
import { columnIndex, gramMatrix, trainEase } from '../baselines/ease.ts';
import { trainEaseItemModel } from './ease-item-model.ts';

const TRAIN = TWO_TASTE_GROUPS;
const RATINGS = firstLeast(3, 5);

const train = (links: 'row' | 'column') =>
  trainEaseItemModel({
    train: TRAIN,
    ratings: RATINGS,
    itemIds: [10, 11, 12, 13, 14, 15],
    lambda: 0.5,
    neighbours: 2,
    lowRatingWeight: 0.5,
    links,
    source: 'test',
    provenance: { ratings: 'test', interactions: 17, users: 7, method: 'test' },
  });

/** The exact EASE weights B (row-major 6 x 6) the model is cut from. */
function exactEase(): Float64Array {
  const weights = RATINGS.map((rs) => Float32Array.from(rs, (r) => (r >= 4 ? 1 : 0.5)));
  const cols = Int32Array.from([0, 1, 2, 3, 4, 5]);
  return trainEase(gramMatrix(TRAIN, columnIndex(cols, 6), 6, weights), cols, 6, 0.5).b;
}

it('the item model keeps each item s largest positive EASE weights, best first, scaled to a byte', () => {
  const file = train('row');
  const b = exactEase();
  for (const [id, [ids, sims]] of Object.entries(file.items)) {
    const i = Number(id) - 10;
    const row = Array.from({ length: 6 }, (_, j) =>
      j === i ? -Infinity : (b[i * 6 + j] as number),
    );
    const best = row
      .map((w, j) => [w, j] as const)
      .sort((a, b) => b[0] - a[0])
      .filter(([w]) => w > 0)
      .slice(0, 2);
    expect(ids).toEqual(best.map(([, j]) => j + 10).slice(0, ids.length));
    expect([...sims].sort((a, b) => b - a)).toEqual(sims);
  }
  expect(Math.max(...Object.values(file.items).flatMap(([, s]) => s))).toBe(255);
  const model = parseItemModel(file);
  expect(model.neighbours('book-10')[0]?.id).toMatch(/^book-1[12]$/);
});

it('with column links each item keeps its strongest in-links: the items i with the largest B_ij', () => {
  const file = train('column');
  const b = exactEase();
  const kept = new Set(
    Object.entries(file.items).flatMap(([id, [ids]]) =>
      ids.map((j) => `${Number(id) - 10}>${j - 10}`),
    ),
  );
  for (let j = 0; j < 6; j++) {
    const best = Array.from({ length: 6 }, (_, i) => [b[i * 6 + j] as number, i] as const)
      .filter(([w, i]) => i !== j && w > 0)
      .sort((a, b) => b[0] - a[0])
      .slice(0, 2);
    for (const [, i] of best) expect(kept.has(`${i}>${j}`)).toBe(true);
    // Nothing else points at j.
    const into = [...kept].filter((link) => link.endsWith(`>${j}`));
    expect(into.length).toBe(best.length);
  }
  // Every neighbour has an entry of its own (the extension's packed model indexes them).
  for (const [ids] of Object.values(file.items))
    for (const j of ids) expect(file.items[String(j)]).toBeDefined();
  for (const [, sims] of Object.values(file.items))
    expect([...sims].sort((a, b) => b - a)).toEqual(sims);
});

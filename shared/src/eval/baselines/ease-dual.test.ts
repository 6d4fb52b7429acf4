import { expect, it } from 'vitest';
import { createRng } from '../../wonder/rerank/rng.ts';
import { itemUsers } from '../interactions.ts';
import { columnIndex, easeScorer, gramMatrix, trainEase } from './ease.ts';
import { dualEaseRow, dualEaseScorer, trainDualEase } from './ease-dual.ts';

it('the dual form gives exactly the EASE of the whole item Gram matrix (scores and weights), weighted too', () => {
  const rng = createRng(3);
  const items = 25;
  const train = Array.from({ length: 12 }, () =>
    Int32Array.from(new Set(Array.from({ length: 8 }, () => Math.floor(rng() * items)))).sort(),
  );
  const weights = train.map((row) => Float32Array.from(row, () => (rng() < 0.3 ? 0.5 : 1)));
  const cols = Int32Array.from({ length: items }, (_, i) => i);
  const iu = itemUsers(train, items);
  for (const w of [undefined, weights]) {
    const primal = trainEase(gramMatrix(train, columnIndex(cols, items), items, w), cols, items, 7);
    const dual = trainDualEase(train, items, 7, w);
    const a = new Float64Array(items);
    const b = new Float64Array(items);
    for (let u = 0; u < train.length; u++) {
      easeScorer(primal, train, 'p', w).scoreUser(u, a);
      dualEaseScorer(dual).scoreUser(u, b);
      for (let j = 0; j < items; j++) expect(b[j]).toBeCloseTo(a[j] as number, 9);
    }
    for (let i = 0; i < items; i++) {
      const users = iu.users.subarray(iu.offsets[i], iu.offsets[i + 1]);
      const values = Array.from(users, (u) =>
        w ? ((w[u] as Float32Array)[(train[u] as Int32Array).indexOf(i)] as number) : 1,
      );
      dualEaseRow(dual, users, values, i, b);
      for (let j = 0; j < items; j++)
        expect(b[j]).toBeCloseTo(primal.b[i * items + j] as number, 9);
    }
  }
});

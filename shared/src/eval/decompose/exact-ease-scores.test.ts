import { expect, it } from 'vitest';
import { firstLeast, TWO_TASTE_GROUPS } from '../testing/two-taste-groups.ts';
import { dualEaseScorer, trainDualEase } from '../baselines/ease-dual.ts';
import { exactEaseScores } from './exact-ease-scores.ts';
import { signedInLinks } from './signed-in-links.ts';
import { sparseScores } from './sparse-scores.ts';

const TRAIN = TWO_TASTE_GROUPS;
const WEIGHTS = firstLeast(0.5, 1);
const model = trainDualEase(TRAIN, 6, 0.5, WEIGHTS);
const unseen = (u: number) => [0, 1, 2, 3, 4, 5].filter((i) => !TRAIN[u]?.includes(i));
const weightsOf = (u: number) =>
  new Map(
    Array.from(TRAIN[u] as Int32Array, (i, t) => [i, (WEIGHTS[u] as Float32Array)[t] as number]),
  );

it('with a user s own weights, the scores are the full EASE s for the items they do not have', () => {
  const full = new Float64Array(6);
  const exact = new Float64Array(6);
  for (let u = 0; u < TRAIN.length; u++) {
    dualEaseScorer(model).scoreUser(u, full);
    exactEaseScores(model, weightsOf(u), exact);
    for (const i of unseen(u)) expect(exact[i]).toBeCloseTo(full[i] as number, 9);
  }
});

it('the signed links of every item sum to the exact scores, for any weights', () => {
  const links = signedInLinks(model, 6);
  const w = new Map([
    [0, 0.3],
    [4, 1],
  ]);
  const exact = new Float64Array(6);
  const sparse = new Float64Array(6);
  exactEaseScores(model, w, exact);
  sparseScores(links, w, sparse);
  for (const i of [1, 2, 3, 5]) expect(sparse[i]).toBeCloseTo(exact[i] as number, 9);
  // Negative links are kept: the cross-over reader makes some weights negative.
  expect(links.some((l) => l.sims.some((s) => s < 0))).toBe(true);
});

it('keeps only the k links of largest magnitude per item', () => {
  const links = signedInLinks(model, 1);
  const inLinks = new Array(6).fill(0);
  for (const l of links) for (const i of l.ids) inLinks[i]++;
  expect(Math.max(...inLinks)).toBeLessThanOrEqual(1);
});

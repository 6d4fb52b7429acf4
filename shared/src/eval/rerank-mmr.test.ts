import { expect, it } from 'vitest';
import { mmrRerank } from './rerank-mmr.ts';

const GENRES = [[0], [0], [1]];
const SCORES = Float64Array.from([1, 0.9, 0.5]);

it('MMR with lambda 1 keeps the relevance order, lower lambda lets a different genre in', () => {
  expect([...mmrRerank([0, 1, 2], SCORES, GENRES, 2, 1)]).toEqual([0, 1]);
  expect([...mmrRerank([0, 1, 2], SCORES, GENRES, 2, 0.5)]).toEqual([0, 2]);
});

it('popularity-penalised MMR lets a less popular item overtake a popular one', () => {
  const counts = [100, 1, 50];
  expect([...mmrRerank([0, 1, 2], SCORES, [[0], [1], [2]], 1, 1, { counts, beta: 0 })]).toEqual([
    0,
  ]);
  expect([...mmrRerank([0, 1, 2], SCORES, [[0], [1], [2]], 1, 1, { counts, beta: 0.5 })]).toEqual([
    1,
  ]);
});

it('exposure-penalised MMR lets an item shown less often overtake one shown to many', () => {
  const counts = [1, 1, 1];
  const popularity = { counts, beta: 0 };
  const genres = [[0], [1], [2]];
  expect([...mmrRerank([0, 1, 2], SCORES, genres, 1, 1, popularity)]).toEqual([0]);
  const exposure = { values: [80, 0, 40], gamma: 0.5 };
  expect([...mmrRerank([0, 1, 2], SCORES, genres, 1, 1, popularity, exposure)]).toEqual([1]);
});

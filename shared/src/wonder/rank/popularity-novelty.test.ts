import { expect, it } from 'vitest';
import { sampleCandidates } from '../test-fixtures.ts';
import { popularityNovelty } from './popularity-novelty.ts';

it('novelty is log2(1 + more popular candidates) per kind: 0 for the most popular, ties share the rank', () => {
  const books = sampleCandidates(60)
    .filter((c) => c.kind === 'book')
    .slice(0, 4)
    .map((c, i) => ({ ...c, popularity: [0.9, 0.5, 0.5, 0.1][i] as number }));
  const n = popularityNovelty(books);
  expect(books.map((b) => n.get(b.id))).toEqual([0, 1, 1, 2]);
});

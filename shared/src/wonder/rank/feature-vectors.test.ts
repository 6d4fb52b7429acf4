import { expect, it } from 'vitest';
import { unitVector } from '../rerank/sparse-vector.ts';
import { sampleCandidates } from '../test-fixtures.ts';
import { featureVectors } from './feature-vectors.ts';

it('numbers and weighs features as one map of t:/g:/m: keys would, in order of appearance', () => {
  const items = sampleCandidates(20);
  const index = new Map<string, number>();
  const fid = (key: string) => index.get(key) ?? (index.set(key, index.size), index.size - 1);
  const vectors = featureVectors();
  for (const item of items) {
    const keys = [
      ...item.themes.map((t) => `t:${t.id}`),
      ...item.genres.map((g) => `g:${g}`),
      `m:${item.medium}`,
    ];
    const expected = unitVector(
      new Map(keys.map((key) => [fid(key), key.startsWith('m:') ? 0.7 : 1])),
    );
    expect(vectors(item)).toEqual(expected);
  }
});

import type { Scorer } from '../scorer.ts';

/** Most popular first: the number of training users per item. */
export function popularityScorer(counts: Int32Array): Scorer {
  return {
    name: 'popularity',
    scoreUser(_user, out) {
      for (let i = 0; i < counts.length; i++) out[i] = counts[i] as number;
    },
  };
}

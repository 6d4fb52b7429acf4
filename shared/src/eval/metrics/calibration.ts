import { genreDistribution } from './genre-profile.ts';

/**
 * Miscalibration after Steck (2018): KL(p || q~) with p the user's training genre distribution, q the
 * list's, and q~ = (1 - alpha) q + alpha p so that the divergence stays finite.
 */
export function calibrationKl(
  list: ArrayLike<number>,
  profile: Float64Array,
  itemGenres: readonly ArrayLike<number>[],
  k: number,
  alpha = 0.01,
): number {
  const q = genreDistribution(Array.from(list).slice(0, k), itemGenres, profile.length);
  let kl = 0;
  for (let g = 0; g < profile.length; g++) {
    const p = profile[g] as number;
    if (p <= 0) continue;
    kl += p * Math.log2(p / ((1 - alpha) * (q[g] as number) + alpha * p));
  }
  return kl;
}

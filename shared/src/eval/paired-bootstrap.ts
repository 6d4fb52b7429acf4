import { createRng } from '../wonder/rerank/rng.ts';

export interface RatioInterval {
  ratio: number;
  lo: number;
  hi: number;
}

/**
 * Paired bootstrap 95% interval of a ratio of two methods' metric over the same users: users are
 * resampled with replacement, both methods keep their own value for each drawn user, and the
 * ratio is recomputed per replicate (percentile interval). `statistic` gets the drawn user
 * positions (with repeats) and one method's index (0 or 1) and returns that method's value, so
 * set metrics such as coverage are recomputed on the drawn lists, not averaged.
 */
export function pairedBootstrapRatio(
  userCount: number,
  statistic: (draw: Int32Array, method: 0 | 1) => number,
  replicates = 1000,
  seed = 1,
): RatioInterval {
  const all = Int32Array.from({ length: userCount }, (_, i) => i);
  const ratio = statistic(all, 0) / statistic(all, 1);
  const rng = createRng(seed);
  const draw = new Int32Array(userCount);
  const ratios: number[] = [];
  for (let r = 0; r < replicates; r++) {
    for (let i = 0; i < userCount; i++) draw[i] = Math.floor(rng() * userCount);
    ratios.push(statistic(draw, 0) / statistic(draw, 1));
  }
  ratios.sort((a, b) => a - b);
  const at = (q: number) =>
    ratios[Math.min(replicates - 1, Math.max(0, Math.round(q * (replicates - 1))))] as number;
  return { ratio, lo: at(0.025), hi: at(0.975) };
}

/** The mean of per-user values over a draw. */
export const meanOver = (values: Float64Array) => (draw: Int32Array) => {
  let s = 0;
  for (let i = 0; i < draw.length; i++) s += values[draw[i] as number] as number;
  return s / Math.max(1, draw.length);
};

/** Catalogue coverage of the drawn users' lists (a user drawn twice adds nothing new). */
export const coverageOver = (lists: readonly ArrayLike<number>[], itemCount: number, k: number) => {
  const stamp = new Int32Array(itemCount);
  let round = 0;
  return (draw: Int32Array) => {
    round++;
    let n = 0;
    for (let i = 0; i < draw.length; i++) {
      const list = lists[draw[i] as number] as ArrayLike<number>;
      for (let r = 0; r < Math.min(k, list.length); r++) {
        const item = list[r] as number;
        if (stamp[item] !== round) {
          stamp[item] = round;
          n++;
        }
      }
    }
    return n / itemCount;
  };
};

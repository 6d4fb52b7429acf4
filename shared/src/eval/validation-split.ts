import { createRng } from '../wonder/rerank/rng.ts';
import type { Split } from './split.ts';

/**
 * A validation split carved from a split's training part only: per user `share` of the training
 * ratings held out at random (or, with `byTime`, those after the global time quantile 1 - share),
 * items rated `relevantFrom` or more among them relevant. Every tuned value is chosen on it, so
 * the test part is never looked at before the reported run.
 */
export function carveValidation(
  split: Split,
  seed: number,
  byTime = false,
  share = 0.2,
  relevantFrom = 4,
): Split {
  const rng = createRng(seed ^ 0x5eed);
  let cut = Infinity;
  if (byTime && split.trainTimes) {
    const all = split.trainTimes.flatMap((ts) => Array.from(ts)).sort((a, b) => a - b);
    cut = all[Math.floor(all.length * (1 - share))] ?? Infinity;
  }
  const train: Int32Array[] = [];
  const ratings: Float32Array[] = [];
  const times: Float64Array[] = [];
  const relevant: Int32Array[] = [];
  split.train.forEach((row, u) => {
    const ts = split.trainTimes?.[u];
    const held = new Uint8Array(row.length);
    if (byTime && ts)
      for (let t = 0; t < row.length; t++) held[t] = (ts[t] as number) >= cut ? 1 : 0;
    else {
      const order = Array.from(row.keys());
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      for (const t of order.slice(0, Math.round(row.length * share))) held[t] = 1;
    }
    const keep = Array.from(row.keys()).filter((t) => !held[t]);
    const rs = split.trainRatings[u] as Float32Array;
    train.push(Int32Array.from(keep, (t) => row[t] as number));
    ratings.push(Float32Array.from(keep, (t) => rs[t] as number));
    if (ts) times.push(Float64Array.from(keep, (t) => ts[t] as number));
    relevant.push(
      Int32Array.from(
        Array.from(row.keys()).filter((t) => held[t] && (rs[t] as number) >= relevantFrom),
        (t) => row[t] as number,
      ),
    );
  });
  return {
    userCount: split.userCount,
    itemCount: split.itemCount,
    train,
    trainRatings: ratings,
    relevant,
    ...(split.trainTimes ? { trainTimes: times } : {}),
  };
}

import type { RatingDataset } from './data/rating-dataset.ts';
import { createRng, shuffleInPlace } from '../wonder/rerank/rng.ts';

/**
 * A train/test split. Training interactions are binary (every rated item counts as an interaction);
 * the test part keeps the items rated `relevantFrom` or more as the relevant set.
 */
export interface Split {
  userCount: number;
  itemCount: number;
  /** Sorted training items per user. */
  train: Int32Array[];
  /** Sorted relevant test items per user. */
  relevant: Int32Array[];
  /** Training ratings per user, aligned with `train`. */
  trainRatings: Float32Array[];
  /** Training timestamps (Unix seconds) per user, aligned with `train`, when the data set has them. */
  trainTimes?: Float64Array[];
}

function byUser(ds: RatingDataset): number[][] {
  const rows: number[][] = Array.from({ length: ds.userCount }, () => []);
  for (let k = 0; k < ds.users.length; k++) rows[ds.users[k] as number]?.push(k);
  return rows;
}

function finish(
  ds: RatingDataset,
  trainIdx: number[][],
  testIdx: number[][],
  relevantFrom: number,
): Split {
  const sorted = (xs: number[]) => Int32Array.from(xs).sort();
  const byItem = trainIdx.map((ks) =>
    ks.slice().sort((a, b) => (ds.items[a] as number) - (ds.items[b] as number)),
  );
  return {
    userCount: ds.userCount,
    itemCount: ds.itemCount,
    train: byItem.map((ks) => Int32Array.from(ks, (k) => ds.items[k] as number)),
    trainRatings: byItem.map((ks) => Float32Array.from(ks, (k) => ds.ratings[k] as number)),
    ...(ds.times
      ? { trainTimes: byItem.map((ks) => Float64Array.from(ks, (k) => ds.times?.[k] as number)) }
      : {}),
    relevant: testIdx.map((ks) =>
      sorted(
        ks
          .filter((k) => (ds.ratings[k] as number) >= relevantFrom)
          .map((k) => ds.items[k] as number),
      ),
    ),
  };
}

/** Per user a random split of their ratings: `testShare` of them (rounded) to the test part. */
export function randomSplit(
  ds: RatingDataset,
  seed: number,
  testShare = 0.2,
  relevantFrom = 4,
): Split {
  const rng = createRng(seed);
  const train: number[][] = [];
  const test: number[][] = [];
  for (const ks of byUser(ds)) {
    shuffleInPlace(ks, rng);
    const nTest = Math.round(ks.length * testShare);
    test.push(ks.slice(0, nTest));
    train.push(ks.slice(nTest));
  }
  return finish(ds, train, test, relevantFrom);
}

/** Per user the last `testShare` of their ratings by time (ties broken by order in the file). */
export function temporalSplit(ds: RatingDataset, testShare = 0.2, relevantFrom = 4): Split {
  const times = ds.times;
  if (!times) throw new Error(`${ds.name} has no timestamps for a temporal split`);
  const train: number[][] = [];
  const test: number[][] = [];
  for (const ks of byUser(ds)) {
    ks.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
    const nTest = Math.round(ks.length * testShare);
    train.push(ks.slice(0, ks.length - nTest));
    test.push(ks.slice(ks.length - nTest));
  }
  return finish(ds, train, test, relevantFrom);
}

/**
 * One global time cut (MovieLens' second protocol): everything rated before the `1 - testShare`
 * quantile of all timestamps trains, everything after is test. Unlike the per-user cut, no other
 * user's future rating is in training.
 */
export function globalTimeSplit(ds: RatingDataset, testShare = 0.2, relevantFrom = 4): Split {
  const times = ds.times;
  if (!times) throw new Error(`${ds.name} has no timestamps for a time split`);
  const cut = Float64Array.from(times).sort()[Math.floor(times.length * (1 - testShare))] as number;
  const train: number[][] = [];
  const test: number[][] = [];
  for (const ks of byUser(ds)) {
    train.push(ks.filter((k) => (times[k] as number) < cut));
    test.push(ks.filter((k) => (times[k] as number) >= cut));
  }
  return finish(ds, train, test, relevantFrom);
}

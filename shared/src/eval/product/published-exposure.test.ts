import { describe, expect, it } from 'vitest';
import { rankWithPublishedExposure } from './published-exposure.ts';

describe('rankWithPublishedExposure', () => {
  it('ranks each cohort with the percent of earlier lists that held an item, never its own', () => {
    const seen: Array<[number, Record<string, number>]> = [];
    const lists = rankWithPublishedExposure([1, 2, 3, 4, 5], 3, (user, exposure) => {
      seen.push([user, Object.fromEntries(exposure)]);
      return user % 2 ? ['a', 'b'] : ['a', 'a'];
    });
    expect(seen).toEqual([
      [1, {}],
      [2, {}],
      // After users 1 and 2: a in both lists (a repeated item counts once), b in one.
      [3, { a: 100, b: 50 }],
      [4, { a: 100, b: 50 }],
      [5, { a: 100, b: 50 }],
    ]);
    expect(lists.get(4)).toEqual(['a', 'a']);
  });

  it('refuses a cohort count that is not a positive whole number', () => {
    expect(() => rankWithPublishedExposure([1], 0, () => [])).toThrow(RangeError);
    expect(() => rankWithPublishedExposure([1], 1.5, () => [])).toThrow(RangeError);
  });
});

describe('rankWithPublishedExposure with a sketch', () => {
  it('counts a list once per key and publishes the keys, as a sketch of hashed cells would', () => {
    const seen: Record<string, number>[] = [];
    const keysOf = (id: string) => [id === 'c' ? 'a' : id];
    rankWithPublishedExposure(
      [1, 2, 3],
      3,
      (user, exposure) => {
        seen.push(Object.fromEntries(exposure));
        return user === 1 ? ['a', 'c'] : ['b'];
      },
      keysOf,
    );
    // User 1's list held a and c, one cell: it counts once there.
    expect(seen[1]).toEqual({ a: 100 });
    expect(seen[2]).toEqual({ a: 50, b: 50 });
  });
});

import { expect, it } from 'vitest';
import { TitleOrderCache, type TitlePlace } from './title-order-cache.ts';

const places = (n: number): TitlePlace[] =>
  Array.from({ length: n }, (_, i) => ({ key: `t${i}`, id: `r${i}`, time: '2026-01-01' }));

it('keeps an order only for its version, for ten minutes unused, within 200,000 places', () => {
  let now = 0;
  const cache = new TitleOrderCache(() => now);
  cache.set('anna', 'loans', '7', places(3));
  expect(cache.get('anna', 'loans', '7')).toHaveLength(3);
  // Another version (a write by any process) is a miss; so is another pod or category.
  expect(cache.get('anna', 'loans', '8')).toBeUndefined();
  expect(cache.get('bert', 'loans', '7')).toBeUndefined();
  now += 10 * 60_000 + 1;
  expect(cache.get('anna', 'loans', '7')).toBeUndefined();
  // The least recently used go first when the places would pass the bound.
  cache.set('anna', 'loans', '1', places(100_000));
  cache.set('anna', 'events', '1', places(50_000));
  cache.get('anna', 'loans', '1');
  cache.set('bert', 'loans', '1', places(60_000));
  expect(cache.get('anna', 'events', '1')).toBeUndefined();
  expect(cache.get('anna', 'loans', '1')).toHaveLength(100_000);
  expect(cache.get('bert', 'loans', '1')).toHaveLength(60_000);
  // A category larger than the bound is not kept at all.
  cache.set('carla', 'loans', '1', places(200_001));
  expect(cache.get('carla', 'loans', '1')).toBeUndefined();
});

import { describe, expect, it } from 'vitest';
import { MemoryProofCache } from './proof-replay-cache.ts';

describe('the in-memory DPoP replay cache', () => {
  it('refuses an id until it expires, then forgets it', async () => {
    let now = Date.parse('2024-01-01T00:00:00Z');
    const cache = new MemoryProofCache(10, () => now);
    expect(await cache.remember('a', '2024-01-01T00:01:00Z')).toBe(true);
    expect(await cache.remember('a', '2024-01-01T00:01:00Z')).toBe(false);
    now = Date.parse('2024-01-01T00:02:00Z');
    expect(await cache.remember('a', '2024-01-01T00:03:00Z')).toBe(true);
  });

  it('refuses new proofs rather than forgetting live ids when full', async () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    const cache = new MemoryProofCache(2, () => now);
    await cache.remember('a', '2024-01-01T00:01:00Z');
    await cache.remember('b', '2024-01-01T00:01:00Z');
    await expect(cache.remember('c', '2024-01-01T00:01:00Z')).rejects.toThrow(/too many/);
    expect(await cache.remember('a', '2024-01-01T00:01:00Z')).toBe(false);
  });
});

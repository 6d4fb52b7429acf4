import { describe, expect, it } from 'vitest';

import { DEVICE_SEED_KEY, deviceSeed } from './device-seed.ts';
import { memoryStorageArea } from './storage-area.ts';

describe('the device seed', () => {
  it('is made once, 128 random bits, and stays; a malformed one is replaced', async () => {
    const local = memoryStorageArea();
    const seed = await deviceSeed(local);
    expect(seed).toMatch(/^[0-9a-f]{32}$/);
    expect(await deviceSeed(local)).toBe(seed);
    expect(await deviceSeed(memoryStorageArea())).not.toBe(seed);
    const broken = memoryStorageArea({ [DEVICE_SEED_KEY]: 'guessable' });
    expect(await deviceSeed(broken)).toMatch(/^[0-9a-f]{32}$/);
  });
});

it('is one seed when two pages ask at once on a new device', async () => {
  const local = memoryStorageArea();
  const [first, second] = await Promise.all([deviceSeed(local), deviceSeed(local)]);
  expect(first).toBe(second);
  expect((await local.get(DEVICE_SEED_KEY))[DEVICE_SEED_KEY]).toBe(first);
});

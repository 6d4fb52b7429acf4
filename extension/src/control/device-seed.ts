/**
 * A random seed made once on this device and kept in `storage.local`: which suggestion slots get
 * the baseline is derived from it, so the split is the person's own and stays the same across
 * pages and restarts, and nothing about it comes from the site or the vault.
 */
import type { StorageArea } from './storage-area.ts';

export const DEVICE_SEED_KEY = 'verwonder/device-seed';

const SEED = /^[0-9a-f]{32}$/;

function newSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Pages are ranked side by side (not under the write lock): on a new device they share one seed. */
const making = new WeakMap<StorageArea, Promise<string>>();

/** The device's seed, made (128 random bits) on first use. */
export async function deviceSeed(local: StorageArea): Promise<string> {
  const stored = (await local.get(DEVICE_SEED_KEY))[DEVICE_SEED_KEY];
  if (typeof stored === 'string' && SEED.test(stored)) return stored;
  let made = making.get(local);
  if (!made) {
    const seed = newSeed();
    made = local.set({ [DEVICE_SEED_KEY]: seed }).then(() => seed);
    making.set(local, made);
  }
  return made;
}

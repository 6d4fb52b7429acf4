import { describe, expect, it } from 'vitest';
import { browserBundle } from '../testing/browser-bundle.ts';

/**
 * The extension ranks on the device with `suggest()`, and its bundler (Plasmo's Parcel) breaks on full
 * zod. So the ranking entry point must stay free of zod, of Node built-ins and of the catalogue loader.
 */
describe('suggest() in the browser', () => {
  it('bundles for the browser without zod or Node modules', async () => {
    const { inputs, bytes } = await browserBundle(new URL('./suggest.ts', import.meta.url));
    expect(inputs.filter((path) => /node_modules\/zod|catalog-data|node:/.test(path))).toEqual([]);
    expect(bytes).toBeLessThan(200_000);
  });

  // The extension's worker reads a packed form of the model now (the build makes it from this
  // parser's schema); the parser itself stays browser-safe, as shared's other parsers.
  it('bundles the item model parser with zod/mini only', async () => {
    const { inputs } = await browserBundle(new URL('./model/item-model.ts', import.meta.url));
    expect(inputs.some((path) => /node_modules\/zod\/v4\/mini\//.test(path))).toBe(true);
    expect(
      inputs.filter((path) => /node_modules\/zod\/(v4\/classic|v3)\/|node:/.test(path)),
    ).toEqual([]);
  });
});

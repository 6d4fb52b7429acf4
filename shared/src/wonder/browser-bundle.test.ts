import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The extension ranks on the device with `suggest()`, and its bundler (Plasmo's Parcel) breaks on full
 * zod. So the ranking entry point must stay free of zod, of Node built-ins and of the catalogue loader.
 */
describe('suggest() in the browser', () => {
  it('bundles for the browser without zod or Node modules', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./suggest.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => /node_modules\/zod|catalog-data|node:/.test(path))).toEqual([]);
    expect(result.outputFiles[0]!.contents.byteLength).toBeLessThan(200_000);
  });

  // The extension's worker reads a packed form of the model now (the build makes it from this
  // parser's schema); the parser itself stays browser-safe, as shared's other parsers.
  it('bundles the item model parser with zod/mini only', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./model/item-model.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => /node_modules\/zod\/v4\/mini\//.test(path))).toBe(true);
    expect(
      inputs.filter((path) => /node_modules\/zod\/(v4\/classic|v3)\/|node:/.test(path)),
    ).toEqual([]);
  });
});

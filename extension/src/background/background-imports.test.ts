import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Plasmo's Parcel breaks full zod (`import { z } from 'zod'`): a worker bundle with it throws at
 * start and answers no message at all. The worker now also parses the item model
 * (lazy-item-model.ts), so this keeps full zod and Node built-ins out of everything it imports.
 */
describe('the background worker bundle', () => {
  it('carries zod/mini only, and the item model parser with it', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('shared/src/wonder/model/item-model.ts');
    expect(
      inputs.filter((path) => /node_modules\/zod\/(v4\/classic|v3)\/|^node:/.test(path)),
    ).toEqual([]);
  });
});

import { browserBundle } from '@verwonder/shared/testing/browser-bundle.ts';
import { describe, expect, it } from 'vitest';

/**
 * Plasmo's Parcel breaks full zod (`import { z } from 'zod'`): a worker bundle with it throws at
 * start and answers no message at all, so this keeps full zod and Node built-ins out of everything
 * it imports. The worker reads the collaborative model packed (read-packed-item-model.ts); shared's
 * JSON parser and its schema stay out (the build checked the JSON, and parsing it took ~1 s); the
 * ranking's own neighbour table (pure typed arrays) may come in. The genre-theme bridge is read with
 * zod/mini (read-bridge.ts), not with shared's schema.
 */
describe('the background worker bundle', () => {
  it('carries zod/mini only, and the packed model reader instead of the JSON parser', async () => {
    const { inputs } = await browserBundle(new URL('./index.ts', import.meta.url));
    expect(inputs).toContain('extension/src/ranking/read-packed-item-model.ts');
    expect(inputs).toContain('extension/src/ranking/read-bridge.ts');
    expect(
      inputs.filter((path) =>
        /wonder\/model\/(load-)?item-model\.ts|pack-item-model|pack-bridge|catalog\/genre-theme-bridge\.ts|node:zlib/.test(
          path,
        ),
      ),
    ).toEqual([]);
    expect(
      inputs.filter((path) => /node_modules\/zod\/(v4\/classic|v3)\/|^node:/.test(path)),
    ).toEqual([]);
  });
});

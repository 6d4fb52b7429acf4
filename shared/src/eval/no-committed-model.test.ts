import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/**
 * The committed collaborative model was trained on every public rating, test ratings included, so
 * an evaluation that loaded it would score itself on what it had seen. The evaluation trains its
 * own model on each training split; this guards that nothing it runs can reach the committed one.
 */
it('no evaluation or tuning run loads the committed item model', async () => {
  for (const entry of [
    '../../scripts/eval/run-eval.ts',
    './run-eval.ts',
    '../../scripts/eval/tune-wonder.ts',
    './tune-wonder.ts',
    '../../scripts/eval/decompose-wonder.ts',
    './decompose/decompose-product.ts',
  ]) {
    const result = await build({
      entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.endsWith('eval/run-eval.ts'))).toBe(true);
    expect(
      inputs.filter((path) => /load-item-model|model-data|item-neighbours/.test(path)),
    ).toEqual([]);
  }
});

import { describe, expect, it } from 'vitest';

import { ITEM_MODEL_ASSET } from './item-model-asset.ts';
import { lazyItemModel } from './lazy-item-model.ts';
import { packedThreeBookModel, threeBookModelGzip } from './three-book-model.ts';

const URL = `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${ITEM_MODEL_ASSET}`;

const PACKED = packedThreeBookModel();

/** A fetch of the packaged file that counts its calls; `fail` makes the next ones fail. */
function fakeFetch() {
  const state = { calls: 0, fail: false as false | 'missing' | 'broken' };
  const fetch = async (url: string) => {
    state.calls++;
    expect(url).toBe(URL);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (state.fail === 'missing') return new Response(null, { status: 404 });
    if (state.fail === 'broken') return new Response(PACKED.subarray(0, -1));
    return new Response(PACKED);
  };
  return { state, fetch };
}

describe('lazyItemModel (the worker loads the packaged model on first need)', () => {
  it('reads the packed file once, for concurrent and later calls alike', async () => {
    const { state, fetch } = fakeFetch();
    const source = lazyItemModel({ url: URL, fetch });
    expect(state.calls).toBe(0);
    const [first, second, third] = await Promise.all([source(), source(), source()]);
    expect(state.calls).toBe(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(first?.size).toBe(3);
    expect(first?.neighbours('book-1')).toEqual([
      { id: 'book-2', sim: 1 },
      { id: 'book-3', sim: 0.2 },
    ]);
    expect(await source()).toBe(first);
    expect(state.calls).toBe(1);
  });

  it('answers undefined when the load fails, warns once, and tries again on a later call', async () => {
    const { state, fetch } = fakeFetch();
    const warnings: unknown[] = [];
    const source = lazyItemModel({ url: URL, fetch, warn: (_m, cause) => warnings.push(cause) });
    state.fail = 'missing';
    expect(await Promise.all([source(), source()])).toEqual([undefined, undefined]);
    expect(state.calls).toBe(1);
    state.fail = 'broken';
    expect(await source()).toBeUndefined();
    expect(state.calls).toBe(2);
    expect(warnings).toHaveLength(1);
    state.fail = false;
    const model = await source();
    expect(model?.neighbours('book-3')).toEqual([{ id: 'book-1', sim: 0.2 }]);
    expect(state.calls).toBe(3);
  });

  it('answers undefined for a file that is not a packed model (the old gzipped JSON)', async () => {
    const warnings: unknown[] = [];
    const bad = threeBookModelGzip();
    const source = lazyItemModel({
      url: URL,
      fetch: async () => new Response(bad),
      warn: (_m, cause) => warnings.push(cause),
    });
    expect(await source()).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0])).toMatch(/^Error: packed item model: magic .*, not VWIM$/);
  });
});

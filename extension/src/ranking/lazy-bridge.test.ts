import { describe, expect, it } from 'vitest';

import { BRIDGE_ASSET } from './bridge-asset.ts';
import { lazyBridge } from './lazy-bridge.ts';

const URL = `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${BRIDGE_ASSET}`;

const BRIDGE = {
  historical_fiction: [{ themeId: '1.11.0.0.0', weight: 0.7 }],
  music: [{ themeId: '1.8.1.0.0', weight: 0.6 }],
};

/** A fetch of the packaged file that counts its calls; `fail` makes the next ones fail. */
function fakeFetch() {
  const state = { calls: 0, fail: false as false | 'missing' | 'broken' | 'malformed' };
  const fetch = async (url: string) => {
    state.calls++;
    expect(url).toBe(URL);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (state.fail === 'missing') return new Response(null, { status: 404 });
    const text = JSON.stringify(
      state.fail === 'malformed' ? { music: [{ themeId: '1.8.1.0.0', weight: 2 }] } : BRIDGE,
    );
    return new Response(state.fail === 'broken' ? text.slice(0, -1) : text);
  };
  return { state, fetch };
}

describe('lazyBridge (the worker loads the packaged genre-theme bridge on first need)', () => {
  it('reads the file once, for concurrent and later calls alike, keyed as the history names genres', async () => {
    const { state, fetch } = fakeFetch();
    const source = lazyBridge({ url: URL, fetch });
    expect(state.calls).toBe(0);
    const [first, second, third] = await Promise.all([source(), source(), source()]);
    expect(state.calls).toBe(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
    // to-history.ts normalises a loan's `historical_fiction` to `historical fiction`.
    expect(first).toEqual({
      'historical fiction': [{ themeId: '1.11.0.0.0', weight: 0.7 }],
      music: [{ themeId: '1.8.1.0.0', weight: 0.6 }],
    });
    expect(await source()).toBe(first);
    expect(state.calls).toBe(1);
  });

  it('answers undefined when the load fails, warns once, and tries again on a later call', async () => {
    const { state, fetch } = fakeFetch();
    const warnings: unknown[] = [];
    const source = lazyBridge({ url: URL, fetch, warn: (_m, cause) => warnings.push(cause) });
    state.fail = 'missing';
    expect(await Promise.all([source(), source()])).toEqual([undefined, undefined]);
    expect(state.calls).toBe(1);
    state.fail = 'broken';
    expect(await source()).toBeUndefined();
    state.fail = 'malformed';
    expect(await source()).toBeUndefined();
    expect(state.calls).toBe(3);
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0])).toBe('Error: HTTP 404');
    state.fail = false;
    expect((await source())?.music).toEqual([{ themeId: '1.8.1.0.0', weight: 0.6 }]);
    expect(state.calls).toBe(4);
  });

  it('does not let a key change what the bridge inherits', async () => {
    const text = '{"__proto__":[{"themeId":"1.8.1.0.0","weight":1}]}';
    const source = lazyBridge({ url: URL, fetch: async () => new Response(text) });
    const bridge = await source();
    expect(Object.getPrototypeOf(bridge)).toBe(Object.prototype);
    expect(bridge).toEqual({});
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../../storage/testing/describe-each-engine.ts';
import { openOAuthTestStore, type OAuthTestStore } from '../testing/oauth-test-store.ts';
import type { OAuthStore } from '../store/oauth-store.ts';
import { BatchedProofCache } from './batched-proof-cache.ts';

const LATER = '2099-01-01T00:00:00.000Z';
const describeEachEngine = await engineSuites();

describeEachEngine('the batched DPoP replay cache on %s', (engine) => {
  let env: OAuthTestStore;
  beforeAll(async () => {
    env = await openOAuthTestStore(engine);
  });
  afterAll(() => env.dispose());

  /** The real store, counting its statements. */
  function counted(): { store: Pick<OAuthStore, 'rememberProofs'>; calls: () => number } {
    let calls = 0;
    return {
      store: {
        rememberProofs: (proofs) => {
          calls += 1;
          return env.store.rememberProofs(proofs);
        },
      },
      calls: () => calls,
    };
  }

  it('stores concurrent proofs in one statement and answers each request', async () => {
    const { store, calls } = counted();
    const cache = new BatchedProofCache(store);
    const ids = Array.from({ length: 50 }, (_, i) => `batch-${i}`);
    const answers = await Promise.all(ids.map((id) => cache.remember(id, LATER)));
    expect(answers.every(Boolean)).toBe(true);
    expect(calls()).toBe(1);
  });

  it('refuses a replay, in a later batch and within the same one', async () => {
    const cache = new BatchedProofCache(env.store);
    expect(await cache.remember('replayed', LATER)).toBe(true);
    expect(await cache.remember('replayed', LATER)).toBe(false);
    const [a, b, c] = await Promise.all([
      cache.remember('twice', LATER),
      cache.remember('twice', LATER),
      cache.remember('replayed', LATER),
    ]);
    expect([a, b, c]).toEqual([true, false, false]);
  });

  it('is shared by every process: another cache on the same store refuses the id', async () => {
    const one = new BatchedProofCache(env.store);
    const two = new BatchedProofCache(env.store);
    expect(await one.remember('shared', LATER)).toBe(true);
    expect(await two.remember('shared', LATER)).toBe(false);
  });

  it('fails every request of a batch whose statement fails, and serves the next batch', async () => {
    let fail = true;
    const cache = new BatchedProofCache({
      rememberProofs: (proofs) =>
        fail ? Promise.reject(new Error('database gone')) : env.store.rememberProofs(proofs),
    });
    const results = await Promise.allSettled([
      cache.remember('lost-1', LATER),
      cache.remember('lost-2', LATER),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await cache.remember('lost-1', LATER)).toBe(true);
  });
});

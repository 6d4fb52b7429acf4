import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineSuites } from '../../storage/testing/describe-each-engine.ts';
import { openTestEngine, type TestEngine } from '../../storage/testing/test-engines.ts';
import { callerKey } from './client-address.ts';
import { rateLimitStore } from './rate-limit-store.ts';
import { RateLimiter } from './rate-limiter.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('the database rate limiter on %s', (engine) => {
  let env: TestEngine;
  beforeAll(async () => {
    env = await openTestEngine(engine);
  });
  afterAll(async () => env?.dispose());

  const limiter = (name: string, limit: number, now: () => Date) =>
    new RateLimiter(rateLimitStore(env.storage.driver), { name, limit, windowSeconds: 60 }, now);

  it('allows `limit` hits per caller and window, then refuses until the window ends', async () => {
    let now = new Date('2030-01-01T10:00:15Z');
    const limit = limiter('t1', 3, () => now);
    const seen = [];
    for (let i = 0; i < 4; i += 1) seen.push(await limit.consume('a'));
    expect(seen.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(seen.at(-1)).toMatchObject({ remaining: 0, resetSeconds: 45 });
    expect((await limit.consume('b')).allowed).toBe(true);
    now = new Date('2030-01-01T10:01:00Z');
    expect((await limit.consume('a')).allowed).toBe(true);
    await expect(
      (async () => {
        for (let i = 0; i < 4; i += 1) await limit.check('a');
      })(),
    ).rejects.toMatchObject({ code: 'rate_limited', details: { retryAfter: 60 } });
  });

  it('counts concurrent hits exactly (one atomic upsert per hit)', async () => {
    const limit = limiter('t2', 10, () => new Date('2030-01-01T10:00:00Z'));
    const decisions = await Promise.all(Array.from({ length: 25 }, () => limit.consume('a')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });

  it('sweeps counters whose window is long over', async () => {
    let now = new Date('2030-02-01T10:00:00Z');
    const limit = limiter('t3', 5, () => now);
    await limit.consume('old');
    const count = async () =>
      Number(
        (
          await env.storage.driver.all(
            "SELECT COUNT(*) AS n FROM rate_limits WHERE bucket = 't3:old'",
          )
        )[0]?.n,
      );
    expect(await count()).toBe(1);
    now = new Date('2030-02-01T10:05:00Z');
    await limit.consume('new');
    expect(await count()).toBe(0);
  });
});

describe('caller keys', () => {
  it.each([
    ['203.0.113.5', '203.0.113.5'],
    ['::ffff:203.0.113.5', '203.0.113.5'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
  ])('%s counts as %s', (address, key) => {
    expect(callerKey(address)).toBe(key);
  });
});

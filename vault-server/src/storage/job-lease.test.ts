import { afterAll, beforeAll, expect, it } from 'vitest';
import { tryJobLease } from './job-lease.ts';
import { engineSuites } from './testing/describe-each-engine.ts';
import { openTestEngine, type TestEngine } from './testing/test-engines.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('job leases (%s)', (engine) => {
  let env: TestEngine;
  beforeAll(async () => {
    env = await openTestEngine(engine);
  });
  afterAll(() => env.dispose());

  it('one holder at a time; the lease passes on once it has run out', async () => {
    const db = env.storage.driver;
    const t0 = new Date('2026-01-01T00:00:00.000Z');
    const later = (s: number) => new Date(t0.getTime() + s * 1000);
    expect(await tryJobLease(db, 'purge', 'a', 60, t0)).toBe(true);
    expect(await tryJobLease(db, 'purge', 'b', 60, later(30))).toBe(false);
    expect(await tryJobLease(db, 'other-job', 'b', 60, later(30))).toBe(true);
    expect(await tryJobLease(db, 'purge', 'b', 60, later(60))).toBe(true);
    expect(await tryJobLease(db, 'purge', 'a', 60, later(90))).toBe(false);
  });
});

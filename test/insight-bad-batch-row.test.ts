/**
 * Review finding (insight): one batch row named after a week that does not exist (2025-W53, which an
 * aggregator accepted before weeks were checked) made the collector's whole batch list fail to
 * parse, so no week was published again. Each row is now read on its own; a bad one is skipped.
 */
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toVector } from '../vault-server/src/insight/figures-layout.ts';
import { makeReport } from '../vault-server/src/insight/prio/client-report.ts';
import { insightVdaf } from '../vault-server/src/insight/prio/insight-vdaf.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import { signReport } from '../vault-server/src/insight/vault/upload-key.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';

const describeEachEngine = await engineSuites();
const vdaf = insightVdaf();
const WEEK = '2026-W10';

describeEachEngine('a batch row of a week that does not exist on %s', (engine) => {
  let insight: TestInsight;
  beforeAll(async () => {
    insight = await startTestInsight(engine, { minBatch: 2 });
  });
  afterAll(async () => insight?.dispose());

  it('is skipped, and the other weeks are published (review finding: one bad batch row stops publication)', async () => {
    const keys = {
      leader: insight.leader.service.keys.publicKey,
      helper: insight.helper.service.keys.publicKey,
    };
    const figures = toVector({
      cells: [
        { institution: 'library', medium: 'read', kind: 'fits', metric: 'impressions', value: 1 },
      ],
      kinds: [],
    });
    for (let i = 0; i < 2; i++) {
      const report = signReport(
        insight.uploadKey,
        await makeReport(vdaf, figures, WEEK, keys),
        `p-${randomBytes(4).toString('hex')}`,
      );
      const response = await fetch(new URL('/reports', insight.leader.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(report),
      });
      expect(response.status).toBe(201);
    }
    // What an aggregator database from before the week check may hold, at both aggregators.
    for (const aggregator of [insight.leader, insight.helper])
      await aggregator.service.store.lockBatch('2025-W53', Buffer.alloc(0));
    expect(await insight.collector.service.collectReady()).toEqual([WEEK]);
    const dashboard = (await (
      await fetch(new URL('/api/dashboard', insight.collector.url))
    ).json()) as { batches: { batch: string; published: boolean }[] };
    expect(dashboard.batches).toEqual([expect.objectContaining({ batch: WEEK, published: true })]);
  });
});

/**
 * Review finding (insight): the helper kept its uploader row although the leader never accepted the
 * report (its answer was lost), so the vault's retry got 409 already_reported and the person's week
 * was lost while the vault said it was reported. The leader asks the helper only when it has no
 * report of that person, so the helper now takes a repeat whose earlier share still waits as a
 * retry; collection sums only the leader's accepted reports.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cellIndex } from '../vault-server/src/insight/figures-layout.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import { inWeek, weeksAgo } from '../vault-server/src/insight/testing/test-week.ts';
import { reportWeek } from '../vault-server/src/insight/vault/weekly-report-job.ts';
import type { RunningVault } from '../vault-server/src/start-vault.ts';
import { startInsightVault } from './support/insight-vault.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';
import { signUpDirectly } from '../vault-server/src/testing/sign-up-directly.ts';

const describeEachEngine = await engineSuites();
const LIBRARY = 'http://localhost:4801';
// A past week relative to the run: a fixed one's feedback would one day be past its retention.
const WEEK = weeksAgo(9);

describeEachEngine('a lost helper answer on %s', (engine) => {
  let insight: TestInsight;
  let vault: RunningVault;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    insight = await startTestInsight(engine, { minBatch: 2 });
    ({ vault, dispose } = await startInsightVault(engine, insight));
  }, 120_000);
  afterAll(async () => {
    await dispose?.();
    await insight?.dispose();
  });

  async function person(pod: string): Promise<void> {
    const s = await signUpDirectly(vault.context.storage, pod);
    const h = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
    const put = await fetch(new URL(`/pods/${pod}/insight/settings`, vault.url), {
      method: 'PUT',
      headers: h,
      body: JSON.stringify({ optIn: true }),
    });
    expect(put.status).toBe(200);
    const shown = await fetch(new URL(`/pods/${pod}/feedback/`, vault.url), {
      method: 'POST',
      headers: h,
      body: JSON.stringify({
        category: 'feedback',
        time: inWeek(WEEK, 1, '09:00'),
        source: { type: 'extension' },
        item: { id: 'b1', title: 'b1', kind: 'book' },
        data: {
          kind: 'impression',
          suggestionId: `${LIBRARY}#b1`,
          itemId: 'b1',
          site: LIBRARY,
          wasSurprise: false,
        },
      }),
    });
    expect(shown.status).toBe(201);
  }

  it('retries a report whose helper answer the leader lost, and counts it once (review finding: a lost helper answer loses the report)', async () => {
    await person('ben');
    await person('cas');
    // The helper prepares and commits; its answer for the first report never reaches the leader.
    const options = insight.leader.service.options;
    const real = options.askHelper!;
    let lose = true;
    options.askHelper = async (body) => {
      const answer = await real(body);
      if (!lose) return answer;
      lose = false;
      throw new Error('socket hang up');
    };
    const client = { leaderUrl: insight.leader.url, helperUrl: insight.helper.url };
    expect(await reportWeek(vault.context, client, WEEK)).toMatchObject({ sent: 1, failed: 1 });
    // The next run sends the lost one again: the helper takes it as a retry, the leader accepts it.
    expect(await reportWeek(vault.context, client, WEEK)).toEqual({
      sent: 1,
      idle: 0,
      closed: 0,
      alreadyReported: 0,
      failed: 0,
    });
    expect(await reportWeek(vault.context, client, WEEK)).toMatchObject({ sent: 0, failed: 0 });
    options.askHelper = real;
    for (const aggregator of [insight.leader, insight.helper])
      expect((await aggregator.service.batches())[0]).toMatchObject({ batch: WEEK, reports: 2 });

    // Both people are in the published sums, once each.
    expect(await insight.collector.service.collectReady()).toEqual([WEEK]);
    const [published] = await insight.collector.service.store.all();
    expect(published!.reports).toBe(2);
    expect(published!.figures[cellIndex('library', 'read', 'fits', 'impressions')]).toBe(2);
    expect(published!.figures[cellIndex('library', 'read', 'fits', 'people')]).toBe(2);
  });
});

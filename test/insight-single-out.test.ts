/**
 * Review finding (insight): one person's exact figures were published once the minimum was met,
 * because the minimum counted reports (idle people sent all-zero ones) and no figure had a minimum
 * of its own. Now an idle week is not sent, and every dashboard figure needs the minimum of distinct
 * people (counted inside the Prio3 measurement); the rest shows as withheld.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
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
const MUSEUM = 'http://localhost:4803';
// A past week relative to the run: a fixed one's feedback would one day be past its retention.
const WEEK = weeksAgo(9);

describeEachEngine('one person among idle people on %s', (engine) => {
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

  it('publishes no figure fewer than the minimum of people gave (review finding: one person singled out among idle opted-in people)', async () => {
    for (const pod of ['ben', 'idle-a', 'idle-b', 'idle-c', 'zoe']) {
      const s = await signUpDirectly(vault.context.storage, pod);
      const h = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
      const put = await fetch(new URL(`/pods/${pod}/insight/settings`, vault.url), {
        method: 'PUT',
        headers: h,
        body: JSON.stringify({ optIn: true }),
      });
      expect(put.status).toBe(200);
      if (pod.startsWith('idle')) continue;
      const post = async (record: Record<string, unknown>) => {
        const res = await fetch(new URL(`/pods/${pod}/${String(record.category)}/`, vault.url), {
          method: 'POST',
          headers: h,
          body: JSON.stringify(record),
        });
        expect(res.status, await res.clone().text()).toBe(201);
      };
      const shown = (site: string, item: string, kind: string, time: string, extra = {}) =>
        post({
          category: 'feedback',
          time,
          source: { type: 'extension' },
          item: { id: item, title: item, kind: site === LIBRARY ? 'book' : 'activity' },
          data: {
            kind,
            suggestionId: `${site}#${item}`,
            itemId: item,
            site,
            wasSurprise: false,
            ...extra,
          },
        });
      // Both were shown a book at the library; only zoe went to the museum, visited and said "no".
      await shown(LIBRARY, `book-${pod}`, 'impression', inWeek(WEEK, 1, '09:00'));
      if (pod !== 'zoe') continue;
      await shown(MUSEUM, 'expo-1', 'impression', inWeek(WEEK, 1, '10:00'), { wasSurprise: true });
      await shown(MUSEUM, 'expo-1', 'click', inWeek(WEEK, 1, '10:01'), { wasSurprise: true });
      await post({
        category: 'visits',
        time: inWeek(WEEK, 2, '10:00'),
        source: { type: 'person' },
        item: { id: 'expo-1', title: 'Expo', kind: 'activity', medium: 'experience' },
        data: { venueId: 'venue-1' },
      });
      await shown(MUSEUM, 'expo-1', 'answer', inWeek(WEEK, 2, '12:00'), {
        wasSurprise: true,
        answer: 'no',
      });
    }
    const client = { leaderUrl: insight.leader.url, helperUrl: insight.helper.url };
    // The idle weeks are not sent: the minimum counts the two people who did something.
    expect(await reportWeek(vault.context, client, WEEK)).toEqual({
      sent: 2,
      idle: 3,
      closed: 0,
      alreadyReported: 0,
      failed: 0,
    });
    expect((await insight.leader.service.batches()).map((b) => b.reports)).toEqual([2]);
    expect(await insight.collector.service.collectReady()).toEqual([WEEK]);
    const dashboard = (await (
      await fetch(new URL('/api/dashboard?lang=en', insight.collector.url))
    ).json()) as { rows: Record<string, unknown>[] };
    const row = (institution: string, medium: string) =>
      dashboard.rows.find((r) => r.institution === institution && r.medium === medium);
    // Two people at the library: shown. Zoe alone at the museum: nothing of hers.
    expect(row('library', 'read')).toMatchObject({
      wonder: { impressions: 2, clicks: 0, conversions: 0 },
    });
    for (const medium of ['all', 'experience'])
      expect(row('museum', medium)).toMatchObject({
        wonder: null,
        acceptanceWonder: null,
        conversionWonder: null,
        surpriseRate: null,
        mediaCrossed: null,
        feedbackMean: null,
        feedbackCount: null,
      });
    expect(row('museum', 'all')!.suppressed).toEqual(
      expect.arrayContaining(['wonder', 'surprise', 'mediaCrossed', 'feedback']),
    );
  });
});

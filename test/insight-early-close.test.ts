/**
 * Review finding (insight): the first collection closed the week as soon as it held the minimum,
 * while vaults were still sending (one pod after another), and every later report of the week was
 * refused for good and retried for ever. Now a week is collected only after its reporting window
 * (`collectableFrom`), and a vault keeps a report the aggregators refused as closed, not retrying it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectableFrom, reportableFrom } from '../vault-server/src/insight/report-window.ts';
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
// A past week relative to the run: a fixed one's feedback would one day be past its retention.
const WEEK = weeksAgo(9);
const LIBRARY = 'http://localhost:4801';

describeEachEngine('the reporting window of a week on %s', (engine) => {
  let insight: TestInsight;
  let vault: RunningVault;
  let dispose: () => Promise<void>;
  let clock = new Date(reportableFrom(WEEK).getTime() + 3_600_000);
  beforeAll(async () => {
    insight = await startTestInsight(engine, { minBatch: 2, now: () => clock });
    ({ vault, dispose } = await startInsightVault(engine, insight));
  }, 120_000);
  afterAll(async () => {
    await dispose?.();
    await insight?.dispose();
  });

  /** A person shown a book that week, opted in. */
  const person = async (pod: string) => {
    const s = await signUpDirectly(vault.context.storage, pod);
    const headers = {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      'content-type': 'application/json',
    };
    const post = await fetch(new URL(`/pods/${pod}/feedback/`, vault.url), {
      method: 'POST',
      headers,
      body: JSON.stringify({
        category: 'feedback',
        time: inWeek(WEEK, 1),
        source: { type: 'extension' },
        item: { id: `book-${pod}`, title: 'Boek', kind: 'book' },
        data: {
          kind: 'impression',
          suggestionId: `${LIBRARY}#book-${pod}`,
          itemId: `book-${pod}`,
          wasSurprise: false,
          site: LIBRARY,
        },
      }),
    });
    expect(post.status).toBe(201);
    const put = await fetch(new URL(`/pods/${pod}/insight/settings`, vault.url), {
      method: 'PUT',
      headers,
      body: JSON.stringify({ optIn: true }),
    });
    expect(put.status).toBe(200);
  };

  it('collects a week only after its reporting window, and a vault does not retry a closed week (review finding: the first collection closes the week)', async () => {
    const client = { leaderUrl: insight.leader.url, helperUrl: insight.helper.url };
    await person('anna');
    await person('bert');
    expect(await reportWeek(vault.context, client, WEEK)).toMatchObject({ sent: 2 });
    // The minimum is reached, but the week is still open: other vaults may not have sent yet.
    expect(await insight.collector.service.collectReady()).toEqual([]);
    await person('cleo');
    expect(await reportWeek(vault.context, client, WEEK)).toMatchObject({ sent: 1 });
    clock = new Date(collectableFrom(WEEK).getTime() - 1000);
    expect(await insight.collector.service.collectReady()).toEqual([]);
    clock = collectableFrom(WEEK);
    expect(await insight.collector.service.collectReady()).toEqual([WEEK]);
    expect((await insight.collector.service.store.all())[0]!.reports).toBe(3);

    // A report after the week closed is refused once, kept as closed and not sent again.
    await person('dora');
    expect(await reportWeek(vault.context, client, WEEK)).toEqual({
      sent: 0,
      idle: 0,
      closed: 1,
      alreadyReported: 0,
      failed: 0,
    });
    expect(await reportWeek(vault.context, client, WEEK)).toEqual({
      sent: 0,
      idle: 0,
      closed: 0,
      alreadyReported: 0,
      failed: 0,
    });
    const [dora] = await vault.context.storage.driver.all(
      "SELECT outcome FROM insight_reports_sent WHERE pod = 'dora'",
    );
    expect(dora).toEqual({ outcome: 'closed' });
  });
});

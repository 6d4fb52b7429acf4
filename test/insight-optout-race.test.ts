/**
 * Review finding (insight): the opt-in was checked once, before the pod was read and the
 * aggregators' keys fetched, so an opt-out made meanwhile did not stop the upload. Now the vault asks
 * the database again right before it uploads.
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
// A past week relative to the run: a fixed one's feedback would one day be past its retention.
const WEEK = weeksAgo(9);

describeEachEngine('an opt-out during a report on %s', (engine) => {
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

  it('sends nothing when the person opts out while the report is made (review finding: an opt-out during a report does not stop it)', async () => {
    const s = await signUpDirectly(vault.context.storage, 'ana');
    const headers = {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      'content-type': 'application/json',
    };
    const settings = (optIn: boolean) =>
      fetch(new URL('/pods/ana/insight/settings', vault.url), {
        method: 'PUT',
        headers,
        body: JSON.stringify({ optIn }),
      });
    const shown = await fetch(new URL('/pods/ana/feedback/', vault.url), {
      method: 'POST',
      headers,
      body: JSON.stringify({
        category: 'feedback',
        time: inWeek(WEEK, 1),
        source: { type: 'extension' },
        item: { id: 'book-1', title: 'Boek', kind: 'book' },
        data: {
          kind: 'impression',
          suggestionId: `${LIBRARY}#book-1`,
          itemId: 'book-1',
          wasSurprise: false,
          site: LIBRARY,
        },
      }),
    });
    expect(shown.status).toBe(201);
    expect((await settings(true)).status).toBe(200);
    // Ana opts out (answered 200) while her vault fetches the aggregators' keys for her report.
    let optedOut = false;
    const uploads: string[] = [];
    const hooked: typeof fetch = async (input, init) => {
      if (!optedOut && String(input).endsWith('/hpke-config')) {
        optedOut = true;
        expect((await settings(false)).status).toBe(200);
      }
      if (String(input).endsWith('/reports')) uploads.push(String(input));
      return fetch(input, init);
    };
    const client = { leaderUrl: insight.leader.url, helperUrl: insight.helper.url, fetch: hooked };
    expect(await reportWeek(vault.context, client, WEEK)).toMatchObject({ sent: 0 });
    expect(uploads).toEqual([]);
    expect(await insight.leader.service.batches()).toEqual([]);
    // Nothing is recorded as sent: were she to opt in again, the week could still go.
    const own = (await (
      await fetch(new URL('/pods/ana/insight/settings', vault.url), { headers })
    ).json()) as { reportedWeeks: string[] };
    expect(own.reportedWeeks).toEqual([]);
  });
});

/**
 * Issue 14: the weekly report goes by itself. The vault's report timer (two vaults on one PostgreSQL
 * database, one on SQLite) sends exactly one report per opted-in pod for the week whose conversion
 * window has closed; a pod that did not opt in sends nothing, and two runs of the week at once send
 * nothing more. Real processes: test/multi-process/insight-weekly-report.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { weekStart } from '../vault-server/src/insight/iso-week.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import { inWeek, weekAfter, weeksAgo } from '../vault-server/src/insight/testing/test-week.ts';
import { insightRoutes } from '../vault-server/src/insight/vault/insight-routes.ts';
import { reportableWeek, reportWeek } from '../vault-server/src/insight/vault/weekly-report-job.ts';
import { startVault, type RunningVault } from '../vault-server/src/start-vault.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';
import { createTestTarget } from '../vault-server/src/storage/testing/test-engines.ts';
import { signUpDirectly } from '../vault-server/src/testing/sign-up-directly.ts';

const describeEachEngine = await engineSuites();
// Last week (relative to the run: a fixed week's feedback would one day be past its retention).
const WEEK = weeksAgo(1);
// The timer's clock: three weeks after WEEK began, so WEEK is the one whose window has closed.
const NOW = new Date(weekStart(WEEK).getTime() + 21 * 86_400_000 + 3_600_000);
const PODS = ['ana', 'bob', 'cas', 'dirk', 'eva', 'fien'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachEngine('weekly insight reports on a timer on %s', (engine) => {
  let insight: TestInsight;
  let vaults: RunningVault[] = [];
  let dataDir: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    insight = await startTestInsight(engine, { minBatch: 2 });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'insight-timer-'));
    const made = await createTestTarget(engine);
    cleanup = made.cleanup;
    const target =
      made.target.engine === 'sqlite'
        ? { engine: 'sqlite' as const, file: path.join(dataDir, 'vault.sqlite') }
        : made.target;
    const start = (interval: number) =>
      startVault({
        env: {},
        config: {
          port: 0,
          dataDir,
          masterKeyFile: path.join(dataDir, 'master.key'),
          sqliteFile: path.join(dataDir, 'vault.sqlite'),
          purgeIntervalMinutes: 0,
        },
        storage: target,
        logger: pino({ level: 'silent' }),
        routes: [
          insightRoutes(
            { leaderUrl: insight.leader.url, helperUrl: insight.helper.url },
            { reportIntervalSeconds: interval, now: () => NOW },
          ),
        ],
      });
    // The first vault, without a timer yet, makes the master key, the people and their records.
    const first = await start(0);
    vaults.push(first);
    const { jwk } = (await (await fetch(new URL('/insight/upload-key', first.url))).json()) as {
      jwk: unknown;
    };
    await insight.trustVault('timer-vault', jwk);
    for (const [index, pod] of PODS.entries()) {
      const { cookie, csrf } = await signUpDirectly(first.context.storage, pod);
      const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
      const post = await fetch(new URL(`/pods/${pod}/feedback/`, first.url), {
        method: 'POST',
        headers,
        body: JSON.stringify({
          category: 'feedback',
          time: inWeek(WEEK, 1),
          source: { type: 'extension' },
          item: { id: `book-${index}`, title: `Boek ${index}`, kind: 'book' },
          data: {
            kind: 'impression',
            suggestionId: `http://localhost:4801#book-${index}`,
            itemId: `book-${index}`,
            wasSurprise: false,
            site: 'http://localhost:4801',
          },
        }),
      });
      expect(post.status).toBe(201);
      // Everyone but the last one opts in.
      if (pod === 'fien') continue;
      const put = await fetch(new URL(`/pods/${pod}/insight/settings`, first.url), {
        method: 'PUT',
        headers,
        body: JSON.stringify({ optIn: true }),
      });
      expect(put.status).toBe(200);
    }
    await first.close();
    vaults = [];
    // Each with a timer that runs every second: two vaults on the one database on PostgreSQL (more
    // than one process needs it), one on SQLite.
    vaults = await Promise.all(
      Array.from({ length: engine === 'postgres' ? 2 : 1 }, () => start(1)),
    );
  }, 120_000);

  afterAll(async () => {
    for (const vault of vaults) await vault.close();
    await insight?.dispose();
    await cleanup?.();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports the week whose conversion window has closed', () => {
    expect(reportableWeek(NOW)).toBe(WEEK);
    // A day earlier the last conversions of WEEK could still come: the week before is reported.
    expect(reportableWeek(new Date(NOW.getTime() - 2 * 86_400_000))).toBe(weekAfter(WEEK, -1));
  });

  it('sends exactly one report per opted-in pod for the week, by itself', async () => {
    const db = vaults[0]!.context.storage.driver;
    const sent = async () =>
      (await db.all('SELECT pod, week FROM insight_reports_sent ORDER BY pod', [])).map(
        (row) => `${String(row.pod)} ${String(row.week)}`,
      );
    const expected = PODS.filter((pod) => pod !== 'fien').map((pod) => `${pod} ${WEEK}`);
    while ((await sent()).length < expected.length) await sleep(100);
    // Both aggregators counted one report per pod: the timers of both vaults never sent twice.
    const counted = async () => {
      const [leader] = await insight.leader.service.batches();
      const [helper] = await insight.helper.service.batches();
      return [leader?.reports, helper?.reports];
    };
    // (The helper commits its count before the leader does.)
    while ((await counted()).some((n) => n !== expected.length)) await sleep(100);
    expect(await sent()).toEqual(expected);
    expect(await counted()).toEqual([expected.length, expected.length]);
    expect((await insight.leader.service.batches()).map((b) => b.batch)).toEqual([WEEK]);

    // Two runs of the week again by hand, at the same time (one per vault), send nothing more.
    const again = await Promise.all(
      [vaults[0]!, vaults.at(-1)!].map((vault) =>
        reportWeek(
          vault.context,
          { leaderUrl: insight.leader.url, helperUrl: insight.helper.url },
          WEEK,
        ),
      ),
    );
    expect(again).toEqual([
      { sent: 0, idle: 0, closed: 0, alreadyReported: 0, failed: 0 },
      { sent: 0, idle: 0, closed: 0, alreadyReported: 0, failed: 0 },
    ]);
    expect(await counted()).toEqual([expected.length, expected.length]);
    expect(await insight.collector.service.collectReady()).toEqual([WEEK]);
    const [published] = await insight.collector.service.store.all();
    expect(published!.reports).toBe(expected.length);
  });

  it('sends each week once even when both vaults claim the same pods at the same moment', async () => {
    // A second week sent by both vaults at once, without the timer's lease: the claims alone decide.
    const week = weekAfter(WEEK);
    const client = { leaderUrl: insight.leader.url, helperUrl: insight.helper.url };
    const results = await Promise.all(
      [vaults[0]!, vaults.at(-1)!].map((vault) => reportWeek(vault.context, client, week)),
    );
    // Nobody was shown anything that week: each pod's idle week is settled once, nothing is sent.
    expect(results.reduce((sum, r) => sum + r.idle, 0)).toBe(PODS.length - 1);
    expect(results.every((r) => r.failed === 0 && r.sent === 0)).toBe(true);
    const batch = (await insight.leader.service.batches()).find((b) => b.batch === week);
    expect(batch).toBeUndefined();
  });
});

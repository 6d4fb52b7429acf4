import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekStart } from '../../vault-server/src/insight/iso-week.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../../vault-server/src/insight/testing/test-insight.ts';
import { reportableWeek } from '../../vault-server/src/insight/vault/weekly-report-job.ts';
import { postgresEnabled } from '../../vault-server/src/storage/testing/test-engines.ts';
import { startCluster, type VaultCluster, type VaultProcess } from './vault-processes.ts';

const enabled = await postgresEnabled();
const PODS = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 14: the weekly report on a timer in every vault process (`vault-server/src/main.ts` with
 * VAULT_INSIGHT_LEADER_URL and _HELPER_URL): two real processes on one PostgreSQL send exactly one
 * report per opted-in pod for the week, to real aggregators.
 */
describe.runIf(enabled)(
  'weekly insight reports with two vault processes',
  { timeout: 180_000 },
  () => {
    let cluster: VaultCluster;
    let insight: TestInsight;
    let vaults: VaultProcess[];
    // The week the timer reports now, and a time inside it for the records.
    const week = reportableWeek(new Date());
    const shown = new Date(weekStart(week).getTime() + 86_400_000).toISOString();

    beforeAll(async () => {
      insight = await startTestInsight('postgres', { minBatch: 2 });
      cluster = await startCluster();
      vaults = await cluster.start(2, {
        VAULT_INSIGHT_LEADER_URL: insight.leader.url,
        VAULT_INSIGHT_HELPER_URL: insight.helper.url,
        VAULT_INSIGHT_REPORT_INTERVAL_SECONDS: '1',
      });
      // The aggregators' operator accepts this vault's key (the one every process of it uses).
      const keys = await Promise.all(
        vaults.map(async (vault) => {
          const response = await fetch(`${vault.url}/insight/upload-key`);
          expect(response.status).toBe(200);
          return (await response.json()) as { kid: string; jwk: unknown };
        }),
      );
      expect(keys[1]!.kid).toBe(keys[0]!.kid);
      await insight.trustVault('the-city-vault', keys[0]!.jwk);
    });
    afterAll(async () => {
      await cluster?.dispose();
      await insight?.dispose();
    });

    it('sends one report per opted-in pod for the week, whichever process sends it', async () => {
      // Each person through a different process: a suggestion seen that week, then the opt-in
      // (all but the last person).
      for (let n = 0; n < PODS; n++) {
        const who = await cluster.signUp(`i${String(n).padStart(3, '0')}`);
        const vault = vaults[n % 2]!;
        const post = await fetch(`${vault.url}/pods/${who.pod}/feedback/`, {
          method: 'POST',
          headers: who.headers(),
          body: JSON.stringify({
            category: 'feedback',
            time: shown,
            source: { type: 'extension' },
            item: { id: `book-${n}`, title: `Boek ${n}`, kind: 'book' },
            data: {
              kind: 'impression',
              suggestionId: `http://localhost:4801#book-${n}`,
              itemId: `book-${n}`,
              wasSurprise: false,
              site: 'http://localhost:4801',
            },
          }),
        });
        expect(post.status).toBe(201);
        if (n === PODS - 1) continue;
        const put = await fetch(`${vault.url}/pods/${who.pod}/insight/settings`, {
          method: 'PUT',
          headers: who.headers(),
          body: JSON.stringify({ optIn: true }),
        });
        expect(put.status).toBe(200);
      }
      const db = await cluster.storage();
      const sent = async () =>
        (await db.driver.all('SELECT pod, week FROM insight_reports_sent ORDER BY pod')).map(
          (row) => `${String(row.pod)} ${String(row.week)}`,
        );
      const expected = Array.from(
        { length: PODS - 1 },
        (_, n) => `i${String(n).padStart(3, '0')} ${week}`,
      );
      const counted = async () =>
        Promise.all(
          [insight.leader, insight.helper].map(
            async (aggregator) =>
              (await aggregator.service.batches()).find((b) => b.batch === week)?.reports ?? 0,
          ),
        );
      while ((await sent()).length < expected.length) await sleep(200);
      while ((await counted()).some((n) => n !== expected.length)) await sleep(200);
      expect(await sent()).toEqual(expected);
      expect(await counted()).toEqual([expected.length, expected.length]);
      // What the processes say they sent adds up to one report per pod, over both of them.
      const reported = () =>
        vaults
          .flatMap((vault) => vault.logs().split('\n'))
          .filter((line) => line.includes('insight reports sent') && line.endsWith('}'))
          .map((line) => (JSON.parse(line) as { sent: number }).sent)
          .reduce((a, b) => a + b, 0);
      while (reported() < expected.length) await sleep(200);
      expect(reported()).toBe(expected.length);
      // Each aggregator saw one pseudonym per person, none shared between the two.
      const pseudonyms = await Promise.all(
        [insight.leader, insight.helper].map(async (aggregator) =>
          (
            await aggregator.service.db.all(
              'SELECT pseudonym FROM aggregator_uploaders WHERE batch = ?',
              [week],
            )
          ).map((row) => String(row.pseudonym)),
        ),
      );
      expect(new Set(pseudonyms[0]).size).toBe(expected.length);
      expect(pseudonyms[0]!.filter((p) => pseudonyms[1]!.includes(p))).toEqual([]);
    });
  },
);

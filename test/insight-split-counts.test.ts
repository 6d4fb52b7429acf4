/**
 * Review finding (insight): the helper counted a report before the leader decided, so any refusal
 * by the leader after the helper had answered left the two counts apart for good, and the collector
 * skipped the week for ever. Now the helper keeps each report's output share until collection and
 * sums exactly the reports the leader names as accepted.
 */
import { VerwonderError } from '@verwonder/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cellIndex, VECTOR_LENGTH } from '../vault-server/src/insight/figures-layout.ts';
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
const WEEK = '2026-W20';
const ENTRY = cellIndex('library', 'read', 'fits', 'impressions');

describeEachEngine('the two aggregators count the same reports on %s', (engine) => {
  let insight: TestInsight;
  beforeAll(async () => {
    insight = await startTestInsight(engine, { minBatch: 3 });
  });
  afterAll(async () => insight?.dispose());

  const upload = async (impressions: number, pseudonym: string) => {
    const measurement = new Array<number>(VECTOR_LENGTH).fill(0);
    measurement[ENTRY] = impressions;
    const keys = {
      leader: insight.leader.service.keys.publicKey,
      helper: insight.helper.service.keys.publicKey,
    };
    const report = signReport(
      insight.uploadKey,
      await makeReport(vdaf, measurement, WEEK, keys),
      pseudonym,
    );
    const response = await fetch(new URL('/reports', insight.leader.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    return { status: response.status, reportId: report.reportId };
  };

  it("publishes exactly the leader's accepted reports when the leader refuses one the helper prepared (review finding: the helper counts a report before the leader decides)", async () => {
    // The helper prepares the first report, but its answer never reaches the leader (a lost
    // response): the leader refuses the report, the helper has already done its part.
    const options = insight.leader.service.options;
    const askHelper = options.askHelper!;
    let lost = true;
    options.askHelper = async (body) => {
      const answer = await askHelper(body);
      if (lost) {
        lost = false;
        throw new VerwonderError('unavailable', 'the connection to the helper broke');
      }
      return answer;
    };
    try {
      expect((await upload(9, 'refused')).status).toBe(503);
      for (const pseudonym of ['a', 'b', 'c'])
        expect((await upload(1, pseudonym)).status).toBe(201);
    } finally {
      options.askHelper = askHelper;
    }
    expect((await insight.leader.service.batches())[0]!.reports).toBe(3);
    expect(await insight.collector.service.collectReady()).toEqual([WEEK]);
    const [published] = await insight.collector.service.store.all();
    // Three people with one impression each: the refused report (9) is in neither share.
    expect(published).toMatchObject({ batch: WEEK, reports: 3 });
    expect(published!.figures[ENTRY]).toBe(3);
    // Nothing of any report is kept at the helper after its batch is collected.
    expect(await insight.helper.service.db.all('SELECT * FROM aggregator_pending_shares')).toEqual(
      [],
    );
  });
});

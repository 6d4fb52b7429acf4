/**
 * The Prio3 pipeline of issue 14 on real aggregator and collector servers (both engines): the proof
 * check rejects an out-of-range report, neither aggregator's storage reveals a report, a batch below
 * the minimum publishes nothing, and the published sums are the true sums.
 */
import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_ENTRY, VECTOR_LENGTH } from '../vault-server/src/insight/figures-layout.ts';
import { entryMax, toMeasurement } from '../vault-server/src/insight/figures-measurement.ts';
import { makeReport } from '../vault-server/src/insight/prio/client-report.ts';
import { insightVdaf } from '../vault-server/src/insight/prio/insight-vdaf.ts';
import { decodeAggregate } from '../vault-server/src/insight/prio/share-codec.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import { uploadTestReport } from '../vault-server/src/insight/testing/upload-test-report.ts';
import { signReport } from '../vault-server/src/insight/vault/upload-key.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';

const describeEachEngine = await engineSuites();
const vdaf = insightVdaf();

function randomMeasurement(seed: number): number[] {
  let x = seed * 2654435761;
  return Array.from({ length: VECTOR_LENGTH }, (_, index) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return Math.min(entryMax(index), x % 7 === 0 ? x % (MAX_ENTRY + 1) : x % 3);
  });
}

const upload = uploadTestReport;

/** A cheating client: proves honestly, but over an encoding whose first digit is 2 (16 = 2,1,1,1). */
function outOfRangeClient() {
  const cheat = insightVdaf();
  const honest = cheat.flp.encode.bind(cheat.flp);
  cheat.flp.encode = (measurement: number[]) => {
    const encoded = honest(measurement);
    encoded[0] = 2n;
    return encoded;
  };
  return cheat;
}

describeEachEngine('insight aggregation on %s', (engine) => {
  let insight: TestInsight;
  beforeAll(async () => {
    insight = await startTestInsight(engine, { minBatch: 100 });
  });
  afterAll(async () => insight?.dispose());

  it('rejects a report with an out-of-range value in the proof check, and a replayed one', async () => {
    const measurement = new Array<number>(VECTOR_LENGTH).fill(0);
    measurement[0] = MAX_ENTRY;
    const response = await upload(insight, measurement, '2026-W01', outOfRangeClient());
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ reason: 'report_rejected' });
    for (const aggregator of [insight.leader, insight.helper]) {
      const [batch] = await aggregator.service.batches();
      expect(batch).toMatchObject({ batch: '2026-W01', reports: 0 });
    }
    expect((await insight.helper.service.batches())[0]!.rejected).toBe(1);
    expect((await insight.leader.service.batches())[0]!.rejected).toBe(1);

    // The honest client cannot even encode 16: the range is part of the measurement's type.
    expect(() => toMeasurement([MAX_ENTRY + 1, ...measurement.slice(1)])).toThrow();
    expect(() => vdaf.flp.encode([2, ...toMeasurement(measurement).slice(1)])).toThrow();

    const keys = {
      leader: insight.leader.service.keys.publicKey,
      helper: insight.helper.service.keys.publicKey,
    };
    const report = signReport(
      insight.uploadKey,
      await makeReport(vdaf, measurement, '2026-W01', keys),
      'replayer',
    );
    const send = () =>
      fetch(new URL('/reports', insight.leader.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(report),
      });
    expect((await send()).status).toBe(201);
    // Replayed as it is: the person's pseudonym already reported this week.
    expect((await send()).status).toBe(409);
    // Replayed under another person's signature: the report itself was already counted.
    const resigned = signReport(insight.uploadKey, report, 'someone-else');
    const again = await fetch(new URL('/reports', insight.leader.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(resigned),
    });
    expect(again.status).toBe(422);
    expect((await insight.leader.service.batches())[0]!.reports).toBe(1);
  });

  it("keeps neither aggregator's stored data revealing any single report", async () => {
    // Every report in a batch of its own, so that the stored aggregate share is that report's share.
    const low = new Array<number>(VECTOR_LENGTH).fill(0);
    const high = Array.from({ length: VECTOR_LENGTH }, (_, index) => entryMax(index));
    const batches: { batch: string; value: number[] }[] = [];
    for (let i = 0; i < 10; i++) {
      batches.push({ batch: `2025-W${String(10 + i)}`, value: low });
      batches.push({ batch: `2025-W${String(30 + i)}`, value: high });
    }
    for (const { batch, value } of batches)
      expect((await upload(insight, value, batch)).status).toBe(201);

    const modulus = vdaf.flp.field.modulus;
    for (const aggregator of [insight.leader, insight.helper]) {
      // What the aggregator's database holds: keys, aggregate shares, report ids (and, at the
      // helper until collection, each report's output share, random alone). No input share.
      const tables = await aggregator.service.db.all(
        engine === 'sqlite'
          ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
          : 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name',
      );
      expect(tables.map((t) => t.name)).toEqual([
        'aggregator_batches',
        'aggregator_hpke_keys',
        'aggregator_pending_shares',
        'aggregator_seen_reports',
        'aggregator_uploaders',
        'insight_schema_migrations',
      ]);
      const seenColumns = Object.keys(
        (await aggregator.service.db.all('SELECT * FROM aggregator_seen_reports'))[0]!,
      );
      expect(seenColumns.sort()).toEqual(['batch', 'report_id', 'seen_at']);
      // Who uploaded: a vault key id and a per-week pseudonym, never a pod name.
      const uploaderColumns = Object.keys(
        (await aggregator.service.db.all('SELECT * FROM aggregator_uploaders'))[0]!,
      );
      expect(uploaderColumns.sort()).toEqual(['batch', 'pseudonym', 'seen_at', 'vault']);

      for (const value of [low, high]) {
        const shares = await Promise.all(
          batches
            .filter((b) => b.value === value)
            .map(async ({ batch }) =>
              decodeAggregate(
                vdaf,
                aggregator === insight.leader
                  ? (await aggregator.service.store.batch(batch))!.aggregate
                  : [...(await aggregator.service.store.pending(batch)).values()][0]!,
              ),
            ),
        );
        // One aggregator's share alone decodes to nothing like the report...
        for (const share of shares)
          expect(vdaf.unshard(null, [share], 1)).not.toEqual(toMeasurement(value));
        // ...and its elements look uniform over the field whether the report was all 0 or all at most.
        const fractions = shares
          .flat()
          .map((element) => Number((element * 1_000_000n) / modulus) / 1_000_000);
        const mean = fractions.reduce((a, b) => a + b, 0) / fractions.length;
        expect(fractions.length).toBe(10 * vdaf.flp.outputLen);
        expect(Math.abs(mean - 0.5)).toBeLessThan(0.04); // 5 standard deviations of a uniform mean
      }
    }
  }, 120_000);

  it('publishes nothing for a batch below the minimum', async () => {
    for (let i = 0; i < 3; i++)
      expect((await upload(insight, randomMeasurement(i), '2026-W02')).status).toBe(201);
    expect(await insight.collector.service.collectReady()).not.toContain('2026-W02');
    const direct = await fetch(new URL('/batches/2026-W02/collect', insight.leader.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${insight.collector.service.options.token}` },
    });
    expect(direct.status).toBe(409);
    const withoutToken = await fetch(new URL('/batches/2026-W02/collect', insight.leader.url), {
      method: 'POST',
    });
    expect(withoutToken.status).toBe(404);
    const dashboard = (await (
      await fetch(new URL('/api/dashboard', insight.collector.url))
    ).json()) as {
      rows: { week: string }[];
      batches: { batch: string; reports: number; published: boolean }[];
    };
    expect(dashboard.rows.filter((row) => row.week === '2026-W02')).toEqual([]);
    expect(dashboard.batches).toContainEqual(
      expect.objectContaining({ batch: '2026-W02', reports: 3, published: false, open: false }),
    );
    expect(await insight.collector.service.store.all()).toEqual([]);
  });

  it('publishes exactly the true sums of a batch of 120 reports, uploaded 6 at a time (no lost update)', async () => {
    const truth = new Array<number>(VECTOR_LENGTH).fill(0);
    for (let i = 0; i < 120; i += 6) {
      const measurements = Array.from({ length: 6 }, (_, j) => randomMeasurement(1000 + i + j));
      for (const measurement of measurements)
        measurement.forEach((value, index) => (truth[index]! += value));
      const statuses = await Promise.all(
        measurements.map(async (m) => (await upload(insight, m, '2026-W03')).status),
      );
      expect(statuses).toEqual([201, 201, 201, 201, 201, 201]);
    }
    expect(await insight.collector.service.collectReady()).toEqual(['2026-W03']);
    const [published] = (await insight.collector.service.store.all()).filter(
      (p) => p.batch === '2026-W03',
    );
    expect(published).toMatchObject({ reports: 120, epsilon: null });
    expect(published!.figures).toEqual(truth);
    // A collected batch is closed: a late report cannot change what was published.
    expect((await upload(insight, randomMeasurement(7), '2026-W03')).status).toBe(422);
    expect(Buffer.isBuffer((await insight.leader.service.store.batch('2026-W03'))!.aggregate)).toBe(
      true,
    );
  }, 240_000);
});

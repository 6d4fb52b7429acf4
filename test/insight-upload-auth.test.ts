/**
 * Issue 14: the aggregators accept only reports signed by a vault they know (ES256 over each
 * aggregator's part), at most one per person and week at each, and the person's pseudonyms link
 * nothing: a new one every week, and different ones at the two aggregators (both engines).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { VECTOR_LENGTH } from '../vault-server/src/insight/figures-layout.ts';
import { makeReport } from '../vault-server/src/insight/prio/client-report.ts';
import { insightVdaf } from '../vault-server/src/insight/prio/insight-vdaf.ts';
import type { Upload } from '../vault-server/src/insight/prio/report-wire.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import {
  generateUploadKey,
  pseudonym,
  signReport,
} from '../vault-server/src/insight/vault/upload-key.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';

const describeEachEngine = await engineSuites();
const vdaf = insightVdaf();
const zeros = new Array<number>(VECTOR_LENGTH).fill(0);

describeEachEngine('signed insight uploads on %s', (engine) => {
  let insight: TestInsight;
  const report = (batch: string) =>
    makeReport(vdaf, zeros, batch, {
      leader: insight.leader.service.keys.publicKey,
      helper: insight.helper.service.keys.publicKey,
    });
  const send = async (body: unknown) => {
    const response = await fetch(new URL('/reports', insight.leader.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const counts = async (batch: string) =>
    Promise.all(
      [insight.leader, insight.helper].map(
        async (a) => (await a.service.batches()).find((b) => b.batch === batch)?.reports ?? 0,
      ),
    );
  const flip = (signature: string) =>
    `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;

  beforeAll(async () => {
    insight = await startTestInsight(engine, { minBatch: 2 });
  });
  afterAll(async () => insight?.dispose());

  it('answers 401 to an unsigned upload, a bad signature and a vault it does not know', async () => {
    const batch = '2026-W10';
    const unsigned = await report(batch);
    expect(await send(unsigned)).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });

    const signed = signReport(insight.uploadKey, unsigned, 'ana');
    // A signature that does not verify, for the leader's part or only for the helper's.
    const badLeader: Upload = {
      ...signed,
      leaderAuth: { ...signed.leaderAuth!, signature: flip(signed.leaderAuth!.signature) },
    };
    expect((await send(badLeader)).status).toBe(401);
    const badHelper: Upload = {
      ...signed,
      helperAuth: { ...signed.helperAuth!, signature: flip(signed.helperAuth!.signature) },
    };
    expect((await send(badHelper)).status).toBe(401);
    const { helperAuth: _helper, ...leaderOnly } = signed;
    expect((await send(leaderOnly)).status).toBe(401);
    // A valid signature over other data: the helper's share swapped for another report's.
    const other = await report(batch);
    expect((await send({ ...signed, helperShare: other.helperShare })).status).toBe(401);
    // Signed correctly, but by a vault the aggregators were never told about.
    const stranger = await generateUploadKey();
    expect((await send(signReport(stranger, unsigned, 'ana'))).status).toBe(401);

    expect(await counts(batch)).toEqual([0, 0]);
    expect((await send(signed)).status).toBe(201);
    expect(await counts(batch)).toEqual([1, 1]);
  });

  it('answers 409 to a second report of one person in one week, and takes the next week', async () => {
    const first = signReport(insight.uploadKey, await report('2026-W11'), 'bob');
    expect((await send(first)).status).toBe(201);
    const second = signReport(insight.uploadKey, await report('2026-W11'), 'bob');
    expect(await send(second)).toMatchObject({
      status: 409,
      body: { code: 'conflict', reason: 'already_reported' },
    });
    expect(await counts('2026-W11')).toEqual([1, 1]);
    const nextWeek = signReport(insight.uploadKey, await report('2026-W12'), 'bob');
    expect((await send(nextWeek)).status).toBe(201);
  });

  it('refuses at the helper a second report whose leader part looks new (409, nothing counted)', async () => {
    const week = '2026-W13';
    expect((await send(signReport(insight.uploadKey, await report(week), 'cas'))).status).toBe(201);
    // The leader's part signed under a fresh pseudonym, the helper's under cas's: the helper says no.
    const again = signReport(insight.uploadKey, await report(week), 'cas');
    const fresh = signReport(insight.uploadKey, again, 'someone-new');
    expect((await send({ ...again, leaderAuth: fresh.leaderAuth })).status).toBe(409);
    expect(await counts(week)).toEqual([1, 1]);
  });

  it('gives the person unlinkable pseudonyms: new each week, different at each aggregator', async () => {
    const key = insight.uploadKey;
    const weeks = ['2026-W11', '2026-W12'];
    const leader = weeks.map((week) => pseudonym(key, 'leader', week, 'bob'));
    const helper = weeks.map((week) => pseudonym(key, 'helper', week, 'bob'));
    expect(new Set([...leader, ...helper]).size).toBe(4);
    // What each aggregator stored: the vault's key id and those pseudonyms, never the pod name.
    for (const [aggregator, mine, theirs] of [
      [insight.leader, leader, helper],
      [insight.helper, helper, leader],
    ] as const) {
      const rows = await aggregator.service.db.all(
        'SELECT vault, batch, pseudonym FROM aggregator_uploaders ORDER BY batch',
      );
      const stored = rows.map((row) => String(row.pseudonym));
      for (const p of mine) expect(stored).toContain(p);
      for (const p of theirs) expect(stored).not.toContain(p);
      expect(JSON.stringify(rows)).not.toContain('bob');
      expect(new Set(rows.map((row) => row.vault))).toEqual(new Set([key.kid]));
    }
  });
});

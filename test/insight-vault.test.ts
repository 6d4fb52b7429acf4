/**
 * The person's side of issue 14 on a real vault (both engines): attribution of suggestions to clicks
 * and conversions within 14 days, the owner-only route, the opt-in (off by default), and the weekly
 * report reaching the real aggregators.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insightRoutes } from '../vault-server/src/insight/vault/insight-routes.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import { inWeek, weeksAgo } from '../vault-server/src/insight/testing/test-week.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../vault-server/src/testing/test-server.ts';

const describeEachEngine = await engineSuites();
const LIBRARY = 'http://localhost:4801';
const MUSEUM = 'http://localhost:4803';
// Last week (relative to the run: fixed dates would one day be past the records' retention).
const WEEK = weeksAgo(1);

const feedback = (
  kind: string,
  itemId: string,
  time: string,
  site: string,
  wasSurprise = false,
  suggestionId = `${site}#${itemId}`,
) => ({
  category: 'feedback',
  time,
  source: { type: 'extension' },
  item: { id: itemId, title: itemId, kind: itemId.startsWith('book-') ? 'book' : 'activity' },
  data: { kind, suggestionId, itemId, wasSurprise, site },
});
const loan = (itemId: string, time: string) => ({
  category: 'loans',
  time,
  source: { type: 'person' },
  item: { id: itemId, title: itemId, kind: 'book', medium: 'read' },
  data: { action: 'borrowed' },
});
const visit = (itemId: string, time: string) => ({
  category: 'visits',
  time,
  source: { type: 'person' },
  item: { id: itemId, title: itemId, kind: 'activity', medium: 'experience' },
  data: { venueId: 'venue-1' },
});

async function post(client: TestClient, record: { category: string }): Promise<void> {
  const response = await client.fetch(`/pods/${client.pod}/${record.category}/`, {
    method: 'POST',
    body: JSON.stringify(record),
  });
  expect(response.status).toBe(201);
}

describeEachEngine('insight in the vault on %s', (engine) => {
  let insight: TestInsight;
  let server: TestServer;
  let ana: TestClient;
  let bob: TestClient;
  beforeAll(async () => {
    insight = await startTestInsight(engine, { minBatch: 2 });
    // No timer here (test/insight-weekly-report.test.ts has it): reports only on request.
    server = await startTestServer(engine, {}, undefined, [
      insightRoutes(
        { leaderUrl: insight.leader.url, helperUrl: insight.helper.url },
        { reportIntervalSeconds: 0 },
      ),
    ]);
    const { jwk } = (await (await fetch(new URL('/insight/upload-key', server.url))).json()) as {
      jwk: unknown;
    };
    await insight.trustVault('test-vault', jwk);
    ana = await server.signUp('ana');
    bob = await server.signUp('bob');
    // Days count from WEEK's Monday (0).
    await post(ana, loan('book-old', inWeek(WEEK, -60))); // her usual medium: reading
    await post(ana, feedback('impression', 'book-1', inWeek(WEEK, 0), LIBRARY));
    await post(ana, feedback('click', 'book-1', inWeek(WEEK, 0, '10:01'), LIBRARY));
    await post(ana, loan('book-1', inWeek(WEEK, 3)));
    await post(ana, feedback('wow', 'book-1', inWeek(WEEK, 3, '11:00'), LIBRARY));
    await post(ana, feedback('impression', 'act-9', inWeek(WEEK, 1), MUSEUM, true));
    await post(ana, visit('act-9', inWeek(WEEK, 10))); // 9 days later: a conversion, crossing media
    await post(
      ana,
      feedback(
        'impression',
        'book-2',
        inWeek(WEEK, 1),
        LIBRARY,
        false,
        `${LIBRARY}#book-2#baseline`,
      ),
    );
    await post(ana, feedback('impression', 'book-3', inWeek(WEEK, 1), LIBRARY));
    await post(ana, loan('book-3', inWeek(WEEK, 20))); // 19 days later: not a conversion
  });
  afterAll(async () => {
    await server?.dispose();
    await insight?.dispose();
  });

  it('links each suggestion to its click, its conversion within 14 days and its feedback, for the owner only', async () => {
    const response = await ana.fetch('/pods/ana/insight/attribution');
    expect(response.status).toBe(200);
    const { suggestions } = (await response.json()) as { suggestions: Record<string, unknown>[] };
    const byItem = new Map(suggestions.map((s) => [s.itemId, s]));
    expect(byItem.get('book-1')).toMatchObject({
      institution: 'library',
      medium: 'read',
      kind: 'fits',
      week: WEEK,
      clicked: true,
      conversion: 'loans',
      convertedAt: inWeek(WEEK, 3),
      crossed: false,
      feedbackScore: 2,
    });
    expect(byItem.get('act-9')).toMatchObject({
      institution: 'museum',
      medium: 'experience',
      kind: 'surprise',
      clicked: false,
      conversion: 'visits',
      crossed: true,
    });
    expect(byItem.get('book-2')).toMatchObject({ kind: 'baseline', conversion: null });
    expect(byItem.get('book-3')).toMatchObject({ convertedAt: null });

    for (const other of [
      await bob.fetch('/pods/ana/insight/attribution'),
      await fetch(new URL('/pods/ana/insight/attribution', server.url)),
    ])
      expect(other.status).toBe(404);
  });

  it('keeps the opt-in off by default and reports nothing without it', async () => {
    const settings = (await (await ana.fetch('/pods/ana/insight/settings')).json()) as {
      optIn: boolean;
      minBatch: number;
      explanation: { nl: string; en: string };
    };
    expect(settings.optIn).toBe(false);
    expect(settings.explanation.nl).toContain('Standaard staat dit uit');
    // The minimum the aggregators really enforce (2 here), not a number written in the text.
    expect(settings.minBatch).toBe(2);
    expect(settings.explanation.nl).toContain('minstens 2 mensen');
    expect(settings.explanation.en).toContain('at least 2 people');
    const refused = await ana.fetch('/pods/ana/insight/reports', {
      method: 'POST',
      body: JSON.stringify({ week: WEEK }),
    });
    expect(refused.status).toBe(409);
    expect(await insight.leader.service.batches()).toEqual([]);
    expect(
      (
        await bob.fetch('/pods/ana/insight/settings', {
          method: 'PUT',
          body: JSON.stringify({ optIn: true }),
        })
      ).status,
    ).toBe(404);
    expect(
      ((await (await ana.fetch('/pods/ana/insight/settings')).json()) as { optIn: boolean }).optIn,
    ).toBe(false);
  });

  it('takes simultaneous opt-ins of one person without a 500 (review finding: two simultaneous opt-in requests give a 500 on PostgreSQL)', async () => {
    for (const name of ['cem', 'dana', 'eva', 'fien', 'gust']) {
      const person = await server.signUp(name);
      const answers = await Promise.all(
        [true, true, true].map((optIn) =>
          person.fetch(`/pods/${name}/insight/settings`, {
            method: 'PUT',
            body: JSON.stringify({ optIn }),
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      const settings = (await (await person.fetch(`/pods/${name}/insight/settings`)).json()) as {
        optIn: boolean;
      };
      expect(settings.optIn).toBe(true);
    }
  });

  it('puts the opt-in in the export (review finding: the export leaves out OAuth grants, connected sources and the insight opt-in)', async () => {
    const person = await server.signUp('hanne');
    const exportOf = async () =>
      ((await (await person.fetch('/pods/hanne/export')).json()) as { insight: unknown }).insight;
    expect(await exportOf()).toEqual({ optIn: false, reportedWeeks: [] });
    await person.fetch('/pods/hanne/insight/settings', {
      method: 'PUT',
      body: JSON.stringify({ optIn: true }),
    });
    expect(await exportOf()).toEqual({ optIn: true, reportedWeeks: [] });
  });

  it('sends one report per week once opted in, and none for an idle week (review finding: one person singled out among idle opted-in people)', async () => {
    const outcomes: unknown[] = [];
    for (const client of [ana, bob]) {
      const put = await client.fetch(`/pods/${client.pod}/insight/settings`, {
        method: 'PUT',
        body: JSON.stringify({ optIn: true }),
      });
      expect(put.status).toBe(200);
      const sent = await client.fetch(`/pods/${client.pod}/insight/reports`, {
        method: 'POST',
        body: JSON.stringify({ week: WEEK }),
      });
      expect(sent.status).toBe(201);
      outcomes.push(((await sent.json()) as { outcome: string }).outcome);
    }
    // Bob's pod is empty: nothing is sent for him, so he does not count toward the minimum.
    expect(outcomes).toEqual(['sent', 'idle']);
    const again = await ana.fetch('/pods/ana/insight/reports', {
      method: 'POST',
      body: JSON.stringify({ week: WEEK }),
    });
    expect(again.status).toBe(409);
    expect(await insight.leader.service.batches()).toMatchObject([{ batch: WEEK, reports: 1 }]);
    // Ana alone: below the minimum of 2, nothing of hers is published.
    expect(await insight.collector.service.collectReady()).toEqual([]);
  });
});

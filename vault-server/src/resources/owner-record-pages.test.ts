import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';

const describeEachEngine = await engineSuites();

interface Page {
  contains: { id: string; time: string; item: { title: string } }[];
  next?: string;
}

/**
 * What the owner's data and account pages read instead of a whole category: a container page
 * newest first, and the purge plan counted in the database.
 */
describeEachEngine('the owner pages’ reads of a category on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  let bert: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
    bert = await server.signUp('bert');
    // Two on one time, so the cursor has to tell them apart by id.
    for (const days of [400, 300, 200, 200, 100]) {
      const created = await anna.fetch('/pods/anna/loans/', {
        method: 'POST',
        body: JSON.stringify(loanRecord(`Boek ${days}`, daysAgo(days))),
      });
      expect(created.status).toBe(201);
    }
  });
  afterAll(async () => server?.dispose());

  const all = async (first: string) => {
    const out: Page['contains'] = [];
    let url: string | undefined = first;
    while (url) {
      const response = await anna.fetch(url);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      expect(page.contains.length).toBeLessThanOrEqual(2);
      out.push(...page.contains);
      url = page.next;
    }
    return out;
  };

  it('pages a container newest first with order=newest, the next link keeping the order (review finding: the account and data pages load a whole category)', async () => {
    const newest = await all('/pods/anna/loans/?limit=2&order=newest');
    const oldest = await all('/pods/anna/loans/?limit=2');
    expect(newest.map((r) => r.item.title)).toEqual([
      'Boek 100',
      'Boek 200',
      'Boek 200',
      'Boek 300',
      'Boek 400',
    ]);
    expect(newest.map((r) => r.id)).toEqual(oldest.map((r) => r.id).reverse());
    const first = await anna.fetch('/pods/anna/loans/?limit=2&order=newest');
    expect(first.headers.get('link')).toMatch(/order=newest[^>]*>; rel="next"/);
    // Within the time range, and after a cursor.
    const ranged = await all(`/pods/anna/loans/?limit=2&order=newest&from=${daysAgo(250)}`);
    expect(ranged.map((r) => r.item.title)).toEqual(['Boek 100', 'Boek 200', 'Boek 200']);
    const bad = await anna.fetch('/pods/anna/loans/?order=sideways');
    expect(bad.status).toBe(400);
  });

  it('answers the purge plan of a category from the database (review finding: the account and data pages load a whole category)', async () => {
    const plan = async () =>
      (await (await anna.fetch('/pods/anna/retention/loans')).json()) as {
        category: string;
        days: number | null;
        due: number;
        nextPurgeAt: string | null;
      };
    // Loans are kept two years by default: none is due, the oldest goes 730 days after its time.
    const before = await plan();
    expect(before).toMatchObject({ category: 'loans', days: 730, due: 0 });
    expect(before.nextPurgeAt).toBe(
      new Date(Date.parse(daysAgo(400)) + 730 * 86_400_000).toISOString(),
    );
    await anna.fetch('/pods/anna/retention/loans', {
      method: 'PUT',
      body: JSON.stringify({ days: 250 }),
    });
    const after = await plan();
    expect(after).toMatchObject({ days: 250, due: 2 });
    expect(after.nextPurgeAt).toBe(
      new Date(Date.parse(daysAgo(200)) + 250 * 86_400_000).toISOString(),
    );
    await anna.fetch('/pods/anna/retention/loans', {
      method: 'PUT',
      body: JSON.stringify({ days: null }),
    });
    expect(await plan()).toMatchObject({ days: null, due: 0, nextPurgeAt: null });
    // Another person's plan is not theirs to read.
    expect((await bert.fetch('/pods/anna/retention/loans')).status).toBeGreaterThanOrEqual(400);
    expect((await anna.fetch('/pods/anna/retention/nonsense')).status).toBe(400);
  });
});

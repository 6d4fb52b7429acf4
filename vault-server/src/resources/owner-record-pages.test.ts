import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';

const describeEachEngine = await engineSuites();

interface Page {
  contains: { id: string; time: string; item: { title: string }; data: { kind?: string } }[];
  next?: string;
  searched?: number;
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

  it('searches, filters and sorts by title the whole category for the owner, a page at a time (review finding: data page search covers only loaded records)', async () => {
    const titles = (records: Page['contains']) => records.map((r) => r.item.title);
    // One a page, newest first: the vault opens and searches every record, the next link keeps
    // the search.
    expect(titles(await all('/pods/anna/loans/?limit=1&order=newest&q=boek%202'))).toEqual([
      'Boek 200',
      'Boek 200',
    ]);
    const first = await anna.fetch('/pods/anna/loans/?limit=1&order=newest&q=%20BOEK%204%20');
    expect(first.status).toBe(200);
    const body = (await first.json()) as Page;
    expect(titles(body.contains)).toEqual(['Boek 400']);
    expect(body.searched).toBe(5);
    expect(body.next).toBeUndefined();
    const paged = await anna.fetch('/pods/anna/loans/?limit=1&q=boek&order=newest');
    expect(paged.headers.get('link')).toMatch(/order=newest&q=boek&cursor=[^>]*>; rel="next"/);
    // The record's data counts too, without accents; nothing found is an empty page.
    expect(await all('/pods/anna/loans/?limit=2&q=perm%C3%A9ke')).toHaveLength(5);
    expect(await all('/pods/anna/loans/?limit=2&q=nergens')).toEqual([]);
    // By title over all of them, paged on by title.
    expect(titles(await all('/pods/anna/loans/?limit=2&order=title'))).toEqual([
      'Boek 100',
      'Boek 200',
      'Boek 200',
      'Boek 300',
      'Boek 400',
    ]);
    expect(titles(await all('/pods/anna/loans/?limit=2&order=title&q=boek%203'))).toEqual([
      'Boek 300',
    ]);
    // The person's own feedback without what the extension noted by itself.
    for (const kind of ['impression', 'thumbs-up', 'click', 'wow'])
      expect(
        (
          await anna.fetch('/pods/anna/feedback/', {
            method: 'POST',
            body: JSON.stringify({
              time: daysAgo(3),
              source: { type: 'person' },
              data: { kind, suggestionId: `s-${kind}`, itemId: 'book-1', wasSurprise: false },
            }),
          })
        ).status,
      ).toBe(201);
    const kinds = async (query: string) =>
      (await all(`/pods/anna/feedback/?limit=2&${query}`)).map((r) => r.data.kind).sort();
    expect(await kinds('feedback=own')).toEqual(['thumbs-up', 'wow']);
    expect(await kinds('feedback=all')).toEqual(['click', 'impression', 'thumbs-up', 'wow']);
    // The words the page shows for a kind, in Dutch or English.
    expect(await kinds('q=getoond')).toEqual(['impression']);
    expect(await kinds('q=good%20idea&feedback=own')).toEqual(['thumbs-up']);
    for (const query of [`q=${'x'.repeat(201)}`, 'feedback=some', 'order=titles', 'search=x']) {
      const response = await anna.fetch(`/pods/anna/loans/?${query}`);
      expect(response.status, query).toBe(400);
    }
    // Another person's records are not searched for them.
    expect((await bert.fetch('/pods/anna/loans/?q=boek')).status).toBeGreaterThanOrEqual(400);
  });
});

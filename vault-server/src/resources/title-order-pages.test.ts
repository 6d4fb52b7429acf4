import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { insertLoans } from '../testing/insert-loans.ts';
import { openedForGet } from '../testing/opened-for-get.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';
import { insertRecord, parseNewRecord } from './record-service.ts';

const describeEachEngine = await engineSuites();

interface Page {
  contains: { id: string; item: { title: string } }[];
  next?: string;
}

const LOANS = 300;
const title = (n: number) => `Titel ${String(n).padStart(3, '0')}`;

describeEachEngine('the data page in title order on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
    // Times in another order than the titles, so the title order is not the database's.
    await insertLoans(
      server,
      'anna',
      Array.from({ length: LOANS }, (_, n) => ({
        title: title(n),
        time: daysAgo(1 + ((n * 7) % LOANS)),
      })),
    );
  }, 120_000);
  afterAll(async () => server?.dispose());

  /** One GET, with the number of records the vault decrypted for it. */
  const get = (url: string) => openedForGet<Page>(server, anna, url);
  const pathOf = (next: string) => new URL(next).pathname + new URL(next).search;

  it('opens only the page’s records once the order is read, until a write by any process (review finding: the data page’s title sort reads the whole category per page)', async () => {
    const first = await get('/pods/anna/loans/?order=title&limit=10');
    expect(first.page.contains.map((r) => r.item.title)).toEqual(
      Array.from({ length: 10 }, (_, n) => title(n)),
    );
    // The pages after it: ten records each, not the category's 300.
    let next = first.page.next!;
    for (let page = 1; page < 4; page++) {
      const { page: body, opened } = await get(pathOf(next));
      expect(body.contains.map((r) => r.item.title)).toEqual(
        Array.from({ length: 10 }, (_, n) => title(page * 10 + n)),
      );
      expect(opened).toBeLessThanOrEqual(10);
      next = body.next!;
    }
    // A write straight into the database, as another vault process makes it: the next page reads
    // the category again and shows it.
    const ctx = server.vault.context;
    await insertRecord(ctx, ctx.storage, 'anna', parseNewRecord('loans', loanRecord('Aap')));
    const after = await get('/pods/anna/loans/?order=title&limit=10');
    expect(after.page.contains[0]!.item.title).toBe('Aap');
    expect(after.opened).toBeGreaterThan(LOANS);
    const gone = after.page.contains[1]!;
    await ctx.storage.driver.run('DELETE FROM records WHERE pod = ? AND id = ?', ['anna', gone.id]);
    const again = await get('/pods/anna/loans/?order=title&limit=10');
    expect(again.page.contains.map((r) => r.item.title).slice(0, 2)).toEqual(['Aap', title(1)]);
    // Within a time range and with a search, from the order kept.
    const searched = await get('/pods/anna/loans/?order=title&limit=3&q=titel%2029');
    expect(searched.page.contains.map((r) => r.item.title)).toEqual([
      title(290),
      title(291),
      title(292),
    ]);
    const more = await get(pathOf(searched.page.next!));
    expect(more.page.contains.map((r) => r.item.title)).toEqual([
      title(293),
      title(294),
      title(295),
    ]);
    expect(more.opened).toBeLessThanOrEqual(3);
    const ranged = await get(`/pods/anna/loans/?order=title&limit=400&from=${daysAgo(10)}`);
    // The loans of the last ten days but the one deleted above.
    expect(ranged.page.contains).toHaveLength(9);
    expect(ranged.opened).toBeLessThanOrEqual(9);
  });
});

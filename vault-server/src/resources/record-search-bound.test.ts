import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { openedForGet } from '../testing/opened-for-get.ts';
import { insertLoans } from '../testing/insert-loans.ts';
import { daysAgo } from '../testing/test-vault.ts';
import { MAX_SEARCHED } from './record-search.ts';

const describeEachEngine = await engineSuites();

interface Page {
  contains: { item: { title: string } }[];
  next?: string;
  searched?: number;
}

/** More records than one search request may look through, the one searched for the oldest. */
const OTHERS = MAX_SEARCHED + 50;

describeEachEngine('the owner’s search over a large category on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
    const start = Date.parse(daysAgo(300));
    await insertLoans(server, 'anna', [
      { title: 'Zeldzaam boek', time: daysAgo(301) },
      ...Array.from({ length: OTHERS }, (_, i) => ({
        title: `Boek ${i + 1}`,
        time: new Date(start + (i + 1) * 60_000).toISOString(),
      })),
    ]);
  }, 120_000);
  afterAll(async () => server?.dispose());

  /** One GET, with the number of records the vault decrypted for it. */
  const get = (url: string) => openedForGet<Page>(server, anna, url);

  it('looks through at most 2,000 records a request and says so, the next link going on from there (review finding: the 2,000-record search bound is untested)', async () => {
    // Newest first, the one loan that matches is the oldest: past the bound of the first request.
    const first = await get('/pods/anna/loans/?order=newest&limit=10&q=zeldzaam');
    expect(first.page.contains).toEqual([]);
    expect(first.page.searched).toBe(MAX_SEARCHED);
    expect(first.opened).toBeLessThanOrEqual(MAX_SEARCHED);
    // Not "nothing found": the answer goes on, with the search and the order kept.
    expect(first.page.next).toMatch(/order=newest&q=zeldzaam&cursor=/);
    const second = await get(new URL(first.page.next!).pathname + new URL(first.page.next!).search);
    expect(second.page.contains.map((record) => record.item.title)).toEqual(['Zeldzaam boek']);
    expect(second.page.searched).toBe(OTHERS + 1 - MAX_SEARCHED);
    expect(second.opened).toBeLessThanOrEqual(OTHERS + 1 - MAX_SEARCHED);
    expect(second.page.next).toBeUndefined();
    // A full page ends the request before the bound: ten matches among the newest ten.
    const full = await get('/pods/anna/loans/?order=newest&limit=10&q=boek');
    expect(full.page.contains).toHaveLength(10);
    expect(full.page.searched).toBe(10);
    expect(full.opened).toBeLessThanOrEqual(100);
  }, 60_000);
});

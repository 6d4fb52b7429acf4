import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';
import type { OwnerDna } from './owner-dna.ts';

const describeEachEngine = await engineSuites();

// Two loans in one month, about two months back (within the loans' two-year retention).
const MONTH = daysAgo(60).slice(0, 7);

describeEachEngine('the owner’s DNA route on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  let bert: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
    bert = await server.signUp('bert');
    for (const day of ['01', '02']) {
      const record = loanRecord(`Boek ${day}`, `${MONTH}-${day}T10:00:00Z`);
      await anna.fetch('/pods/anna/loans/', {
        method: 'POST',
        body: JSON.stringify({
          ...record,
          item: { ...record.item, id: `book-${day}`, genres: ['history'], medium: 'read' },
        }),
      });
    }
  });
  afterAll(async () => server?.dispose());

  it('derives the DNA of the owner’s records, naming the records behind each feature', async () => {
    const response = await anna.fetch('/pods/anna/dna');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const dna = (await response.json()) as OwnerDna;
    expect(dna.records).toBe(2);
    expect(dna.genres[0]?.key).toBe('history');
    expect(dna.genres[0]?.recordIds).toHaveLength(2);
    expect(dna.timeline).toEqual([expect.objectContaining({ month: MONTH, counts: { loans: 2 } })]);
  });

  it('is the owner’s only: 401 without a session, 403 for another account', async () => {
    expect((await fetch(`${server.url}/pods/anna/dna`)).status).toBe(401);
    expect((await bert.fetch('/pods/anna/dna')).status).toBe(403);
    const empty = (await (await bert.fetch('/pods/bert/dna')).json()) as OwnerDna;
    expect(empty.records).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { concertTicketRecord, daysAgo, loanRecord } from '../testing/test-vault.ts';
import type { ForYouAnswer } from './for-you-route.ts';

const LOANED = ['book-1', 'book-2', 'book-3'];

describe('the owner’s “Voor jou” route', () => {
  let server: TestServer;
  let anna: TestClient;
  let bert: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    anna = await server.signUp('anna');
    bert = await server.signUp('bert');
    for (const [index, id] of LOANED.entries()) {
      const record = loanRecord(`Boek ${id}`, daysAgo(62 - index));
      const response = await anna.fetch('/pods/anna/loans/', {
        method: 'POST',
        body: JSON.stringify({
          ...record,
          item: { ...record.item, id, genres: ['fantasy', 'young-adult'], medium: 'read' },
        }),
      });
      expect(response.status).toBe(201);
    }
  });
  afterAll(async () => server?.dispose());

  const answer = async (query = '') => {
    const response = await anna.fetch(`/pods/anna/for-you${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return (await response.json()) as ForYouAnswer;
  };
  const list = async (query = '') => (await answer(query)).items;
  const switchTo = async (category: string, personalised: boolean) => {
    const response = await anna.fetch(`/pods/anna/personalisation/${category}`, {
      method: 'PUT',
      body: JSON.stringify({ personalised }),
    });
    expect(response.status).toBe(200);
  };

  it('gives the owner 12 items with explanations, dates and places, never a loaned one', async () => {
    const items = await list();
    expect(items).toHaveLength(12);
    for (const item of items) {
      expect(item.explanations.length).toBeGreaterThan(0);
      expect(item.explanations[0]!.text.nl.length).toBeGreaterThan(0);
      expect(item.explanations[0]!.text.en.length).toBeGreaterThan(0);
      expect(LOANED).not.toContain(item.itemId);
      if (item.kind === 'activity') {
        expect(item.place?.name).toBeTruthy();
        if (item.date) expect(Date.parse(item.date.end)).toBeGreaterThanOrEqual(Date.now() - 1000);
      }
    }
  });

  it('takes the dial and rejects one out of range', async () => {
    expect(await list('?dial=1')).toHaveLength(12);
    expect((await anna.fetch('/pods/anna/for-you?dial=2')).status).toBe(400);
  });

  it('says which categories the owner switched off, in the registry’s order, and none when all are on', async () => {
    expect((await answer()).personalisationOff).toEqual([]);
    await switchTo('visits', false);
    await switchTo('loans', false);
    expect((await answer('?dial=0.2')).personalisationOff).toEqual(['loans', 'visits']);
    await switchTo('loans', true);
    await switchTo('visits', true);
    expect((await answer()).personalisationOff).toEqual([]);
  });

  it('is the owner’s only: 404 without a session and for another account', async () => {
    expect((await fetch(`${server.url}/pods/anna/for-you`)).status).toBe(404);
    expect((await bert.fetch('/pods/anna/for-you')).status).toBe(404);
  });
});

describe('“Voor jou” a year after the demo season', () => {
  // The real clock, set to a day after the generated season's last date: the vault and the
  // committed catalogue read it as they do in production.
  const now = new Date('2028-03-01T09:00:00+01:00');
  let server: TestServer;
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now, shouldAdvanceTime: true });
  });
  afterAll(async () => {
    await server?.dispose();
    vi.useRealTimers();
  });

  it('still offers upcoming activities on 1 March 2028 (review finding: the demo catalogue’s dated activities end 2027-12-29)', async () => {
    server = await startTestServer('sqlite');
    const carla = await server.signUp('carla');
    const time = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const ticket = await carla.fetch('/pods/carla/tickets/', {
      method: 'POST',
      body: JSON.stringify(concertTicketRecord(time)),
    });
    expect(ticket.status).toBe(201);
    const response = await carla.fetch('/pods/carla/for-you');
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as ForYouAnswer;
    const dated = items.filter((item) => item.kind === 'activity' && item.date !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const item of dated)
      expect(Date.parse(item.date!.end)).toBeGreaterThanOrEqual(now.getTime());
  });
});

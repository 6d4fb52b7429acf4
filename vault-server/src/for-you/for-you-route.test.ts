import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { loanRecord } from '../testing/test-vault.ts';
import type { ForYouItem } from './for-you-list.ts';

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
      const record = loanRecord(`Boek ${id}`, `2026-10-0${index + 1}T10:00:00Z`);
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

  const list = async (query = '') => {
    const response = await anna.fetch(`/pods/anna/for-you${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return ((await response.json()) as { items: ForYouItem[] }).items;
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

  it('is the owner’s only: 404 without a session and for another account', async () => {
    expect((await fetch(`${server.url}/pods/anna/for-you`)).status).toBe(404);
    expect((await bert.fetch('/pods/anna/for-you')).status).toBe(404);
  });
});

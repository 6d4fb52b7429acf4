import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../../testing/test-server.ts';

describe('input assistance routes and the onboarding page', () => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    anna = await server.signUp('anna');
  });
  afterAll(async () => server?.dispose());

  it('proposes catalogue books for a title with a typo, with what a loan needs', async () => {
    const response = await anna.fetch('/catalog/search?q=Hunger%20Gmes&limit=3');
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as {
      items: { id: string; authors: string[]; genres: string[]; termIds: string[] }[];
    };
    expect(items[0]).toMatchObject({ id: 'book-1', authors: ['Suzanne Collins'] });
    expect(items[0]?.genres.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(3);
  });

  it('says what typed interests become', async () => {
    const response = await anna.fetch('/interests/resolve?q=jazz,%20fotografie');
    const { resolved } = (await response.json()) as {
      resolved: { input: string; terms: { id: string }[] }[];
    };
    expect(resolved.map((r) => [r.input, r.terms.map((t) => t.id)[0]])).toEqual([
      ['jazz', '1.8.2.0.0'],
      ['fotografie', '1.0.6.0.0'],
    ]);
  });

  it('answers 401 without a session and 400 for a bad query, never 5xx', async () => {
    const anonymous = await fetch(new URL('/catalog/search?q=dune', server.url));
    expect(anonymous.status).toBe(401);
    expect((await anna.fetch('/catalog/search?q=dune&limit=900')).status).toBe(400);
    expect((await anna.fetch('/catalog/search?q=dune&kind=film')).status).toBe(400);
    expect((await anna.fetch(`/catalog/search?q=${'x'.repeat(300)}`)).status).toBe(400);
  });

  it('renders the onboarding with the vocabularies, in Dutch and English', async () => {
    const nl = await (await anna.fetch('/welcome?lang=nl')).text();
    expect(nl).toContain('value="theme:1.8.2.0.0"');
    expect(nl).toContain('Jazz en blues');
    expect(nl).toContain('value="bookgenre:fantasy"');
    // No inline script (CSP): every script is a file or a JSON data block.
    expect(nl).not.toMatch(/<script(?![^>]*(src=|type="application\/json"))/);
    const en = await (await anna.fetch('/welcome?lang=en')).text();
    expect(en).toContain('What interests you?');
  });
});

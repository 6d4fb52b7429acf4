import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../../testing/test-server.ts';

/** The href of the header's language link, as the browser would read the attribute. */
function languageHref(page: string): string {
  const tag = /<a href="([^"]*)" lang="(?:en|nl)">/.exec(page);
  expect(tag).not.toBeNull();
  return tag![1]!
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<');
}

describe('the header’s language link', () => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    anna = await server.signUp('anna');
  });
  afterAll(async () => server?.dispose());

  it('keeps the page’s other query parameters, only lang changes, and a hostile query stays inside the attribute (review finding: the language link loses where you are)', async () => {
    const hostile = '"><script>alert(1)</script><a href="x';
    const page = await (
      await anna.fetch(
        `/account?lang=nl&category=loans&note=${encodeURIComponent(hostile)}&lang=nl`,
      )
    ).text();
    expect(page).not.toContain('<script>alert(1)');
    const href = languageHref(page);
    expect(href.startsWith('?')).toBe(true);
    const params = new URLSearchParams(href.slice(1));
    expect(params.getAll('lang')).toEqual(['en']);
    expect(params.get('category')).toBe('loans');
    expect(params.get('note')).toBe(hostile);

    const signIn = await (
      await fetch(`${server.url}/signin?return_to=${encodeURIComponent('/vault/data?lang=nl')}`, {
        headers: { 'accept-language': 'nl' },
      })
    ).text();
    const back = new URLSearchParams(languageHref(signIn).slice(1));
    expect(back.get('lang')).toBe('en');
    expect(back.get('return_to')).toBe('/vault/data?lang=nl');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSites, type TestSites } from './test-support/start-test-sites.ts';

let t: TestSites;
beforeAll(async () => {
  t = await startTestSites();
});
afterAll(() => t.sites.close());

describe('startCitySites', () => {
  it('returns the real URLs when asked for port 0', () => {
    for (const url of Object.values(t.sites.urls))
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new Set(Object.values(t.sites.urls)).size).toBe(3);
  });

  it('links the three sites to each other and serves their stylesheets', async () => {
    const { urls } = t.sites;
    const home = await t.get(`${urls.library}/`);
    expect(home.body).toContain(`href="${urls.agenda}/"`);
    expect(home.body).toContain(`href="${urls.museum}/"`);
    for (const [url, css] of [
      [urls.library, 'library'],
      [urls.agenda, 'agenda'],
      [urls.museum, 'museum'],
    ] as const) {
      const res = await fetch(`${url}/static/${css}.css`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/css');
    }
  });

  it('sends security headers and renders unknown paths as a 404 page', async () => {
    const res = await fetch(`${t.sites.urls.agenda}/bestaat/niet`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(await res.text()).toContain('<a class="skip-link" href="#main">');
    expect((await fetch(`${t.sites.urls.museum}/static/nope.css`)).status).toBe(404);
  });

  it('links an error page only within the site (review finding: a city-site error page links to whatever host is in the request path)', async () => {
    // An oversized form posted to //evil.example/phish: a 413 page of the real site.
    const res = await fetch(`${t.sites.urls.library}//evil.example/phish`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `x=${'a'.repeat(40_000)}`,
    });
    expect(res.status).toBe(413);
    const page = await res.text();
    expect(page).toContain('Opnieuw beginnen');
    expect(page).not.toContain('evil.example');
  });

  it('closes cleanly', async () => {
    const other = await startTestSites();
    await other.sites.close();
    await expect(fetch(`${other.sites.urls.library}/`)).rejects.toThrow();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../../testing/test-server.ts';
import { OWNER_PAGES } from './owner-nav.ts';

describe('the owner’s pages', () => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    anna = await server.signUp('anna');
  });
  afterAll(async () => server?.dispose());

  it('serves every page in both languages with the strict CSP and no inline script', async () => {
    for (const page of OWNER_PAGES) {
      for (const lang of ['nl', 'en']) {
        const response = await anna.fetch(`/vault/${page}?lang=${lang}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
        const text = await response.text();
        expect(text).toContain(`<html lang="${lang}">`);
        // Only JSON data blocks, never executable inline code.
        for (const [, attrs] of text.matchAll(/<script([^>]*)>(?!<\/script>)/g))
          expect(attrs).toMatch(/type="application\/json"|src=/);
        for (const other of OWNER_PAGES)
          expect(text).toContain(`href="/vault/${other}?lang=${lang}"`);
      }
    }
  });

  it('remembers the language chosen with the switch', async () => {
    const chosen = await anna.fetch('/vault/audit?lang=en');
    const cookie = chosen.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^vw_lang=en;/);
    const next = await fetch(`${server.url}/vault/data`, {
      headers: { cookie: `${anna.cookie}; vw_lang=en`, 'accept-language': 'nl' },
    });
    expect(await next.text()).toContain('<html lang="en">');
    const signIn = await fetch(`${server.url}/signin`, {
      headers: { cookie: 'vw_lang=en', 'accept-language': 'nl' },
    });
    expect(await signIn.text()).toContain('<html lang="en">');
  });

  it('sends a signed-out visitor to sign in and back; an unknown page is a 404', async () => {
    const response = await fetch(`${server.url}/vault/data?lang=nl`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      `/signin?lang=nl&return_to=${encodeURIComponent('/vault/data?lang=nl')}`,
    );
    expect((await anna.fetch('/vault/nothing')).status).toBe(404);
  });

  it('opens the vault on the person’s start page, and sends the account page back after sign-in', async () => {
    const home = await anna.fetch('/?lang=nl', { redirect: 'manual' });
    expect(home.headers.get('location')).toBe('/vault/for-you?lang=nl');
    const account = await fetch(`${server.url}/account?lang=en`, { redirect: 'manual' });
    expect(account.headers.get('location')).toBe(
      `/signin?lang=en&return_to=${encodeURIComponent('/account?lang=en')}`,
    );
  });

  it('serves Chart.js from node_modules as a script of this origin', async () => {
    const response = await fetch(`${server.url}/static/chart.umd.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(await response.text()).toContain('Chart');
  });
});

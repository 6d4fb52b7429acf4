import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../../storage/testing/describe-each-engine.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../testing/oauth-test-server.ts';
import { callPod, connect, refresh, startTestClient } from '../testing/test-client.ts';

const describeEachEngine = await engineSuites();

/** Rows another version (or a hand edit) could have left: each must not break the owner's pages. */
const BAD_ROWS: Record<string, Partial<Record<string, string>>> = {
  'bad-day-grant-000001': { expires_at: '2027-02-30T23:59:59.999Z' },
  'bad-scope-grant-00001': { scopes: 'loans:read mind:read' },
  'bad-client-grant-0001': { client_id: 'not a url <b>', client_name: '<script>x</script>' },
};

describeEachEngine('malformed grant rows on %s', (engine) => {
  let vault: OAuthTestVault;
  let anna: OwnerLogin;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ engine });
    anna = await vault.owner('anna');
    for (const [id, bad] of Object.entries(BAD_ROWS)) {
      const row = {
        id,
        pod: 'anna',
        web_id: `${vault.url}/pods/anna/profile#me`,
        client_id: 'https://site.example/client.json',
        client_name: 'Oude site',
        scopes: 'loans:read',
        purpose: 'dpv:ProvidePersonalisedRecommendations',
        rank_categories: '',
        created_at: '2026-01-01T00:00:00.000Z',
        expires_at: '2027-01-01T23:59:59.999Z',
        ...bad,
      };
      await vault.ctx.storage.driver.run(
        `INSERT INTO oauth_grants (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row)
          .map(() => '?')
          .join(', ')})`,
        Object.values(row),
      );
    }
  });
  afterAll(async () => {
    await vault?.close();
  });

  const get = (path: string) => fetch(`${vault.url}${path}`, { headers: { cookie: anna.cookie } });

  it('the list, the page, the export and revocation work around them (review finding: impossible end date)', async () => {
    const list = await get('/pods/anna/grants');
    expect(list.status).toBe(200);
    const { grants } = (await list.json()) as { grants: { id: string; status: string }[] };
    expect(grants.map((grant) => grant.status)).toEqual(['damaged', 'damaged', 'damaged']);

    const page = await get('/oauth/connections');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('Invalid Date');
    expect(html).not.toContain('<script>x</script>');
    expect(html.match(/data-status="damaged"/g)).toHaveLength(3);

    const exported = await get('/pods/anna/export');
    expect(exported.status).toBe(200);
    expect(((await exported.json()) as { grants: unknown[] }).grants).toHaveLength(3);

    expect((await get('/pods/anna/grants/bad-day-grant-000001/receipt')).status).toBe(409);

    for (const id of Object.keys(BAD_ROWS)) {
      const revoked = await fetch(`${vault.url}/pods/anna/grants/${id}/revoke`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: anna.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf: anna.csrfToken }),
      });
      expect(revoked.status).toBe(303);
      expect(await vault.oauth.deps.store.getGrant(id)).toMatchObject({
        damaged: true,
        revokedReason: 'owner',
      });
    }
    expect((await get('/pods/anna/export')).status).toBe(200);
    expect((await get('/pods/anna/grants')).status).toBe(200);
  });

  it('a token whose grant row was damaged is refused, not a 500 (review finding: impossible end date)', async () => {
    const site = await startTestClient(vault.url);
    try {
      const tokens = await connect(site, anna, { scope: 'loans:read' });
      const [grant] = await vault.oauth.deps.store.listGrants('anna');
      expect(grant).toMatchObject({ clientId: site.clientId });
      await vault.ctx.storage.driver.run('UPDATE oauth_grants SET expires_at = ? WHERE id = ?', [
        '2027-02-30T23:59:59.999Z',
        grant!.id,
      ]);
      const read = await callPod(site, tokens.access_token, 'GET', `${vault.url}/pods/anna/loans/`);
      expect(read.status).toBe(401);
      await expect(refresh(site, tokens.refresh_token!)).rejects.toThrow();
    } finally {
      await site.close();
    }
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { readAudit } from '../../audit/audit-log.ts';
import { engineSuites } from '../../storage/testing/describe-each-engine.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../testing/oauth-test-server.ts';
import {
  callPod,
  connect,
  decideInVault,
  refresh,
  startAuthorization,
  startTestClient,
  type TestClient,
} from '../testing/test-client.ts';
import { loanRecord } from '../../testing/test-vault.ts';
import { extensionClientId } from '../clients/extension-client.ts';

const POSTS = 6;

const describeEachEngine = await engineSuites();

describeEachEngine('the consent form on %s', (engine) => {
  let vault: OAuthTestVault;
  let anna: OwnerLogin;
  let site: TestClient;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ engine });
    anna = await vault.owner('anna');
    site = await startTestClient(vault.url);
  });
  afterAll(async () => {
    await site?.close();
    await vault?.close();
  });

  it('A double-submitted consent form creates several active grants', async () => {
    const started = await startAuthorization(site, { scope: 'loans:read' });
    const first = await fetch(started.url, {
      redirect: 'manual',
      headers: { cookie: anna.cookie },
    });
    expect(first.status).toBe(303);
    const consentUrl = new URL(first.headers.get('location')!, started.url);
    const html = await (await fetch(consentUrl, { headers: { cookie: anna.cookie } })).text();
    const csrf = /name="csrf"\s+value="([^"]*)"/.exec(html)![1]!;
    const until = /name="until"\s+value="([^"]*)"/.exec(html)![1]!;
    const form = new URLSearchParams({ csrf, decision: 'approve', scope: 'loans:read', until });
    const post = () =>
      fetch(consentUrl, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: anna.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });

    // Like vault processes on one database: every POST has read the pending request before any decides.
    const { deps } = vault.oauth;
    const sessions = deps.sessions;
    let arrived = 0;
    let release = () => {};
    const allArrived = new Promise<void>((resolve) => (release = resolve));
    deps.sessions = async (req, res) => {
      if (++arrived === POSTS) release();
      await allArrived;
      return sessions(req, res);
    };
    const answers = await Promise.all(Array.from({ length: POSTS }, post)).finally(
      () => (deps.sessions = sessions),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([303, ...Array<number>(POSTS - 1).fill(400)]);
    const winner = answers.find((answer) => answer.status === 303)!;
    expect(new URL(winner.headers.get('location')!).searchParams.get('code')).toBeTruthy();

    const grants = await vault.oauth.deps.store.listGrants('anna');
    expect(grants.filter((grant) => grant.revokedAt === null)).toHaveLength(1);
    expect(grants).toHaveLength(1);
    const audit = await readAudit(vault.ctx.storage, 'anna', -1, 1000);
    expect(audit.filter((entry) => entry.action === 'grant-created')).toHaveLength(1);
  });

  /** The next 30 February within the year a grant may last, and a request that asks that far. */
  const february30 = async () => {
    const now = new Date();
    const year = now.getUTCMonth() < 1 ? now.getUTCFullYear() : now.getUTCFullYear() + 1;
    const started = await startAuthorization(site, {
      scope: 'loans:read',
      until: new Date(Date.now() + 360 * 86_400_000).toISOString().slice(0, 10),
    });
    return { started, day: `${year}-02-30` };
  };

  it('an impossible end date shows the form again and stores nothing (review finding: impossible end date)', async () => {
    const before = (await vault.oauth.deps.store.listGrants('anna')).length;
    const { started, day } = await february30();
    const decided = await decideInVault(started.url, anna, { until: day });
    expect(decided.status).toBe(400);
    expect(decided.location).toBe('');
    expect(await vault.oauth.deps.store.listGrants('anna')).toHaveLength(before);
    const grants = await fetch(`${vault.url}/pods/anna/grants`, {
      headers: { cookie: anna.cookie },
    });
    expect(grants.status).toBe(200);
    const exported = await fetch(`${vault.url}/pods/anna/export`, {
      headers: { cookie: anna.cookie },
    });
    expect(exported.status).toBe(200);
  });

  it('the form shown again for an impossible day says why, in the person’s language (review finding: impossible end date)', async () => {
    const { started, day } = await february30();
    const first = await fetch(started.url, {
      redirect: 'manual',
      headers: { cookie: anna.cookie },
    });
    const consentUrl = new URL(first.headers.get('location')!, started.url);
    const html = await (await fetch(consentUrl, { headers: { cookie: anna.cookie } })).text();
    const csrf = /name="csrf"\s+value="([^"]*)"/.exec(html)![1]!;
    const answer = await fetch(consentUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: anna.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        csrf,
        lang: 'en',
        decision: 'approve',
        scope: 'loans:read',
        until: day,
      }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain(
      'Choose a day from today up to the day the site asked for.',
    );
  });

  it('the form shown again to the extension for a day past what it asked speaks of the extension, not a site (review finding: the consent page calls the extension a site)', async () => {
    // The extension's request, as its pairing flow sends it (a full request, no PAR needed here).
    const url = new URL(`${vault.url}/oauth/authorize`);
    for (const [name, value] of Object.entries({
      response_type: 'code',
      client_id: extensionClientId(vault.url),
      redirect_uri: `${vault.url}/oauth/extension-callback`,
      scope: 'loans:read profile:read',
      state: 'pairing',
      code_challenge: 'c'.repeat(43),
      code_challenge_method: 'S256',
      authorization_details: JSON.stringify([
        { type: 'verwonder_access', purpose: 'dpv:ServicePersonalisation' },
      ]),
    }))
      url.searchParams.set(name, value);
    const first = await fetch(url, { redirect: 'manual', headers: { cookie: anna.cookie } });
    const consentUrl = new URL(first.headers.get('location')!, url);
    const html = await (await fetch(consentUrl, { headers: { cookie: anna.cookie } })).text();
    expect(html).toContain('Je eigen Verwonder-extensie');
    const csrf = /name="csrf"\s+value="([^"]*)"/.exec(html)![1]!;
    for (const [lang, said] of [
      ['nl', 'Kies een dag vanaf vandaag tot de dag die de extensie vroeg.'],
      ['en', 'Choose a day from today up to the day the extension asked for.'],
    ] as const) {
      const answer = await fetch(consentUrl, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: anna.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          csrf,
          lang,
          decision: 'approve',
          scope: 'loans:read',
          until: '2099-12-31',
        }),
      });
      expect(answer.status).toBe(400);
      const page = await answer.text();
      expect(page).toContain(said);
      expect(page).not.toMatch(/de site vroeg|the site asked/);
    }
  });

  it('two approvals of one site at the same moment leave one active grant (review finding: two approvals at once on PostgreSQL leave both grants active)', async () => {
    const racer = await startTestClient(vault.url, { name: 'Tegelijk' });
    try {
      for (let round = 0; round < 4; round++) {
        const a = await startAuthorization(racer, { scope: 'loans:read' });
        const b = await startAuthorization(racer, { scope: 'loans:read' });
        await Promise.all([decideInVault(a.url, anna), decideInVault(b.url, anna)]);
        const active = (await vault.oauth.deps.store.listGrants('anna')).filter(
          (grant) => grant.clientId === racer.clientId && grant.revokedAt === null,
        );
        expect(active, `round ${round}`).toHaveLength(1);
      }
    } finally {
      await racer.close();
    }
  });

  it('approving again replaces the site’s earlier grant (review finding: consenting again leaves the wider grant)', async () => {
    const again = await startTestClient(vault.url, { name: 'Tweede keer' });
    try {
      await fetch(`${vault.url}/pods/anna/loans/`, {
        method: 'POST',
        headers: {
          cookie: anna.cookie,
          'x-csrf-token': anna.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify(loanRecord('Kaas')),
      });
      const first = await connect(again, anna, { scope: 'loans:read dna:read' });
      // The site asks again; the person unticks loans:read. The page says what it replaces.
      const started = await startAuthorization(again, { scope: 'loans:read dna:read' });
      const decided = await decideInVault(started.url, anna, { scopes: ['dna:read'] });
      expect(decided.consentHtml).toContain('id="consent-replaces"');
      expect(decided.consentHtml).toContain('Dit vervangt de toegang die de site nu heeft');
      expect(decided.status).toBe(303);

      const loans = `${vault.url}/pods/anna/loans/`;
      expect((await callPod(again, first.access_token, 'GET', loans)).status).toBe(401);
      await expect(refresh(again, first.refresh_token!)).rejects.toThrow();

      const grants = (await vault.oauth.deps.store.listGrants('anna')).filter(
        (grant) => grant.clientId === again.clientId,
      );
      expect(grants.filter((grant) => grant.revokedAt === null)).toHaveLength(1);
      expect(grants.find((grant) => grant.revokedAt !== null)).toMatchObject({
        revokedReason: 'owner',
      });
      const page = await (
        await fetch(`${vault.url}/oauth/connections`, { headers: { cookie: anna.cookie } })
      ).text();
      const listed = [...page.matchAll(/<li\s+class="grant"[^>]*data-status="(\w+)"[^]*?<\/li>/g)];
      expect(
        listed.filter((item) => item[0].includes('Tweede keer') && item[1] === 'active'),
      ).toHaveLength(1);
      const audit = await readAudit(vault.ctx.storage, 'anna', -1, 1000);
      expect(
        audit.filter(
          (entry) =>
            entry.action === 'grant-revoked' &&
            entry.actor.type === 'owner' &&
            entry.detail?.startsWith('Tweede keer: owner'),
        ),
      ).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('still shows the consent page, and takes the decision, once the client’s document no longer loads (review finding: consent page answers a JSON 401 after the client document cache expires)', async () => {
    let down = false;
    const flaky = await startTestClient(vault.url, {
      name: 'Wisselvallig',
      documentDown: () => down,
    });
    try {
      const open = async () => {
        const started = await startAuthorization(flaky, { scope: 'dna:read', par: false });
        const first = await fetch(started.url, {
          redirect: 'manual',
          headers: { cookie: anna.cookie },
        });
        expect(first.status).toBe(303);
        return new URL(first.headers.get('location')!, vault.url);
      };
      const decide = (consentUrl: URL, html: string, decision: string) =>
        fetch(consentUrl, {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie: anna.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            csrf: /name="csrf"\s+value="([^"]*)"/.exec(html)![1]!,
            decision,
            scope: 'dna:read',
            until: /name="until"\s+value="([^"]*)"/.exec(html)![1]!,
          }),
        });
      const denyUrl = await open();
      const approveUrl = await open();
      // Later: the cached document has expired (and been purged), and the site's host is down.
      down = true;
      await vault.ctx.storage.driver.run('DELETE FROM oauth_clients', []);

      for (const lang of ['nl', 'en']) {
        denyUrl.searchParams.set('lang', lang);
        const page = await fetch(denyUrl, { headers: { cookie: anna.cookie } });
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        expect(await page.text()).toContain('Wisselvallig');
      }
      const denyHtml = await (await fetch(denyUrl, { headers: { cookie: anna.cookie } })).text();
      const denied = await decide(denyUrl, denyHtml, 'deny');
      // The vault's own page, with the way back to the site as a link (RFC 9700 §4.11.2).
      expect(denied.status).toBe(200);
      const back = /href="([^"]*)"[^>]*id="refused-return"/.exec(await denied.text());
      expect(new URL(back![1]!.replace(/&amp;/g, '&')).searchParams.get('error')).toBe(
        'access_denied',
      );

      const approveHtml = await (
        await fetch(approveUrl, { headers: { cookie: anna.cookie } })
      ).text();
      const approved = await decide(approveUrl, approveHtml, 'approve');
      expect(approved.status).toBe(303);
      expect(new URL(approved.headers.get('location')!).searchParams.get('code')).toBeTruthy();
      const grants = await vault.oauth.deps.store.listGrants('anna');
      expect(grants.find((grant) => grant.clientId === flaky.clientId)).toMatchObject({
        clientName: 'Wisselvallig',
        revokedAt: null,
      });
    } finally {
      await flaky.close();
    }
  });
});

import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../../storage/testing/describe-each-engine.ts';
import { createDpopKey, dpopKeyFrom, type DpopKey } from '../testing/dpop-key.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../testing/oauth-test-server.ts';
import {
  decideInVault,
  exchangeCode,
  refresh,
  startAuthorization,
  startTestClient,
  type TestClient,
} from '../testing/test-client.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('the authorization code at the token endpoint on %s', (engine) => {
  let vault: OAuthTestVault;
  let anna: OwnerLogin;
  let site: TestClient;
  let other: TestClient;
  let siteKey: DpopKey;
  let strangerKey: DpopKey;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ engine });
    anna = await vault.owner('anna');
    site = await startTestClient(vault.url);
    other = await startTestClient(vault.url, { name: 'Ander' });
    siteKey = await dpopKeyFrom(site.keyPair);
    strangerKey = await createDpopKey();
  });
  afterAll(async () => {
    await other?.close();
    await site?.close();
    await vault?.close();
  });

  /** A token request built by hand, as someone who saw the code (in a log, a Referer) would send it. */
  const presentCode = async (key: DpopKey, params: Record<string, string>) => {
    const url = `${vault.url}/oauth/token`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        dpop: await key.proof('POST', url),
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', ...params }),
    });
    return { status: response.status, body: (await response.json()) as { error?: string } };
  };

  it('a code presented first by someone without the verifier still gives the site its tokens (review finding: code burned by anyone who sees it)', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const { location } = await decideInVault(started.url, anna);
    const code = new URL(location).searchParams.get('code')!;
    const real = {
      code,
      client_id: site.clientId,
      redirect_uri: site.redirectUri,
      code_verifier: started.codeVerifier,
    };
    const attempts: [DpopKey, Record<string, string>][] = [
      [strangerKey, { ...real, client_id: other.clientId }],
      [strangerKey, { ...real, code_verifier: oauth.generateRandomCodeVerifier() }],
      [siteKey, { ...real, code_verifier: oauth.generateRandomCodeVerifier() }],
      [siteKey, { ...real, redirect_uri: `${site.redirectUri}/other` }],
      // The pushed request carried the site's DPoP proof: the code is bound to that key.
      [strangerKey, real],
    ];
    // Each at once, as vault processes on one database would take them.
    const refused = await Promise.all(attempts.map(([key, params]) => presentCode(key, params)));
    for (const answer of refused) {
      expect(answer.status).toBe(400);
      expect(answer.body.error).toBe('invalid_grant');
    }

    const tokens = await exchangeCode(site, location, started);
    expect(tokens.access_token).toBeTruthy();
    const [grant] = await vault.oauth.deps.store.listGrants('anna');
    expect(grant?.revokedAt).toBeNull();
  });

  it('a code the site already exchanged, presented again with its verifier, still ends the grant', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const { location } = await decideInVault(started.url, anna);
    await exchangeCode(site, location, started);
    const code = new URL(location).searchParams.get('code')!;
    const again = await presentCode(siteKey, {
      code,
      client_id: site.clientId,
      redirect_uri: site.redirectUri,
      code_verifier: started.codeVerifier,
    });
    expect(again.body.error).toBe('invalid_grant');
    const grants = await vault.oauth.deps.store.listGrants('anna');
    const newest = grants.reduce((a, b) => (a.createdAt >= b.createdAt ? a : b));
    expect(newest.revokedReason).toBe('code-replay');
  });

  /** A database that refuses to store refresh tokens: a real failure inside the exchange, after the code is checked. */
  const refuseRefreshTokens = (on: boolean) => {
    const driver = vault.ctx.storage.driver;
    if (engine === 'sqlite')
      return driver.script(
        on
          ? "CREATE TRIGGER refuse_refresh BEFORE INSERT ON oauth_refresh_tokens BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"
          : 'DROP TRIGGER refuse_refresh;',
      );
    return driver.script(
      on
        ? `CREATE FUNCTION refuse_refresh() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
           CREATE TRIGGER refuse_refresh BEFORE INSERT ON oauth_refresh_tokens FOR EACH ROW EXECUTE FUNCTION refuse_refresh();`
        : 'DROP TRIGGER refuse_refresh ON oauth_refresh_tokens; DROP FUNCTION refuse_refresh();',
    );
  };

  /** Approves a request, fails its first exchange with `fail`, then exchanges the same code again. */
  const exchangeAfterFailure = async (fail: () => Promise<void>, heal: () => Promise<void>) => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const { location } = await decideInVault(started.url, anna);
    const code = new URL(location).searchParams.get('code')!;
    await fail();
    let failed;
    try {
      failed = await presentCode(siteKey, {
        code,
        client_id: site.clientId,
        redirect_uri: site.redirectUri,
        code_verifier: started.codeVerifier,
      });
    } finally {
      await heal();
    }
    expect(failed.status).toBe(500);
    return exchangeCode(site, location, started);
  };

  it('a code whose refresh token could not be stored can be exchanged again (review finding: code lost when issuing fails)', async () => {
    const tokens = await exchangeAfterFailure(
      () => refuseRefreshTokens(true),
      () => refuseRefreshTokens(false),
    );
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.refresh_token).toBeTruthy();
    const grants = await vault.oauth.deps.store.listGrants('anna');
    const newest = grants.reduce((a, b) => (a.createdAt >= b.createdAt ? a : b));
    expect(newest.revokedAt).toBeNull();
  });

  it('a code whose access token could not be signed can be exchanged again (review finding: code lost when issuing fails)', async () => {
    const keys = vault.oauth.deps.keys;
    const current = keys.current.bind(keys);
    const tokens = await exchangeAfterFailure(
      async () => {
        keys.current = () => Promise.reject(new Error('injected signing failure'));
      },
      async () => {
        keys.current = current;
      },
    );
    expect(tokens.access_token).toBeTruthy();
  });

  it('a refresh token whose successor could not be stored can be used again (review finding: code lost when issuing fails)', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const { location } = await decideInVault(started.url, anna);
    const first = await exchangeCode(site, location, started);
    await refuseRefreshTokens(true);
    try {
      await expect(refresh(site, first.refresh_token!)).rejects.toThrow();
    } finally {
      await refuseRefreshTokens(false);
    }
    const next = await refresh(site, first.refresh_token!);
    expect(next.access_token).toBeTruthy();
    const grants = await vault.oauth.deps.store.listGrants('anna');
    const newest = grants.reduce((a, b) => (a.createdAt >= b.createdAt ? a : b));
    expect(newest.revokedAt).toBeNull();
  });

  /** A database that refuses the audit entry of an issued token: as if the process died right before it. */
  const refuseTokenAudits = (on: boolean) => {
    const driver = vault.ctx.storage.driver;
    if (engine === 'sqlite')
      return driver.script(
        on
          ? "CREATE TRIGGER refuse_token_audit BEFORE INSERT ON audit_log WHEN NEW.action = 'token-issued' BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"
          : 'DROP TRIGGER refuse_token_audit;',
      );
    return driver.script(
      on
        ? `CREATE FUNCTION refuse_token_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.action = 'token-issued' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$;
           CREATE TRIGGER refuse_token_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_token_audit();`
        : 'DROP TRIGGER refuse_token_audit ON audit_log; DROP FUNCTION refuse_token_audit();',
    );
  };
  /** What anna can read in her audit log: the tokens issued to sites. */
  const tokensInAudit = async (): Promise<number> => {
    const response = await fetch(`${vault.url}/pods/anna/audit?action=token-issued&limit=1000`, {
      headers: { cookie: anna.cookie },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { entries: unknown[] }).entries.length;
  };

  it('issues no token from a code without its audit entry: the code still works once the log can be written (review finding: token issued without an audit entry the person can read)', async () => {
    const before = await tokensInAudit();
    const tokens = await exchangeAfterFailure(
      () => refuseTokenAudits(true),
      () => refuseTokenAudits(false),
    );
    expect(tokens.access_token).toBeTruthy();
    // One token issued, one entry: the failed exchange left neither a used code nor a refresh token.
    expect(await tokensInAudit()).toBe(before + 1);
    const grants = await vault.oauth.deps.store.listGrants('anna');
    const newest = grants.reduce((a, b) => (a.createdAt >= b.createdAt ? a : b));
    expect(newest.revokedAt).toBeNull();
  });

  it('issues no token from a refresh token without its audit entry: the refresh token still works (review finding: token issued without an audit entry the person can read)', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const { location } = await decideInVault(started.url, anna);
    const first = await exchangeCode(site, location, started);
    const before = await tokensInAudit();
    await refuseTokenAudits(true);
    try {
      await expect(refresh(site, first.refresh_token!)).rejects.toThrow();
    } finally {
      await refuseTokenAudits(false);
    }
    const next = await refresh(site, first.refresh_token!);
    expect(next.access_token).toBeTruthy();
    expect(await tokensInAudit()).toBe(before + 1);
    const grants = await vault.oauth.deps.store.listGrants('anna');
    const newest = grants.reduce((a, b) => (a.createdAt >= b.createdAt ? a : b));
    expect(newest.revokedAt).toBeNull();
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../../storage/testing/describe-each-engine.ts';
import { openOAuthTestStore, type OAuthTestStore } from '../testing/oauth-test-store.ts';
import { migrateOAuth } from './migrate-oauth.ts';
import type { OAuthGrant } from './oauth-store.ts';

const T0 = '2024-01-01T00:00:00.000Z';
const LATER = '2030-01-01T00:00:00.000Z';

const grant = (id: string, extra: Partial<OAuthGrant> = {}): OAuthGrant => ({
  id,
  pod: 'anna',
  webId: 'http://localhost:4800/pods/anna/profile#me',
  clientId: 'http://127.0.0.1:4801/oauth/client.json',
  clientName: 'Bibliotheek',
  scopes: ['loans:write', 'suggestions:rank'],
  purpose: 'dpv:ProvidePersonalisedRecommendations',
  rankCategories: ['loans', 'interests'],
  createdAt: T0,
  expiresAt: LATER,
  revokedAt: null,
  revokedReason: null,
  ...extra,
});

const describeEachEngine = await engineSuites();

describeEachEngine('OAuth store contract on %s', (engine) => {
  let env: OAuthTestStore;
  beforeAll(async () => {
    env = await openOAuthTestStore(engine);
    await env.engine.storage.accounts.create({
      id: 'acc-anna',
      podName: 'anna',
      displayName: 'Anna',
      userHandle: 'uh-anna',
      createdAt: T0,
    });
  });
  afterAll(async () => env?.dispose());

  it('migrates once, in its own version table', async () => {
    expect(await migrateOAuth(env.engine.storage.driver)).toEqual([]);
  });

  it('stores, lists and revokes grants once', async () => {
    await env.store.createGrant(grant('g1'));
    await env.store.createGrant(
      grant('g2', { createdAt: '2024-02-01T00:00:00.000Z', rankCategories: [] }),
    );
    expect((await env.store.listGrants('anna')).map((g) => g.id)).toEqual(['g2', 'g1']);
    expect(await env.store.getGrant('g1')).toEqual(grant('g1'));
    expect(await env.store.revokeGrant('g1', LATER, 'owner')).toBe(true);
    expect(await env.store.revokeGrant('g1', LATER, 'owner')).toBe(false);
    expect(await env.store.getGrant('g1')).toMatchObject({
      revokedAt: LATER,
      revokedReason: 'owner',
    });
  });

  it('uses a code or refresh token once, even when two requests race', async () => {
    await env.store.putCode({
      codeHash: 'c1',
      grantId: 'g2',
      clientId: 'x',
      redirectUri: 'y',
      codeChallenge: 'z',
      dpopJkt: null,
      expiresAt: LATER,
      usedAt: null,
    });
    // Read first (the token endpoint checks the request against it), without using it.
    expect((await env.store.getCode('c1'))?.usedAt).toBeNull();
    const uses = await Promise.all([env.store.useCode('c1', T0), env.store.useCode('c1', T0)]);
    expect(uses.map((use) => use?.firstUse).sort()).toEqual([false, true]);
    expect((await env.store.getCode('c1'))?.usedAt).toBe(T0);
    expect(await env.store.useCode('unknown', T0)).toBeUndefined();

    await env.store.putRefreshToken({
      tokenHash: 'r1',
      grantId: 'g2',
      jkt: 'k',
      scopes: ['loans:write'],
      createdAt: T0,
      expiresAt: LATER,
      usedAt: null,
    });
    const refreshes = await Promise.all([
      env.store.useRefreshToken('r1', T0),
      env.store.useRefreshToken('r1', T0),
    ]);
    expect(refreshes.map((use) => use?.firstUse).sort()).toEqual([false, true]);
  });

  it('takes a pushed request once and not after it expired', async () => {
    const request = {
      clientId: 'x',
      kind: 'par' as const,
      params: '{}',
      accountId: null,
      csrfToken: null,
      createdAt: T0,
    };
    await env.store.putRequest({ ...request, id: 'p1', expiresAt: LATER });
    await env.store.putRequest({ ...request, id: 'p2', expiresAt: T0 });
    const takes = await Promise.all([
      env.store.takeRequest('p1', T0),
      env.store.takeRequest('p1', T0),
    ]);
    expect(takes.filter(Boolean)).toHaveLength(1);
    expect(await env.store.takeRequest('p2', '2025-01-01T00:00:00.000Z')).toBeUndefined();
  });

  it('remembers DPoP proof ids and revoked tokens, and reports the token state in one call', async () => {
    expect(await env.store.rememberProofs([{ jti: 'j1', expiresAt: LATER }])).toEqual(
      new Set(['j1']),
    );
    expect(
      await env.store.rememberProofs([
        { jti: 'j1', expiresAt: LATER },
        { jti: 'j2', expiresAt: LATER },
        { jti: 'j3', expiresAt: LATER },
      ]),
    ).toEqual(new Set(['j2', 'j3']));
    expect(await env.store.rememberProofs([])).toEqual(new Set());
    expect(await env.store.tokenState('g2', 'jti-1')).toMatchObject({
      grant: { id: 'g2' },
      revoked: false,
    });
    await env.store.revokeAccessToken('jti-1', 'g2', LATER);
    await env.store.revokeAccessToken('jti-1', 'g2', LATER);
    expect(await env.store.tokenState('g2', 'jti-1')).toMatchObject({ revoked: true });
    expect(await env.store.tokenState('nope', 'jti-1')).toEqual({
      grant: undefined,
      revoked: false,
    });
  });

  it('purges what expired and keeps grants', async () => {
    await env.store.rememberProofs([{ jti: 'old', expiresAt: T0 }]);
    expect(await env.store.purgeExpired('2025-01-01T00:00:00.000Z')).toBeGreaterThan(0);
    expect(await env.store.rememberProofs([{ jti: 'old', expiresAt: LATER }])).toEqual(
      new Set(['old']),
    );
    expect(await env.store.getGrant('g2')).toBeDefined();
  });

  it('loses the grants with the account (erasure)', async () => {
    await env.engine.storage.accounts.delete('acc-anna');
    expect(await env.store.listGrants('anna')).toEqual([]);
    expect(await env.store.useRefreshToken('r1', T0)).toBeUndefined();
  });

  it('loses pending requests and revoked token ids with the account (review finding: erasing the account leaves personal data in the OAuth tables)', async () => {
    await env.engine.storage.accounts.create({
      id: 'acc-zoe',
      podName: 'zoe',
      displayName: 'Zoë',
      userHandle: 'uh-zoe',
      createdAt: T0,
    });
    await env.store.createGrant(grant('g-zoe', { pod: 'zoe' }));
    await env.store.revokeAccessToken('jti-zoe', 'g-zoe', LATER);
    await env.store.putRequest({
      id: 'p-zoe',
      clientId: 'x',
      kind: 'par',
      params: '{}',
      accountId: null,
      csrfToken: null,
      createdAt: T0,
      expiresAt: LATER,
    });
    await env.store.bindRequest('p-zoe', 'acc-zoe', 'csrf-zoe');
    await env.engine.storage.accounts.delete('acc-zoe');
    const left = await env.engine.storage.driver.all(
      `SELECT (SELECT COUNT(*) FROM oauth_requests WHERE account_id = 'acc-zoe') AS requests,
              (SELECT COUNT(*) FROM oauth_revoked_tokens WHERE grant_id = 'g-zoe') AS revoked`,
    );
    expect(left.map((row) => [Number(row.requests), Number(row.revoked)])).toEqual([[0, 0]]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken, verifyAccessToken } from '../tokens/access-token.ts';
import { openOAuthTestStore, type OAuthTestStore } from '../testing/oauth-test-store.ts';
import { SigningKeys } from './signing-keys.ts';

const ISSUER = 'http://localhost:4800';
const AUD = `${ISSUER}/pods/anna/`;
let env: OAuthTestStore;
let clock: Date;

const token = (keys: SigningKeys) =>
  issueAccessToken(keys, {
    issuer: ISSUER,
    webId: `${AUD}profile#me`,
    audience: AUD,
    clientId: 'http://127.0.0.1:4801/oauth/client.json',
    scopes: ['dna:read'],
    purpose: 'dpv:ServicePersonalisation',
    grantId: 'g',
    jkt: 'n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg',
    lifetimeSeconds: 300,
    now: clock,
  });

beforeAll(async () => {
  env = await openOAuthTestStore();
  clock = new Date();
});
afterAll(() => env.dispose());

describe('signing keys', () => {
  it('are generated on first use, stored sealed, and found again by a fresh process', async () => {
    const keys = new SigningKeys(env.store, env.box, {
      rotationSeconds: 3600,
      overlapSeconds: 600,
      now: () => clock,
    });
    const { kid } = await keys.current();
    const [row] = await env.store.listSigningKeys();
    expect(row?.kid).toBe(kid);
    expect(row?.privateSealed).not.toContain('"d"');
    const again = new SigningKeys(env.store, env.box, {
      rotationSeconds: 3600,
      overlapSeconds: 600,
      now: () => clock,
    });
    expect((await again.current()).kid).toBe(kid);
    const { token: issued } = await token(again);
    await expect(
      verifyAccessToken(keys, issued, { issuer: ISSUER, audience: AUD, now: clock }),
    ).resolves.toBeTruthy();
  });

  it('rotate with overlap: old tokens verify, both keys are published, then the old one is dropped', async () => {
    const keys = new SigningKeys(env.store, env.box, {
      rotationSeconds: 3600,
      overlapSeconds: 600,
      now: () => clock,
    });
    const old = await keys.current();
    const { token: before } = await token(keys);

    clock = new Date(clock.getTime() + 3600_000);
    const next = await keys.current();
    expect(next.kid).not.toBe(old.kid);
    const published = (await keys.jwks()).keys.map((key) => key.kid);
    expect(published).toEqual(expect.arrayContaining([old.kid, next.kid]));
    expect((await keys.jwks()).keys.every((key) => key.d === undefined)).toBe(true);
    // A token signed by the old key just before the rotation still verifies with the published set.
    await expect(
      verifyAccessToken(keys, before, {
        issuer: ISSUER,
        audience: AUD,
        now: new Date(clock.getTime() - 3_500_000),
      }),
    ).resolves.toBeTruthy();
    const { token: after } = await token(keys);
    await expect(
      verifyAccessToken(keys, after, { issuer: ISSUER, audience: AUD, now: clock }),
    ).resolves.toBeTruthy();

    clock = new Date(clock.getTime() + 601_000);
    await keys.rotate();
    expect((await keys.jwks()).keys.map((key) => key.kid)).not.toContain(old.kid);
  });
});

describe('signing keys shared by several processes', () => {
  it('a key rotated by another process is the one this process signs with next', async () => {
    const options = { rotationSeconds: 3600, overlapSeconds: 600, now: () => clock };
    const here = new SigningKeys(env.store, env.box, options);
    const elsewhere = new SigningKeys(env.store, env.box, options);
    const before = await here.current();
    const rotated = await elsewhere.rotate();
    expect(rotated.kid).not.toBe(before.kid);
    expect((await here.current()).kid).toBe(rotated.kid);
  });
});

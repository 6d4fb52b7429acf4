import { createHmac } from 'node:crypto';
import { VerwonderError } from '@verwonder/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SigningKeys } from '../keys/signing-keys.ts';
import { openOAuthTestStore, type OAuthTestStore } from '../testing/oauth-test-store.ts';
import { issueAccessToken, verifyAccessToken, type AccessTokenInput } from './access-token.ts';

const ISSUER = 'http://localhost:4800';
const POD_A = `${ISSUER}/pods/anna/`;
const JKT = 'n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg';

let env: OAuthTestStore;
let keys: SigningKeys;

const input = (overrides: Partial<AccessTokenInput> = {}): AccessTokenInput => ({
  issuer: ISSUER,
  webId: `${ISSUER}/pods/anna/profile#me`,
  audience: POD_A,
  clientId: 'http://127.0.0.1:4801/oauth/client.json',
  scopes: ['loans:write', 'suggestions:rank'],
  purpose: 'dpv:ProvidePersonalisedRecommendations',
  grantId: 'grant-1',
  jkt: JKT,
  lifetimeSeconds: 300,
  ...overrides,
});

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

async function refusal(promise: Promise<unknown>): Promise<VerwonderError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(VerwonderError.is(error, 'invalid_token')).toBe(true);
  return error as VerwonderError;
}

beforeAll(async () => {
  env = await openOAuthTestStore();
  keys = new SigningKeys(env.store, env.box, { rotationSeconds: 86_400, overlapSeconds: 600 });
});
afterAll(() => env.dispose());

describe('access tokens', () => {
  it('carries iss, sub, aud, client_id, scope, purpose, jti, iat, nbf, exp and cnf.jkt, and verifies', async () => {
    const { token } = await issueAccessToken(keys, input());
    const claims = await verifyAccessToken(keys, token, { issuer: ISSUER, audience: POD_A });
    expect(claims).toMatchObject({
      iss: ISSUER,
      sub: `${ISSUER}/pods/anna/profile#me`,
      aud: POD_A,
      client_id: 'http://127.0.0.1:4801/oauth/client.json',
      scopes: ['loans:write', 'suggestions:rank'],
      purpose: 'dpv:ProvidePersonalisedRecommendations',
      gid: 'grant-1',
      cnf: { jkt: JKT },
    });
    expect(claims.exp - claims.iat).toBe(300);
    expect(claims.nbf).toBe(claims.iat);
  });

  it('refuses to issue a token that lives longer than 10 minutes', async () => {
    await expect(issueAccessToken(keys, input({ lifetimeSeconds: 601 }))).rejects.toThrow(
      /10 minutes/,
    );
  });

  it('refuses alg none', async () => {
    const { token } = await issueAccessToken(keys, input());
    const [, payload] = token.split('.');
    const unsigned = `${b64({ alg: 'none', typ: 'at+jwt' })}.${payload}.`;
    await refusal(verifyAccessToken(keys, unsigned, { issuer: ISSUER, audience: POD_A }));
  });

  it('refuses HS256 signed with the public key', async () => {
    const { token } = await issueAccessToken(keys, input());
    const [header, payload] = token.split('.');
    const { kid } = JSON.parse(Buffer.from(header!, 'base64url').toString()) as { kid: string };
    const publicJwk = (await keys.jwks()).keys.find((key) => key.kid === kid);
    // The classic key-confusion attack: the public key, known to everyone, used as an HMAC secret.
    for (const secret of [JSON.stringify(publicJwk), Buffer.from(publicJwk!.x!, 'base64url')]) {
      const forgedHeader = b64({ alg: 'HS256', typ: 'at+jwt', kid });
      const signature = createHmac('sha256', secret)
        .update(`${forgedHeader}.${payload}`)
        .digest('base64url');
      const error = await refusal(
        verifyAccessToken(keys, `${forgedHeader}.${payload}.${signature}`, {
          issuer: ISSUER,
          audience: POD_A,
        }),
      );
      expect(error.message).toMatch(/algorithm|key/);
    }
  });

  it('refuses an expired token', async () => {
    const { token } = await issueAccessToken(keys, input({ now: new Date(Date.now() - 700_000) }));
    const error = await refusal(
      verifyAccessToken(keys, token, { issuer: ISSUER, audience: POD_A }),
    );
    expect(error.message).toMatch(/expired/);
  });

  it('refuses a token that is not valid yet', async () => {
    const { token } = await issueAccessToken(keys, input({ now: new Date(Date.now() + 120_000) }));
    const error = await refusal(
      verifyAccessToken(keys, token, { issuer: ISSUER, audience: POD_A }),
    );
    expect(error.message).toMatch(/not valid yet/);
  });

  it('accepts a token issued by a process whose clock runs a few seconds ahead (review finding: a 401 that is not about the grant ended the pairing and revoked a live grant)', async () => {
    const { token } = await issueAccessToken(keys, input({ now: new Date(Date.now() + 2_000) }));
    const claims = await verifyAccessToken(keys, token, { issuer: ISSUER, audience: POD_A });
    expect(claims.sub).toBeDefined();
  });

  it('refuses a token for another audience', async () => {
    const { token } = await issueAccessToken(keys, input({ audience: `${ISSUER}/pods/bert/` }));
    const error = await refusal(
      verifyAccessToken(keys, token, { issuer: ISSUER, audience: POD_A }),
    );
    expect(error.message).toMatch(/another resource/);
  });

  it('refuses a token from another issuer, even when signed with our key', async () => {
    const { token } = await issueAccessToken(keys, input({ issuer: 'http://evil.example' }));
    const error = await refusal(
      verifyAccessToken(keys, token, { issuer: ISSUER, audience: POD_A }),
    );
    expect(error.message).toMatch(/another issuer/);
  });

  it('refuses a token whose signature was tampered with', async () => {
    const { token } = await issueAccessToken(keys, input());
    const [header, payload, signature] = token.split('.');
    const widened = b64({
      ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
      scope: 'loans:read loans:write',
    });
    await refusal(
      verifyAccessToken(keys, `${header}.${widened}.${signature}`, {
        issuer: ISSUER,
        audience: POD_A,
      }),
    );
  });
});

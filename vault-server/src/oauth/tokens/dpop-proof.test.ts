import { VerwonderError } from '@verwonder/shared';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDpopKey, type DpopKey } from '../testing/dpop-key.ts';
import { openOAuthTestStore, type OAuthTestStore } from '../testing/oauth-test-store.ts';
import { verifyDpopProof, type DpopOptions } from './dpop-proof.ts';

const URL_ = 'http://localhost:4800/pods/anna/loans/';
let env: OAuthTestStore;
let key: DpopKey;
let options: DpopOptions;

beforeAll(async () => {
  env = await openOAuthTestStore();
  key = await createDpopKey();
  options = {
    maxAgeSeconds: 60,
    clockSkewSeconds: 5,
    remember: async (id, expiresAt) =>
      (await env.store.rememberProofs([{ jti: id, expiresAt }])).has(id),
  };
});
afterAll(() => env.dispose());

async function refused(
  proof: string | undefined,
  request = { method: 'GET', url: URL_ },
  pattern?: RegExp,
): Promise<void> {
  const error = await verifyDpopProof(proof, request, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(VerwonderError.is(error, 'invalid_dpop_proof')).toBe(true);
  if (pattern) expect((error as Error).message).toMatch(pattern);
}

describe('DPoP proofs', () => {
  it('accepts a fresh proof and returns the key thumbprint', async () => {
    const verified = await verifyDpopProof(
      await key.proof('GET', URL_),
      { method: 'GET', url: URL_ },
      options,
    );
    expect(verified.jkt).toBe(key.jkt);
  });

  it('ignores the query string and accepts EdDSA keys', async () => {
    const edKey = await createDpopKey('EdDSA');
    const verified = await verifyDpopProof(
      await edKey.proof('GET', URL_),
      { method: 'GET', url: `${URL_}?from=2024-01-01` },
      options,
    );
    expect(verified.jkt).toBe(edKey.jkt);
  });

  it('refuses a missing proof', async () => {
    await refused(undefined, undefined, /required/);
  });

  it('refuses a proof for another method', async () => {
    await refused(await key.proof('POST', URL_), undefined, /method/);
  });

  it('refuses a proof for another URL', async () => {
    await refused(
      await key.proof('GET', 'http://localhost:4800/pods/anna/tickets/'),
      undefined,
      /URL/,
    );
    await refused(await key.proof('GET', 'http://evil.example/pods/anna/loans/'), undefined, /URL/);
  });

  it('refuses a replayed proof', async () => {
    const proof = await key.proof('GET', URL_);
    await verifyDpopProof(proof, { method: 'GET', url: URL_ }, options);
    await refused(proof, undefined, /used before/);
  });

  it('refuses an old proof and one from the future', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(await key.proof('GET', URL_, { iat: now - 120 }), undefined, /too old/);
    await refused(await key.proof('GET', URL_, { iat: now + 60 }), undefined, /future/);
  });

  it('refuses a proof that does not hash the access token it comes with', async () => {
    const request = { method: 'GET', url: URL_, accessToken: 'the-token' };
    await refused(await key.proof('GET', URL_), request, /ath/);
    await refused(
      await key.proof('GET', URL_, { accessToken: 'another-token' }),
      request,
      /another access token/,
    );
    await expect(
      verifyDpopProof(await key.proof('GET', URL_, { accessToken: 'the-token' }), request, options),
    ).resolves.toBeTruthy();
  });

  it('refuses a proof with the wrong typ, a symmetric algorithm or a private key in its header', async () => {
    await refused(await key.proof('GET', URL_, { typ: 'JWT' }), undefined, /typ/);
    const hs = await new SignJWT({
      htm: 'GET',
      htu: URL_,
      jti: 'abcdefgh12345678',
      iat: Math.floor(Date.now() / 1000),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'dpop+jwt', jwk: key.publicJwk })
      .sign(new Uint8Array(32));
    await refused(hs, undefined, /must be signed with ES256, EdDSA/);
  });

  it('refuses a tampered proof, a proof with crit, and a key that does not fit the algorithm', async () => {
    const [header, payload, signature] = (await key.proof('GET', URL_)).split('.');
    const moved = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        htu: 'http://localhost:4800/pods/bert/loans/',
      }),
    ).toString('base64url');
    await refused(
      `${header}.${moved}.${signature}`,
      { method: 'GET', url: 'http://localhost:4800/pods/bert/loans/' },
      /signature/,
    );
    const withCrit = await new SignJWT({
      htm: 'GET',
      htu: URL_,
      jti: 'abcdefgh12345678',
      iat: Math.floor(Date.now() / 1000),
    })
      .setProtectedHeader({
        alg: 'ES256',
        typ: 'dpop+jwt',
        jwk: key.publicJwk,
        b64: true,
        crit: ['b64'],
      })
      .sign(key.privateKey);
    await refused(withCrit, undefined, /header parameters/);
    const edKey = await createDpopKey('EdDSA');
    const mismatched = await new SignJWT({
      htm: 'GET',
      htu: URL_,
      jti: 'abcdefgh12345679',
      iat: Math.floor(Date.now() / 1000),
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: edKey.publicJwk })
      .sign(key.privateKey);
    await refused(mismatched, undefined, /fit/);
  });

  it('refuses two proofs in one header', async () => {
    await refused(
      `${await key.proof('GET', URL_)}, ${await key.proof('GET', URL_)}`,
      undefined,
      /exactly one/,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';

describe('sessions, passkey management and server basics', () => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { authRateLimit: 5 });
    anna = await server.signUp('anna');
  });
  afterAll(async () => server?.dispose());

  it('answers /healthz, serves OpenAPI and sets a strict CSP', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const openapi = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toContain('/pods/{pod}/{category}/');
    const page = await fetch(`${server.url}/signup?lang=en`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const text = await page.text();
    expect(text).toContain('Create account');
    expect(text).not.toMatch(/<script>(?!\s*$)/);
    const viaIp = await fetch(`${server.url.replace('localhost', '127.0.0.1')}/signin?lang=en`, {
      redirect: 'manual',
    });
    expect(viaIp.status).toBe(302);
    expect(viaIp.headers.get('location')).toBe(`${server.url}/signin?lang=en`);
    const missing = await fetch(`${server.url}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('signs in once per recovery code and logs out everywhere', async () => {
    const [code, other] = generateRecoveryCodes(2);
    await server.vault.context.storage.recoveryCodes.replace(
      'acc-anna',
      [hashRecoveryCode(code!), hashRecoveryCode(other!)],
      new Date().toISOString(),
    );
    const recover = (c: string) =>
      fetch(`${server.url}/auth/recover`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ podName: 'anna', code: c }),
      });
    const first = await recover(code!.toUpperCase());
    expect(first.status).toBe(200);
    expect(((await first.json()) as { remainingCodes: number }).remainingCodes).toBe(1);
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await recover(code!)).status).toBe(401);

    const session = await fetch(`${server.url}/auth/session`, {
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(((await session.json()) as { podName: string }).podName).toBe('anna');
    expect(
      (await anna.fetch('/auth/logout-everywhere', { method: 'POST', body: '{}' })).status,
    ).toBe(204);
    expect(
      (await fetch(`${server.url}/auth/session`, { headers: { cookie: cookie.split(';')[0]! } }))
        .status,
    ).toBe(401);
    expect((await anna.fetch('/auth/session')).status).toBe(401);
  });

  it('renames and removes passkeys but never the last one', async () => {
    const bert = await server.signUp('bert');
    const { passkeys } = server.vault.context.storage;
    const base = {
      accountId: 'acc-bert',
      publicKey: Buffer.from([1]),
      counter: 0,
      transports: ['internal'],
      createdAt: new Date().toISOString(),
      lastUsedAt: null,
    };
    await passkeys.add({ ...base, id: 'pk-1', name: 'Laptop' });
    await passkeys.add({ ...base, id: 'pk-2', name: 'Telefoon' });
    expect(
      (
        await bert.fetch('/auth/passkeys/pk-1', {
          method: 'PATCH',
          body: JSON.stringify({ name: 'Werklaptop' }),
        })
      ).status,
    ).toBe(204);
    expect((await bert.fetch('/auth/passkeys/pk-2', { method: 'DELETE' })).status).toBe(204);
    const last = await bert.fetch('/auth/passkeys/pk-1', { method: 'DELETE' });
    expect(last.status).toBe(409);
    const list = (await (await bert.fetch('/auth/passkeys')).json()) as {
      passkeys: { id: string; name: string }[];
    };
    expect(list.passkeys.map((p) => [p.id, p.name])).toEqual([['pk-1', 'Werklaptop']]);
    expect(
      (
        await bert.fetch('/auth/passkeys/pk-1', {
          method: 'PATCH',
          body: JSON.stringify({ name: 'x' }),
          headers: { 'x-csrf-token': 'forged' },
        })
      ).status,
    ).toBe(403);
  });

  it('rejects a WebAuthn response for an unknown challenge and rate-limits sign-in attempts', async () => {
    const attempt = () =>
      fetch(`${server.url}/auth/login/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          challengeId: 'nope',
          response: {
            id: 'a',
            rawId: 'a',
            type: 'public-key',
            clientExtensionResults: {},
            response: { clientDataJSON: 'a', authenticatorData: 'a', signature: 'a' },
          },
        }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses.at(-1)).toBe(429);
  });
});

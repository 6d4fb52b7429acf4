import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import type { RequestOptions } from '../testing/software-authenticator.ts';
import { signUpOverHttp } from '../testing/software-passkey.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const describeEachEngine = await engineSuites();

/** Sign-in and passkey management through HTTP as a browser would call them, on both engines. */
describeEachEngine('passkey sign-in on %s', (engine) => {
  let server: TestServer;
  let origin: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    origin = new URL(server.url).origin;
  });
  afterAll(async () => server?.dispose());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(path, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, ...headers },
      body: JSON.stringify(body),
    });

  async function signUp(pod: string) {
    const { verifyStatus, cookie, csrfToken, key } = await signUpOverHttp(server.url, pod);
    expect(verifyStatus).toBe(201);
    return { key: key!, cookie: cookie!, csrfToken: csrfToken! };
  }

  const signInOptions = async () =>
    (await (await post('/auth/login/options', {})).json()) as {
      challengeId: string;
      options: RequestOptions;
    };

  it('answers one passkey assertion sent several times at once with one session (review finding: one assertion gives several sessions on PostgreSQL)', async () => {
    const { key } = await signUp('racer');
    for (let attempt = 1; attempt <= 6; attempt++) {
      const { challengeId, options } = await signInOptions();
      key.counter = attempt;
      const response = key.assert(options);
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => post('/auth/login/verify', { challengeId, response })),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400, 400, 400]);
    }
    const [row] = await server.vault.context.storage.driver.all(
      "SELECT COUNT(*) AS n FROM audit_log WHERE pod = 'racer' AND action = 'sign-in'",
    );
    expect(Number(row!.n)).toBe(6);
  });

  it('refuses an assertion whose signature counter did not grow (a cloned authenticator)', async () => {
    const { key } = await signUp('cloned');
    key.counter = 5;
    const first = await signInOptions();
    expect(
      (
        await post('/auth/login/verify', {
          challengeId: first.challengeId,
          response: key.assert(first.options),
        })
      ).status,
    ).toBe(200);
    // A clone of the authenticator, still at 5, answers a new challenge.
    const second = await signInOptions();
    const again = await post('/auth/login/verify', {
      challengeId: second.challengeId,
      response: key.assert(second.options),
    });
    expect(again.status).toBe(401);
    key.counter = 6;
    const third = await signInOptions();
    expect(
      (
        await post('/auth/login/verify', {
          challengeId: third.challengeId,
          response: key.assert(third.options),
        })
      ).status,
    ).toBe(200);
  });

  it('answers a NUL byte in a challenge id or passkey id with 400 or 404, never 500 (review finding: NUL in challenge id or passkey id is a 500 on PostgreSQL)', async () => {
    const owner = await signUp('nulls');
    const assertion = {
      id: 'a',
      rawId: 'a',
      type: 'public-key',
      clientExtensionResults: {},
      response: { clientDataJSON: 'a', authenticatorData: 'a', signature: 'a' },
    };
    const signIn = await post('/auth/login/verify', {
      challengeId: 'a\u0000b',
      response: assertion,
    });
    expect(signIn.status).toBe(400);
    expect(((await signIn.json()) as { code: string }).code).toBe('invalid_input');
    const register = await post('/auth/register/verify', {
      challengeId: '\u0000',
      response: {
        id: 'a',
        rawId: 'a',
        type: 'public-key',
        clientExtensionResults: {},
        response: { clientDataJSON: 'a', attestationObject: 'a' },
      },
    });
    expect(register.status).toBe(400);
    const session = { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken };
    for (const method of ['PATCH', 'DELETE']) {
      const answer = await fetch(new URL('/auth/passkeys/a%00b', server.url), {
        method,
        headers: { 'content-type': 'application/json', origin, ...session },
        body: JSON.stringify({ name: 'x' }),
      });
      expect(answer.status, method).toBe(404);
    }
  });

  it('needs a fresh sign-in or a passkey confirmation to add or remove a passkey or issue recovery codes (review finding: a session alone adds a passkey that outlives "log out everywhere")', async () => {
    const owner = await signUp('victim');
    const session = { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken };
    // An hour later, someone holding only the session cookie (and the CSRF token it fetches).
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await server.vault.context.storage.driver.run(
      'UPDATE sessions SET created_at = ? WHERE account_id = (SELECT id FROM accounts WHERE pod_name = ?)',
      [hourAgo, 'victim'],
    );
    const state = (await (
      await fetch(new URL('/auth/session', server.url), { headers: session })
    ).json()) as {
      confirmedUntil: string;
    };
    expect(Date.parse(state.confirmedUntil)).toBeLessThan(Date.now());
    const refused = async (answer: Response) => {
      expect(answer.status).toBe(403);
      expect(await answer.json()).toMatchObject({
        code: 'forbidden',
        reason: 'confirmation_required',
      });
    };
    await refused(await post('/auth/passkeys/options', {}, session));
    await refused(await post('/auth/recovery-codes', {}, session));
    await refused(
      await fetch(new URL(`/auth/passkeys/${owner.key.id}`, server.url), {
        method: 'DELETE',
        headers: { origin, ...session },
      }),
    );

    // Another account's passkey does not confirm this session.
    const other = await signUp('bystander');
    const foreign = (await (await post('/auth/confirm/options', {}, session)).json()) as {
      challengeId: string;
      options: RequestOptions & { allowCredentials: { id: string }[] };
    };
    expect(foreign.options.allowCredentials.map((c) => c.id)).toEqual([owner.key.id]);
    const wrong = await post(
      '/auth/confirm/verify',
      { challengeId: foreign.challengeId, response: other.key.assert(foreign.options) },
      session,
    );
    expect(wrong.status).toBe(403);
    await refused(await post('/auth/recovery-codes', {}, session));

    // The owner confirms with their passkey: for five minutes the session may change them.
    const confirm = (await (await post('/auth/confirm/options', {}, session)).json()) as {
      challengeId: string;
      options: RequestOptions;
    };
    owner.key.counter = 1;
    const confirmed = await post(
      '/auth/confirm/verify',
      { challengeId: confirm.challengeId, response: owner.key.assert(confirm.options) },
      session,
    );
    expect(confirmed.status).toBe(204);
    expect((await post('/auth/recovery-codes', {}, session)).status).toBe(201);
    expect((await post('/auth/passkeys/options', {}, session)).status).toBe(200);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { SoftwareAuthenticator, type CreationOptions } from '../testing/software-authenticator.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const describeEachEngine = await engineSuites();

/** Adding and removing passkeys through HTTP, on both engines. */
describeEachEngine('passkey management on %s', (engine) => {
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
    const key = new SoftwareAuthenticator(origin);
    const start = await post('/auth/register/options', { podName: pod, displayName: pod });
    const { challengeId, options } = (await start.json()) as {
      challengeId: string;
      options: CreationOptions;
    };
    const finish = await post('/auth/register/verify', {
      challengeId,
      response: key.register(options),
    });
    expect(finish.status).toBe(201);
    const { csrfToken } = (await finish.json()) as { csrfToken: string };
    const session = {
      cookie: finish.headers.get('set-cookie')!.split(';')[0]!,
      'x-csrf-token': csrfToken,
    };
    return { key, session };
  }
  const addOptions = async (session: Record<string, string>) => {
    const start = await post('/auth/passkeys/options', {}, session);
    expect(start.status).toBe(200);
    return (await start.json()) as { challengeId: string; options: CreationOptions };
  };
  const passkeysOf = async (pod: string) => {
    const [row] = await server.vault.context.storage.driver.all(
      'SELECT COUNT(*) AS n FROM passkeys WHERE account_id = (SELECT id FROM accounts WHERE pod_name = ?)',
      [pod],
    );
    return Number(row!.n);
  };

  it('never removes the last passkey, also when two removals arrive at once (review finding: two removals at once delete the last passkey on PostgreSQL)', async () => {
    for (let round = 0; round < 5; round++) {
      const pod = `two-keys-${round}`;
      const { key: first, session } = await signUp(pod);
      const { challengeId, options } = await addOptions(session);
      const added = await post(
        '/auth/passkeys/verify',
        {
          challengeId,
          response: new SoftwareAuthenticator(origin).register(options),
          passkeyName: 'second',
        },
        session,
      );
      expect(added.status).toBe(201);
      const { id: secondId } = (await added.json()) as { id: string };
      const remove = (id: string) =>
        fetch(new URL(`/auth/passkeys/${id}`, server.url), {
          method: 'DELETE',
          headers: { origin, ...session },
        });
      const answers = await Promise.all([remove(first.id), remove(secondId)]);
      expect(answers.map((answer) => answer.status).sort(), `${engine} round ${round}`).toEqual([
        204, 409,
      ]);
      expect(await passkeysOf(pod)).toBe(1);
    }
  });
});

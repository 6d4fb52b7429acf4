import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { SoftwareAuthenticator, type CreationOptions } from '../testing/software-authenticator.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { keyringFields } from './field-protector.ts';
import { Keyring } from './keyring.ts';
import { createKekFile } from './master-key.ts';
import { rotateMasterKey } from './rotate-master-key.ts';

const describeEachEngine = await engineSuites();

/** `rotate-master-key` run by the CLI next to a vault that keeps serving, on the same database. */
describeEachEngine('rotate-master-key next to a serving vault on %s', (engine) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.dispose();
    server = undefined;
  });

  const masterKeyFile = (vault: TestServer) => path.join(vault.dataDir, 'master.key');
  /** What a process started after the rotation holds: the new master key only. */
  const restart = (vault: TestServer) =>
    vault.vault.context.storage.protectFields(
      keyringFields(new Keyring({ file: masterKeyFile(vault), generate: false })),
    );

  const post = (vault: TestServer, pathname: string, body: unknown) =>
    fetch(new URL(pathname, vault.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(vault.url).origin },
      body: JSON.stringify(body),
    });

  it('lets a sign-up started before the rotation finish on a process started after it (review finding: a sign-up across a key rotation ends in a 500)', async () => {
    const vault = (server = await startTestServer(engine));
    const start = await post(vault, '/auth/register/options', {
      podName: 'anna',
      displayName: 'Anna',
    });
    const { challengeId, options } = (await start.json()) as {
      challengeId: string;
      options: CreationOptions;
    };
    await rotateMasterKey(vault.vault.context.storage, { masterKeyFile: masterKeyFile(vault) });
    restart(vault);
    const finish = await post(vault, '/auth/register/verify', {
      challengeId,
      response: new SoftwareAuthenticator(new URL(vault.url).origin).register(options),
    });
    expect(finish.status).toBe(201);
    expect((await vault.vault.context.storage.accounts.byPodName('anna'))?.displayName).toBe(
      'Anna',
    );
  });

  it('answers a challenge sealed under a master key no longer at hand with 400, not 500 (review finding: a sign-up across a key rotation ends in a 500)', async () => {
    const vault = (server = await startTestServer(engine));
    const lostKeyFile = path.join(vault.dataDir, 'lost.key');
    createKekFile(lostKeyFile);
    vault.vault.context.storage.protectFields(
      keyringFields(new Keyring({ file: lostKeyFile, generate: false })),
    );
    const start = await post(vault, '/auth/register/options', {
      podName: 'bob',
      displayName: 'Bob',
    });
    expect(start.status, await start.clone().text()).toBe(200);
    const { challengeId, options } = (await start.json()) as {
      challengeId: string;
      options: CreationOptions;
    };
    restart(vault);
    const finish = await post(vault, '/auth/register/verify', {
      challengeId,
      response: new SoftwareAuthenticator(new URL(vault.url).origin).register(options),
    });
    expect(finish.status).toBe(400);
    expect(await finish.json()).toMatchObject({
      detail: 'unknown or expired challenge; start again',
    });
  });
});

import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callPod,
  connect,
  refresh,
  startTestClient,
  type TestClient,
} from '../../vault-server/src/oauth/testing/test-client.ts';
import { postgresEnabled } from '../../vault-server/src/storage/testing/test-engines.ts';
import {
  loan,
  startCluster,
  startSwitchProxy,
  type SignedIn,
  type SwitchProxy,
  type VaultCluster,
  type VaultProcess,
} from './vault-processes.ts';

const enabled = await postgresEnabled();

/**
 * Issue 13, item 3: `rotate-master-key` re-wrapped the data keys but not the OAuth signing key. A
 * process restarted afterwards could not open it, started a new key and retired the old one, while
 * the running processes kept signing with the retired key, whose tokens processes then refused.
 */
describe.runIf(enabled)(
  'OAuth signing keys across processes and a master-key rotation',
  { timeout: 120_000 },
  () => {
    let cluster: VaultCluster;
    let proxy: SwitchProxy;
    let site: TestClient;
    let ada: SignedIn;
    let first: VaultProcess;

    beforeAll(async () => {
      cluster = await startCluster();
      proxy = await startSwitchProxy();
      // Every process answers as the one public address (the issuer of every token).
      [first] = (await cluster.start(1, { VAULT_PUBLIC_URL: proxy.url })) as [VaultProcess];
      proxy.switchTo(first.url);
      ada = await cluster.signUp('ada');
      const created = await fetch(`${first.url}/pods/ada/loans/`, {
        method: 'POST',
        headers: ada.headers(),
        body: JSON.stringify(loan('kept')),
      });
      expect(created.status).toBe(201);
      site = await startTestClient(proxy.url, { name: 'Bibliotheek' });
    });
    afterAll(async () => {
      await site?.close();
      await proxy?.close();
      await cluster?.dispose();
    });

    const signingKeys = async () =>
      (await cluster.storage()).driver.all(
        'SELECT kid, retired_at FROM oauth_signing_keys ORDER BY created_at',
      );

    it('signing key not re-wrapped: after rotate-master-key every process signs with the one current key, and a fresh process accepts the tokens', async () => {
      const login = { pod: 'ada', accountId: 'acc-ada', cookie: ada.cookie, csrfToken: ada.csrf };
      const tokens = await connect(site, login, { scope: 'loans:read' });
      const [original] = await signingKeys();

      const rotated = await cluster.cli(['rotate-master-key']);
      expect(rotated.code, rotated.output).toBe(0);

      // A process (re)started after the rotation issues a token: it must open the existing key.
      const [restarted] = (await cluster.start(1, { VAULT_PUBLIC_URL: proxy.url })) as [
        VaultProcess,
      ];
      proxy.switchTo(restarted.url);
      const fromRestarted = await refresh(site, tokens.refresh_token!);

      // The process that was running all along issues one too.
      proxy.switchTo(first.url);
      const fromFirst = await refresh(site, fromRestarted.refresh_token!);

      const keys = await signingKeys();
      const current = keys.filter((key) => key.retired_at === null);
      expect(current).toHaveLength(1);
      expect(keys.map((key) => key.kid)).toEqual([original!.kid]);
      for (const token of [fromRestarted, fromFirst])
        expect(decodeProtectedHeader(token.access_token).kid).toBe(current[0]!.kid);

      // A process started now accepts the running process's token.
      const [fresh] = (await cluster.start(1, { VAULT_PUBLIC_URL: proxy.url })) as [VaultProcess];
      proxy.switchTo(fresh.url);
      const read = await callPod(
        site,
        fromFirst.access_token,
        'GET',
        `${proxy.url}/pods/ada/loans/`,
      );
      expect(read.status, await read.clone().text()).toBe(200);
    });
  },
);

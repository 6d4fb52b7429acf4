import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../oauth/testing/oauth-test-server.ts';
import {
  callPod,
  connect,
  startTestClient,
  type TestClient,
} from '../oauth/testing/test-client.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('restore of idempotency keys in their writers’ key spaces on %s', (engine) => {
  let vault: OAuthTestVault;
  let site: TestClient;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ engine });
    site = await startTestClient(vault.url, { name: 'Leessite' });
  });
  afterAll(async () => {
    await site?.close();
    await vault?.close();
  });

  const asOwner = (login: OwnerLogin, path: string, init: RequestInit = {}) =>
    fetch(`${vault.url}${path}`, {
      ...init,
      headers: {
        cookie: login.cookie,
        'x-csrf-token': login.csrfToken,
        'content-type': 'application/json',
        ...(init.headers as Record<string, string> | undefined),
      },
    });

  it('restores the vault’s own export when a site reused the owner’s idempotency key (review finding: a site can make the owner’s export impossible to restore)', async () => {
    const anna = await vault.owner('anna');
    const mine = await asOwner(anna, '/pods/anna/loans/', {
      method: 'POST',
      headers: { 'idempotency-key': 'k-1' },
      body: JSON.stringify(loanRecord('Eigen lening')),
    });
    expect(mine.status).toBe(201);
    const own = (await mine.json()) as { id: string };
    // The site sees the owner's key in the record and writes under it in its own key space; it also
    // edits the owner's record, which then names the site as its source but keeps the owner's key.
    const tokens = await connect(site, anna, { scope: 'loans:read loans:write' });
    const loans = `${vault.url}/pods/anna/loans/`;
    const theirs = await callPod(
      site,
      tokens.access_token,
      'POST',
      loans,
      loanRecord('Van de site'),
      {
        'idempotency-key': 'k-1',
      },
    );
    expect(theirs.status).toBe(201);
    const edited = await callPod(
      site,
      tokens.access_token,
      'PUT',
      `${loans}${own.id}`,
      loanRecord('Eigen lening, bewerkt'),
      { 'if-match': '*' },
    );
    expect(edited.status).toBe(200);

    const exported = (await (await asOwner(anna, '/pods/anna/export')).json()) as {
      records: { loans: { idempotencyKey?: string }[] };
    };
    expect(exported.records.loans.map((record) => record.idempotencyKey)).toEqual(['k-1', 'k-1']);
    const bob = await vault.owner('bob');
    const restored = await asOwner(bob, '/pods/bob/restore', {
      method: 'POST',
      body: JSON.stringify(exported),
    });
    expect(restored.status).toBe(201);
    expect(await restored.json()).toMatchObject({ records: 2 });
    const listed = (await (await asOwner(bob, '/pods/bob/loans/')).json()) as {
      contains: { idempotencyKey?: string }[];
    };
    expect(listed.contains.map((record) => record.idempotencyKey)).toEqual(['k-1', 'k-1']);
  });
  it('restores two records with one key in one key space, the first keeping it for retries (review finding: a site can make the owner’s export impossible to restore)', async () => {
    const carla = await vault.owner('carla');
    const when = daysAgo(30);
    const loan = (id: string, title: string) => ({
      ...loanRecord(title, when),
      category: 'loans',
      id,
      idempotencyKey: 'k',
    });
    const restored = await asOwner(carla, '/pods/carla/restore', {
      method: 'POST',
      body: JSON.stringify({
        '@type': 'PodExport',
        records: { loans: [loan('a', 'Eerste'), loan('b', 'Tweede')] },
      }),
    });
    expect(restored.status).toBe(201);
    expect(await restored.json()).toMatchObject({ records: 2 });
    const retry = await asOwner(carla, '/pods/carla/loans/', {
      method: 'POST',
      headers: { 'idempotency-key': 'k' },
      body: JSON.stringify(loanRecord('Eerste', when)),
    });
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(((await retry.json()) as { id: string }).id).toBe('a');
  });
});

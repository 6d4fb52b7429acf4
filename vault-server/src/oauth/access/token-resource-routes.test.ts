import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../../storage/testing/describe-each-engine.ts';
import { loanRecord } from '../../testing/test-vault.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../testing/oauth-test-server.ts';
import { callPod, connect, startTestClient, type TestClient } from '../testing/test-client.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('record writes with a token on %s', (engine) => {
  let vault: OAuthTestVault;
  let anna: OwnerLogin;
  let writer: TestClient;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ engine });
    anna = await vault.owner('anna');
    writer = await startTestClient(vault.url, { name: 'Schrijfsite' });
  });
  afterAll(async () => {
    await writer?.close();
    await vault?.close();
  });

  const ownersLoan = async (key: string): Promise<string> => {
    const created = await fetch(`${vault.url}/pods/anna/loans/`, {
      method: 'POST',
      headers: {
        cookie: anna.cookie,
        'x-csrf-token': anna.csrfToken,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify(loanRecord('Het achterhuis')),
    });
    expect(created.status).toBe(201);
    return ((await created.json()) as { id: string }).id.split('/').at(-1)!;
  };

  it('a write-only PUT answers what the site sent, nothing the vault kept (review finding: a write-only site reads the idempotency key)', async () => {
    const id = await ownersLoan('owner-secret-key-4711');
    const tokens = await connect(writer, anna, { scope: 'loans:write' });
    const sent = loanRecord('Overschreven');
    const put = await callPod(
      writer,
      tokens.access_token,
      'PUT',
      `${vault.url}/pods/anna/loans/${id}`,
      sent,
      { 'if-match': '*' },
    );
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    const body = (await put.json()) as Record<string, unknown>;
    expect(JSON.stringify(body)).not.toContain('owner-secret-key-4711');
    expect(body).not.toHaveProperty('idempotencyKey');
    expect(body.id).toBe(id);
    expect(body.item).toMatchObject({ title: 'Overschreven' });

    // The vault itself keeps the key with the record, and the owner still sees it.
    const owner = await fetch(`${vault.url}/pods/anna/loans/${id}`, {
      headers: { cookie: anna.cookie },
    });
    expect(((await owner.json()) as { idempotencyKey?: string }).idempotencyKey).toBe(
      'owner-secret-key-4711',
    );
  });

  it('a site that may also read gets the whole record back (review finding: a write-only site reads the idempotency key)', async () => {
    const id = await ownersLoan('owner-key-0815');
    const reader = await startTestClient(vault.url, { name: 'Leessite' });
    try {
      const tokens = await connect(reader, anna, { scope: 'loans:read loans:write' });
      const put = await callPod(
        reader,
        tokens.access_token,
        'PUT',
        `${vault.url}/pods/anna/loans/${id}`,
        loanRecord('Herschreven'),
        { 'if-match': '*' },
      );
      expect(put.status).toBe(200);
      expect(((await put.json()) as { idempotencyKey?: string }).idempotencyKey).toBe(
        'owner-key-0815',
      );
    } finally {
      await reader.close();
    }
  });

  it('keeps the search of sealed records to the owner’s session, never a site’s token (review finding: data page search covers only loaded records)', async () => {
    await ownersLoan('owner-key-search');
    const reader = await startTestClient(vault.url, { name: 'Zoeksite' });
    try {
      const tokens = await connect(reader, anna, { scope: 'loans:read' });
      const read = (query: string) =>
        callPod(reader, tokens.access_token, 'GET', `${vault.url}/pods/anna/loans/?${query}`);
      expect((await read('limit=5')).status).toBe(200);
      for (const query of ['q=achterhuis', 'feedback=own', 'order=title']) {
        const response = await read(query);
        expect(response.status, query).toBe(400);
      }
      // The owner's session searches what the site may not.
      const owner = await fetch(`${vault.url}/pods/anna/loans/?q=achterhuis&order=title`, {
        headers: { cookie: anna.cookie },
      });
      expect(owner.status).toBe(200);
      const page = (await owner.json()) as { contains: unknown[]; searched?: number };
      expect(page.contains.length).toBeGreaterThan(0);
      expect(page.searched).toBeGreaterThan(0);
    } finally {
      await reader.close();
    }
  });
});

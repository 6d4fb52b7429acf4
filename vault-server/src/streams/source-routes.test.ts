import { generateKeyPair, exportJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { signSourceLink } from './sign-source-link.ts';
import { sourceLinkFixture } from './testing/source-link-fixture.ts';

describe('connected sources (owner routes)', () => {
  let server: TestServer;
  let links: Awaited<ReturnType<typeof sourceLinkFixture>>;
  beforeAll(async () => {
    links = await sourceLinkFixture();
    server = await startTestServer('sqlite', { citySourceKeysFile: links.keysFile });
  });
  afterAll(async () => {
    await server.dispose();
    links.dispose();
  });
  const connect = (client: TestClient, path: string, body: unknown) =>
    client.fetch(path, { method: 'PUT', body: JSON.stringify(body) });

  it('connects with a link code, lists and disconnects a city source, and audits both', async () => {
    const alice = await server.signUp('alice');
    const code = await links.sign('library', 'persona-lotte', server.url);
    const put = await connect(alice, '/pods/alice/sources/library', { code });
    expect(put.status).toBe(200);
    const listed = await (await alice.fetch('/pods/alice/sources')).json();
    expect(listed.sources).toMatchObject([
      { source: 'library', subject: 'persona-lotte', name: 'Bibliotheek Antwerpen' },
    ]);
    expect((await alice.fetch('/pods/alice/sources/library', { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await (await alice.fetch('/pods/alice/sources')).json()).sources).toEqual([]);
    const audit = await (await alice.fetch('/pods/alice/audit')).json();
    expect(JSON.stringify(audit)).toContain('city source library connected');
    expect(JSON.stringify(audit)).toContain('city source library disconnected');
  });

  it('refuses another pod, an unknown source, a bad code, and a number another pod holds', async () => {
    const bob = await server.signUp('bob');
    const carol = await server.signUp('carol');
    const code = await links.sign('library', 'card-1', server.url);
    expect((await connect(bob, '/pods/carol/sources/library', { code })).status).toBe(403);
    expect((await connect(bob, '/pods/bob/sources/police', { code })).status).toBe(400);
    expect((await connect(bob, '/pods/bob/sources/library', { code: '../x' })).status).toBe(422);
    expect((await connect(bob, '/pods/bob/sources/library', { code })).status).toBe(200);
    const again = await links.sign('library', 'card-1', server.url);
    const taken = await connect(carol, '/pods/carol/sources/library', { code: again });
    expect(taken.status).toBe(409);
    expect((await carol.fetch('/pods/bob/sources')).status).toBe(403);
  });

  // Outside review: the owner's word was the whole proof, so anyone could connect a neighbour's
  // library card number and receive their loans, tickets and A-kaart visits.
  it('connect-source-by-stated-number: refuses a number the city system did not vouch for', async () => {
    const mallory = await server.signUp('mallory');
    const stated = await connect(mallory, '/pods/mallory/sources/library', {
      subject: 'persona-lotte',
    });
    expect(stated.status).toBe(400);
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const forged = await signSourceLink(
      await exportJWK(privateKey),
      'library',
      'persona-lotte',
      server.url,
    );
    const otherVault = await links.sign('library', 'persona-lotte', 'https://other-vault.example');
    const otherSource = await links.sign('ticketing', 'persona-lotte', server.url);
    const stale = await links.sign(
      'library',
      'persona-lotte',
      server.url,
      new Date(Date.now() - 20 * 60_000),
    );
    for (const code of [forged, otherVault, otherSource, stale]) {
      const answer = await connect(mallory, '/pods/mallory/sources/library', { code });
      expect(answer.status).toBe(422);
      expect((await answer.json()).code).toBe('unprocessable');
    }
    expect((await (await mallory.fetch('/pods/mallory/sources')).json()).sources).toEqual([]);
  });
});

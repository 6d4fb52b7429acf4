import { decodeJwt, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { signSourceLink } from './sign-source-link.ts';
import { sourceLinkFixture } from './testing/source-link-fixture.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('connected sources (owner routes) on %s', (engine) => {
  let server: TestServer;
  let links: Awaited<ReturnType<typeof sourceLinkFixture>>;
  beforeAll(async () => {
    links = await sourceLinkFixture();
    server = await startTestServer(engine, { citySourceKeysFile: links.keysFile });
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

  it('refuses another pod, an unknown source, a bad code, and a number another pod holds (422, like a used code)', async () => {
    const bob = await server.signUp('bob');
    const carol = await server.signUp('carol');
    const code = await links.sign('library', 'card-1', server.url);
    expect((await connect(bob, '/pods/carol/sources/library', { code })).status).toBe(403);
    expect((await connect(bob, '/pods/bob/sources/police', { code })).status).toBe(400);
    expect((await connect(bob, '/pods/bob/sources/library', { code: '../x' })).status).toBe(422);
    expect((await connect(bob, '/pods/bob/sources/library', { code })).status).toBe(200);
    const again = await links.sign('library', 'card-1', server.url);
    const taken = await connect(carol, '/pods/carol/sources/library', { code: again });
    expect(taken.status).toBe(422);
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

  it('connects a number once per link code, and answers a used code and a number another pod holds alike (review finding: a link code can be used many times and by any pod)', async () => {
    const victim = await server.signUp('victim');
    const thief = await server.signUp('thief');
    const code = await links.sign('library', 'card-777', server.url);
    expect((await connect(victim, '/pods/victim/sources/library', { code })).status).toBe(200);
    expect((await victim.fetch('/pods/victim/sources/library', { method: 'DELETE' })).status).toBe(
      204,
    );
    // The same code again, by another pod or by its own: used up.
    const stolen = await connect(thief, '/pods/thief/sources/library', { code });
    expect(stolen.status).toBe(422);
    const used = await stolen.json();
    expect(used).toMatchObject({ code: 'unprocessable' });
    expect(used.detail).toContain('works once');
    expect((await connect(victim, '/pods/victim/sources/library', { code })).status).toBe(422);
    expect((await (await thief.fetch('/pods/thief/sources')).json()).sources).toEqual([]);

    // While the victim is connected, a fresh code of that number tells its holder nothing more
    // than a used code does, and is used up by trying.
    const fresh = await links.sign('library', 'card-777', server.url);
    expect((await connect(victim, '/pods/victim/sources/library', { code: fresh })).status).toBe(
      200,
    );
    const other = await links.sign('library', 'card-777', server.url);
    const taken = await connect(thief, '/pods/thief/sources/library', { code: other });
    expect(taken.status).toBe(422);
    expect(await taken.json()).toEqual(used);
    await victim.fetch('/pods/victim/sources/library', { method: 'DELETE' });
    expect((await connect(thief, '/pods/thief/sources/library', { code: other })).status).toBe(422);

    // Used codes live in the database (every vault process sees them) until they expire.
    const db = server.vault.context.storage.driver;
    await db.run('INSERT INTO used_source_links (source, jti, expires_at) VALUES (?, ?, ?)', [
      'library',
      'long-expired',
      '2020-01-01T00:00:00.000Z',
    ]);
    const later = await links.sign('library', 'card-778', server.url);
    expect((await connect(thief, '/pods/thief/sources/library', { code: later })).status).toBe(200);
    const jtis = (await db.all('SELECT jti FROM used_source_links')).map((row) => row.jti);
    expect(jtis).not.toContain('long-expired');
    expect(jtis).toContain(decodeJwt(later).jti);
  });
});

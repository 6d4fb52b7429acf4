import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

describe('connected sources (owner routes)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(() => server.dispose());

  it('connects, lists and disconnects a city source, and audits both', async () => {
    const alice = await server.signUp('alice');
    const put = await alice.fetch('/pods/alice/sources/library', {
      method: 'PUT',
      body: JSON.stringify({ subject: 'persona-lotte' }),
    });
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

  it('refuses another pod, an unknown source, a bad number, and a number another pod holds', async () => {
    const bob = await server.signUp('bob');
    const carol = await server.signUp('carol');
    const connect = (client: typeof bob, path: string, subject: unknown) =>
      client.fetch(path, { method: 'PUT', body: JSON.stringify({ subject }) });
    expect((await connect(bob, '/pods/carol/sources/library', 'x1')).status).toBe(403);
    expect((await connect(bob, '/pods/bob/sources/police', 'x1')).status).toBe(400);
    expect((await connect(bob, '/pods/bob/sources/library', '../x')).status).toBe(400);
    expect((await connect(bob, '/pods/bob/sources/library', 'card-1')).status).toBe(200);
    const taken = await connect(carol, '/pods/carol/sources/library', 'card-1');
    expect(taken.status).toBe(409);
    expect((await carol.fetch('/pods/bob/sources')).status).toBe(403);
  });
});

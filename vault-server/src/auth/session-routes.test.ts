import type { Response } from 'express';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { startSession } from './sessions.ts';

const describeEachEngine = await engineSuites();

interface SessionView {
  id: string;
  current: boolean;
  device: string | null;
  createdAt: string;
  lastUsedAt: string;
}
const sessionsOf = async (client: TestClient): Promise<SessionView[]> =>
  ((await (await client.fetch('/auth/sessions')).json()) as { sessions: SessionView[] }).sessions;

describeEachEngine('the owner’s sessions on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  let bert: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
    bert = await server.signUp('bert');
  });
  afterAll(async () => server?.dispose());

  it('lists each session with its device and last use, and marks the current one', async () => {
    // A second session of anna's, started as a sign-in from another browser starts it.
    const cookies: string[] = [];
    const res = {
      cookie: (name: string, value: string) => cookies.push(`${name}=${value}`),
    } as unknown as Response;
    await startSession(
      server.vault.context,
      res,
      'acc-anna',
      'Mozilla/5.0 (Android 14) Firefox/130.0',
    );
    const sessions = await sessionsOf(anna);
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    const phone = sessions.find((session) => !session.current)!;
    expect(phone.device).toContain('Android');
    expect(phone.lastUsedAt).toBeTruthy();
    // Nothing that keys the database (or the cookie) is handed out.
    const stored = await server.vault.context.storage.sessions.listActive(
      'acc-anna',
      new Date().toISOString(),
    );
    for (const session of stored) expect(JSON.stringify(sessions)).not.toContain(session.idHash);

    const other = await fetch(`${server.url}/auth/session`, { headers: { cookie: cookies[0]! } });
    expect(other.status).toBe(200);
    expect((await anna.fetch(`/auth/sessions/${phone.id}`, { method: 'DELETE' })).status).toBe(204);
    const after = await fetch(`${server.url}/auth/session`, { headers: { cookie: cookies[0]! } });
    expect(after.status).toBe(401);
    expect(await sessionsOf(anna)).toHaveLength(1);
    const audit = (await (await anna.fetch('/pods/anna/audit')).json()) as {
      entries: { action: string; detail?: string }[];
    };
    expect(audit.entries.at(-1)).toMatchObject({ action: 'sessions-revoked', detail: '1 session' });
  });

  it('does not end another account’s session, nor one without the CSRF token', async () => {
    const [annas] = await sessionsOf(anna);
    const byBert = await bert.fetch(`/auth/sessions/${annas!.id}`, { method: 'DELETE' });
    expect(byBert.status).toBe(404);
    const noCsrf = await anna.fetch(`/auth/sessions/${annas!.id}`, {
      method: 'DELETE',
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(noCsrf.status).toBe(403);
    expect((await anna.fetch('/auth/sessions/not-a-ref', { method: 'DELETE' })).status).toBe(404);
    expect((await fetch(`${server.url}/auth/sessions`)).status).toBe(401);
    expect(await sessionsOf(anna)).toHaveLength(1);
  });

  it('ends the current session too, signing the browser out', async () => {
    const [current] = await sessionsOf(bert);
    expect((await bert.fetch(`/auth/sessions/${current!.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await bert.fetch('/auth/session')).status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOverHttp } from '../testing/software-passkey.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo } from '../testing/test-vault.ts';

describe('one CSV import breaks the vault for everyone (prototype pollution through dotted headers)', () => {
  let server: TestServer;
  let mallory: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    mallory = await server.signUp('mallory');
  });
  afterAll(async () => server?.dispose());

  it('a header __proto__.x or constructor.prototype.x leaves Object.prototype and other people alone', async () => {
    for (const header of [
      '__proto__.polluted',
      'constructor.prototype.polluted',
      'item.__proto__.polluted',
    ]) {
      const csv = `time,item.title,${header}\n${daysAgo(2)},Een boek,yes\n`;
      const response = await mallory.fetch('/pods/mallory/loans/import', {
        method: 'POST',
        body: csv,
        headers: { 'content-type': 'text/csv' },
      });
      expect(response.status).toBe(422);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const other = await signUpOverHttp(server.url, 'nora', 'Nora');
    expect(other.optionsStatus).toBe(200);
    expect(other.verifyStatus).toBe(201);
    const write = await fetch(`${server.url}/pods/nora/loans/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: other.cookie!,
        'x-csrf-token': other.csrfToken!,
      },
      body: JSON.stringify({
        time: daysAgo(1),
        source: { type: 'person' },
        item: { id: 'book-1', title: 'Nog een boek', kind: 'book' },
        data: { action: 'borrowed' },
      }),
    });
    expect(write.status, await write.clone().text()).toBe(201);
  });
});

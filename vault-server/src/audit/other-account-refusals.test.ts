import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthRoutes } from '../oauth/index.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { appendAudit, OWNER, readAudit } from './audit-log.ts';

describe('another account’s refused attempts in the pod’s log', () => {
  let server: TestServer;
  let bert: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite', {}, undefined, [oauthRoutes()]);
    await server.signUp('anna');
    bert = await server.signUp('bert');
    await appendAudit(server.vault.context.storage, 'anna', { actor: OWNER, action: 'sign-in' });
  });
  afterAll(async () => server?.dispose());

  it('names the route, never the path the account typed (review finding: any signed-in account can write text of its choosing into another pod’s audit log)', async () => {
    const words =
      'LET-OP:uw-kluis-wordt-vandaag-gewist!-Bel-0800-12345-of-ga-naar-kluis-herstel.example';
    for (const path of [
      `grants/${words}`,
      `grants/${words}/receipt`,
      'loans/',
      'personalisation/loans',
    ]) {
      const response = await bert.fetch(`/pods/anna/${path}`);
      expect(response.status, path).toBeGreaterThanOrEqual(403);
    }
    const refusals = (await readAudit(server.vault.context.storage, 'anna', -1, 1000)).filter(
      (entry) => entry.action === 'refused',
    );
    expect(refusals.map((entry) => entry.detail)).toEqual([
      'GET /pods/anna/grants/:id: another account',
      'GET /pods/anna/grants/:id/receipt: another account',
      'GET /pods/anna/loans/: another account',
      'GET /pods/anna/personalisation/loans: another account',
    ]);
    expect(JSON.stringify(refusals)).not.toContain('0800-12345');
  });
});

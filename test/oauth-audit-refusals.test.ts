import type * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@verwonder/shared';
import { readAudit } from '../vault-server/src/audit/audit-log.ts';
import { REFUSALS_PER_MINUTE } from '../vault-server/src/audit/refusal-log.ts';
import { createDpopKey } from '../vault-server/src/oauth/testing/dpop-key.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import {
  callPod,
  connect,
  startTestClient,
  type TestClient,
} from '../vault-server/src/oauth/testing/test-client.ts';

let vault: OAuthTestVault;
let site: TestClient;
let anna: OwnerLogin;
let bert: OwnerLogin;
let tokens: oauth.TokenEndpointResponse;
const pod = () => `${vault.url}/pods/anna`;
/** What a caller might want the owner to read in their own log. */
const WORDS = 'LET-OP:uw-kluis-wordt-vandaag-gewist!-Bel-0800-12345';

beforeAll(async () => {
  vault = await startOAuthTestVault();
  site = await startTestClient(vault.url, { name: 'Bibliotheek Antwerpen' });
  anna = await vault.owner('anna');
  bert = await vault.owner('bert');
  // Loans may be written, nothing else: no dna:read, no suggestions:rank.
  tokens = await connect(site, anna, { scope: 'loans:write' });
});
afterAll(async () => {
  await site?.close();
  await vault?.close();
});

/** Anna's `refused` entries appended since `seq`. */
async function refusalsAfter(seq: number): Promise<AuditEntry[]> {
  const entries = await readAudit(vault.ctx.storage, 'anna', seq, 1000);
  return entries.filter((entry) => entry.action === 'refused');
}
const lastSeq = async (): Promise<number> =>
  (await vault.ctx.storage.audit.head('anna'))?.seq ?? -1;

describe('audit log records refusals: another key’s proof, revoked grant, dna/rank/owner-only refused, other account', () => {
  it('logs a dna, rank, read-scope and owner-only refusal as `refused` with the client and what it tried', async () => {
    const from = await lastSeq();
    expect((await callPod(site, tokens.access_token, 'GET', `${pod()}/dna`)).status).toBe(404);
    const rank = await callPod(site, tokens.access_token, 'POST', `${pod()}/suggestions/rank`, {
      items: [{ id: 'book-1' }],
    });
    expect(rank.status).toBe(403);
    expect((await callPod(site, tokens.access_token, 'GET', `${pod()}/loans/`)).status).toBe(404);
    // Erasing a whole category is the owner's, whatever the scopes.
    const erase = await callPod(site, tokens.access_token, 'DELETE', `${pod()}/loans/`);
    expect(erase.status).toBe(403);

    const refusals = await refusalsAfter(from);
    expect(refusals.map((entry) => entry.detail)).toEqual([
      'GET /pods/anna/dna: no dna:read scope',
      'POST /pods/anna/suggestions/rank: no suggestions:rank scope',
      'GET /pods/anna/loans/: no loans:read scope',
      'DELETE /pods/anna/loans/…: owner-only route',
    ]);
    for (const entry of refusals)
      expect(entry.actor).toMatchObject({ type: 'client', clientId: site.clientId });
    expect(refusals[2]?.category).toBe('loans');
  });

  it('logs a proof made with another key than the token is bound to', async () => {
    const from = await lastSeq();
    const thief = await createDpopKey();
    const url = `${pod()}/loans/`;
    const response = await fetch(url, {
      headers: {
        authorization: `DPoP ${tokens.access_token}`,
        dpop: await thief.proof('GET', url, { accessToken: tokens.access_token }),
      },
    });
    expect(response.status).toBe(401);
    const [entry] = await refusalsAfter(from);
    expect(entry).toMatchObject({
      actor: { type: 'client', clientId: site.clientId },
      detail: 'GET /pods/anna/loans/…: DPoP proof by another key',
    });
  });

  it('logs another account’s attempt on the pod, without naming it', async () => {
    const from = await lastSeq();
    const response = await fetch(`${pod()}/loans/`, { headers: { cookie: bert.cookie } });
    expect(response.status).toBe(403);
    const [entry] = await refusalsAfter(from);
    expect(entry).toMatchObject({
      actor: { type: 'account' },
      detail: 'GET /pods/anna/loans/: another account',
    });
    expect(JSON.stringify(entry)).not.toContain('bert');
    // Nothing goes into a pod that does not exist.
    expect(
      (await fetch(`${vault.url}/pods/nobody/loans/`, { headers: { cookie: bert.cookie } })).status,
    ).toBe(403);
    expect(await vault.ctx.storage.audit.head('nobody')).toBeUndefined();
  });

  it('writes no words of the site’s choosing into the pod’s log (review finding: any signed-in account can write text of its choosing into another pod’s audit log)', async () => {
    const from = await lastSeq();
    // A site with a token for this pod, on an owner-only path of its choosing.
    const owner = await callPod(site, tokens.access_token, 'DELETE', `${pod()}/${WORDS}/x/y`);
    expect(owner.status).toBe(403);
    const refusals = await refusalsAfter(from);
    expect(refusals.map((entry) => entry.detail)).toEqual([
      'DELETE /pods/anna/…: owner-only route',
    ]);
    expect(JSON.stringify(refusals)).not.toContain('0800-12345');
  });

  it(`keeps at most ${REFUSALS_PER_MINUTE} refusals per client a minute, and the chain whole`, async () => {
    const from = await lastSeq();
    for (let i = 0; i < REFUSALS_PER_MINUTE + 3; i += 1)
      expect((await callPod(site, tokens.access_token, 'GET', `${pod()}/dna`)).status).toBe(404);
    const recent = await readAudit(vault.ctx.storage, 'anna', -1, 10_000);
    const since = Date.now() - 60_000;
    const fromSite = recent.filter(
      (entry) =>
        entry.action === 'refused' &&
        entry.actor.type === 'client' &&
        Date.parse(entry.time) >= since,
    );
    expect(fromSite.length).toBe(REFUSALS_PER_MINUTE);
    expect((await refusalsAfter(from)).length).toBeGreaterThan(0);
    const report = (await (
      await fetch(`${pod()}/audit/verify`, { headers: { cookie: anna.cookie } })
    ).json()) as { problems: unknown[] };
    expect(report.problems).toEqual([]);
  });

  it('logs a use of a revoked grant', async () => {
    // Another client, so that the cap the test above filled does not hide this entry.
    const other = await startTestClient(vault.url, { name: 'Agenda Antwerpen' });
    try {
      const granted = await connect(other, anna, { scope: 'tickets:write' });
      const list = (await (
        await fetch(`${pod()}/grants`, { headers: { cookie: anna.cookie } })
      ).json()) as { grants: { id: string; clientId: string; status: string }[] };
      const grant = list.grants.find(
        (item) => item.clientId === other.clientId && item.status === 'active',
      )!;
      const revoked = await fetch(`${pod()}/grants/${grant.id}`, {
        method: 'DELETE',
        headers: { cookie: anna.cookie, 'x-csrf-token': anna.csrfToken },
      });
      expect(revoked.status).toBe(204);
      const from = await lastSeq();
      const after = await callPod(other, granted.access_token, 'GET', `${pod()}/tickets/`);
      expect(after.status).toBe(401);
      const [entry] = await refusalsAfter(from);
      expect(entry).toMatchObject({
        actor: { type: 'client', clientId: other.clientId, grantId: grant.id },
        detail: 'GET /pods/anna/tickets/…: grant or token revoked or ended',
      });
    } finally {
      await other.close();
    }
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';
import { purgeExpired } from './retention.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('export, restore, erasure and retention on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
    for (const [title, days] of [
      ['Een', 61],
      ['Twee', 60],
    ] as const) {
      await anna.fetch('/pods/anna/loans/', {
        method: 'POST',
        body: JSON.stringify(loanRecord(title, daysAgo(days))),
      });
    }
    await anna.fetch('/pods/anna/feedback/', {
      method: 'POST',
      body: JSON.stringify({
        time: daysAgo(60),
        source: { type: 'extension' },
        data: { kind: 'wow', suggestionId: 's-1', itemId: 'book-1', wasSurprise: true },
      }),
    });
  });
  afterAll(async () => server?.dispose());

  it('exports the pod decrypted with its audit log, and restores it into a new pod', async () => {
    const response = await anna.fetch('/pods/anna/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const exported = (await response.json()) as {
      '@type': string;
      records: Record<string, { item?: { title: string }; '@id': string }[]>;
      auditLog: { action: string }[];
      webId: string;
    };
    expect(exported['@type']).toBe('PodExport');
    expect(exported.webId).toBe(`${server.url}/pods/anna/profile#me`);
    expect(exported.records.loans!.map((r) => r.item!.title)).toEqual(['Een', 'Twee']);
    expect(exported.records.feedback).toHaveLength(1);
    expect(exported.auditLog.map((e) => e.action)).toEqual([
      'record-created',
      'record-created',
      'record-created',
      'export',
    ]);

    const carla = await server.signUp('carla');
    const restored = await carla.fetch('/pods/carla/restore', {
      method: 'POST',
      body: JSON.stringify(exported),
      headers: { 'content-type': 'application/ld+json' },
    });
    expect(restored.status).toBe(201);
    expect(await restored.json()).toEqual({ records: 3, consents: 0, pastRetention: 0 });
    const loans = (await (await carla.fetch('/pods/carla/loans/')).json()) as {
      contains: { '@id': string; item: { title: string } }[];
    };
    expect(loans.contains.map((r) => r.item.title)).toEqual(['Een', 'Twee']);
    expect(loans.contains[0]!['@id']).toBe(
      exported.records.loans![0]!['@id'].replace('/pods/anna/', '/pods/carla/'),
    );
    const again = await carla.fetch('/pods/carla/restore', {
      method: 'POST',
      body: JSON.stringify(exported),
    });
    expect(again.status).toBe(409);
  });

  it('refuses an export another site starts with a link, and counts none (review finding: the whole decrypted pod can be exported by a plain navigation from another site)', async () => {
    const exportsLogged = async () =>
      (
        await server.vault.context.storage.driver.all(
          "SELECT action FROM audit_log WHERE pod = 'anna' AND action = 'export'",
        )
      ).length;
    const before = await exportsLogged();
    for (const site of ['cross-site', 'same-site']) {
      const refused = await anna.fetch('/pods/anna/export', {
        headers: { 'sec-fetch-site': site, 'sec-fetch-mode': 'navigate' },
      });
      expect(refused.status, site).toBe(403);
      expect(refused.headers.get('content-disposition'), site).toBeNull();
      expect(((await refused.json()) as { code: string }).code).toBe('csrf_failed');
    }
    expect(await exportsLogged()).toBe(before);
    // From the vault's own page, or typed in the address bar.
    for (const site of ['same-origin', 'none']) {
      const allowed = await anna.fetch('/pods/anna/export', {
        headers: { 'sec-fetch-site': site },
      });
      expect(allowed.status, site).toBe(200);
    }
    expect(await exportsLogged()).toBe(before + 2);
  });

  it('shows the owner the audit log, which verifies', async () => {
    const log = (await (await anna.fetch('/pods/anna/audit?limit=1000')).json()) as {
      entries: { action: string; actor: { type: string } }[];
    };
    expect(log.entries.some((e) => e.action === 'records-listed')).toBe(false);
    expect(log.entries.every((e) => e.actor.type === 'owner')).toBe(true);
    expect(
      ((await (await anna.fetch('/pods/anna/audit/verify')).json()) as { problems: unknown[] })
        .problems,
    ).toEqual([]);
  });

  it('answers an audit cursor past 32 bits with a 400 problem (review finding: GET /pods/{pod}/audit?after=3000000000 answered 500 on PostgreSQL)', async () => {
    // audit_log.seq is a 32-bit INTEGER on PostgreSQL: a larger cursor failed in the database.
    const response = await anna.fetch('/pods/anna/audit?after=3000000000');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await response.json()) as { code: string }).code).toBe('invalid_input');
    // The largest seq there can be is a valid cursor: nothing comes after it.
    const last = await anna.fetch(`/pods/anna/audit?after=${2 ** 31 - 1}`);
    expect(((await last.json()) as { entries: unknown[] }).entries).toEqual([]);
  });

  it('changes retention and the purge job removes expired records and logs them', async () => {
    const set = await anna.fetch('/pods/anna/retention/loans', {
      method: 'PUT',
      body: JSON.stringify({ days: 30 }),
    });
    expect(
      ((await set.json()) as { retentionDays: Record<string, number | null> }).retentionDays.loans,
    ).toBe(30);
    const results = await purgeExpired(server.vault.context);
    expect(results.filter((r) => r.pod === 'anna')).toEqual([
      { pod: 'anna', category: 'loans', removed: 2 },
    ]);
    const log = (await (await anna.fetch('/pods/anna/audit?limit=1000')).json()) as {
      entries: { action: string; recordIds?: string[]; actor: { type: string } }[];
    };
    const purge = log.entries.find((e) => e.action === 'retention-purge')!;
    expect(purge.recordIds).toHaveLength(2);
    expect(purge.actor).toEqual({ type: 'system', job: 'retention-purge' });
  });

  it("one pod's restore cannot stop the retention purge for every pod (review finding: a restored retention of 200,000,000 days)", async () => {
    const mallory = await server.signUp('mallory');
    const restored = await mallory.fetch('/pods/mallory/restore', {
      method: 'POST',
      body: JSON.stringify({
        '@type': 'PodExport',
        records: {},
        retention: { profile: 200_000_000 },
      }),
    });
    expect(restored.status).toBe(400);
    // A period stored before periods were bounded keeps that pod's records, and no one else's.
    await server.vault.context.storage.retention.set('mallory', 'loans', 200_000_000);
    const dora = await server.signUp('dora');
    await dora.fetch('/pods/dora/loans/', {
      method: 'POST',
      body: JSON.stringify(loanRecord('Oud', daysAgo(400))),
    });
    await dora.fetch('/pods/dora/retention/loans', {
      method: 'PUT',
      body: JSON.stringify({ days: 30 }),
    });
    const results = await purgeExpired(server.vault.context);
    expect(results.filter((r) => r.pod === 'dora')).toEqual([
      { pod: 'dora', category: 'loans', removed: 1 },
    ]);
  });

  it('restore answers 4xx, never 500, to duplicate ids and an oversized retention (review finding: restore answers 500)', async () => {
    const emil = await server.signUp('emil');
    const loan = (id: string, idempotencyKey?: string) => ({
      ...loanRecord('Dubbel', '2024-04-01T10:00:00Z'),
      category: 'loans',
      id,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    for (const document of [
      { records: { loans: [loan('a', 'k'), loan('a', 'l')] } },
      { records: {}, retention: { loans: 1e12 } },
    ]) {
      const answer = await emil.fetch('/pods/emil/restore', {
        method: 'POST',
        body: JSON.stringify({ '@type': 'PodExport', ...document }),
      });
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { code: string }).code).toBe('invalid_input');
    }
    // Nothing was kept: the pod is still empty and takes a good restore.
    const good = await emil.fetch('/pods/emil/restore', {
      method: 'POST',
      body: JSON.stringify({ '@type': 'PodExport', records: { loans: [loan('a', 'k')] } }),
    });
    expect(good.status).toBe(201);
  });

  it('refuses a restore that lists one grant id twice, naming it (review finding: two grants with one id, one silently lost)', async () => {
    const fien = await server.signUp('fien');
    const grant = (site: string) => ({
      id: 'same',
      webId: 'http://127.0.0.1:4800/pods/x/profile#me',
      clientId: `https://${site}.example/client.json`,
      clientName: site,
      scopes: ['loans:read'],
      purpose: 'dpv:ServiceProvision',
      createdAt: '2024-01-01T00:00:00Z',
      expiresAt: '2025-01-01T00:00:00Z',
    });
    const answer = await fien.fetch('/pods/fien/restore', {
      method: 'POST',
      body: JSON.stringify({
        '@type': 'PodExport',
        records: {},
        consents: [grant('a'), grant('b')],
      }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({
      code: 'invalid_input',
      errors: [{ path: 'consents.1.id', message: 'the grant id same is listed twice' }],
    });
    const kept = (await (await fien.fetch('/pods/fien/export')).json()) as { consents: unknown[] };
    expect(kept.consents).toEqual([]);
  });

  it('refuses a restore whose grant id holds a NUL byte or a lone surrogate with 400 (review finding: a NUL byte in a consent id gives 500 on PostgreSQL)', async () => {
    const gust = await server.signUp('gust');
    for (const id of ['g\u0000x', 'g\ud800x']) {
      const answer = await gust.fetch('/pods/gust/restore', {
        method: 'POST',
        body: JSON.stringify({
          '@type': 'PodExport',
          records: {},
          consents: [
            {
              id,
              webId: 'http://127.0.0.1:4800/pods/x/profile#me',
              clientId: 'https://site.example/client.json',
              clientName: 'Site',
              scopes: ['loans:read'],
              purpose: 'dpv:ServiceProvision',
              createdAt: '2024-01-01T00:00:00Z',
              expiresAt: '2025-01-01T00:00:00Z',
            },
          ],
        }),
      });
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({
        code: 'invalid_input',
        errors: [{ path: 'consents.0.id' }],
      });
    }
  });

  it('erases the whole account only after a fresh sign-in or a passkey confirmation (review finding: a session alone can erase the whole account)', async () => {
    const ruben = await server.signUp('ruben');
    // An hour later, someone holding only the session cookie (and the CSRF token it fetches).
    const { driver } = server.vault.context.storage;
    await driver.run('UPDATE sessions SET created_at = ? WHERE account_id = ?', [
      new Date(Date.now() - 3_600_000).toISOString(),
      'acc-ruben',
    ]);
    const erase = () =>
      ruben.fetch('/pods/ruben', { method: 'DELETE', body: JSON.stringify({ confirm: 'ruben' }) });
    const refused = await erase();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ reason: 'confirmation_required' });
    expect(await server.vault.context.storage.accounts.byPodName('ruben')).toBeDefined();
    // Confirmed with a passkey just now (what POST /auth/confirm/verify records).
    await driver.run('UPDATE sessions SET confirmed_at = ? WHERE account_id = ?', [
      new Date().toISOString(),
      'acc-ruben',
    ]);
    expect((await erase()).status).toBe(204);
    expect(await server.vault.context.storage.accounts.byPodName('ruben')).toBeUndefined();
  });

  it('erases a category (keys destroyed) and then the whole account', async () => {
    const erased = await anna.fetch('/pods/anna/feedback/', { method: 'DELETE' });
    expect(await erased.json()).toEqual({ erased: 'feedback', records: 1 });
    const keys = await server.vault.context.storage.dataKeys.list('anna');
    expect(keys.some((k) => k.category === 'feedback')).toBe(false);

    expect(
      (
        await anna.fetch('/pods/anna', {
          method: 'DELETE',
          body: JSON.stringify({ confirm: 'wrong' }),
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await anna.fetch('/pods/anna', {
          method: 'DELETE',
          body: JSON.stringify({ confirm: 'anna' }),
        })
      ).status,
    ).toBe(204);
    expect(await server.vault.context.storage.accounts.byPodName('anna')).toBeUndefined();
    expect(await server.vault.context.storage.dataKeys.list('anna')).toEqual([]);
    expect((await anna.fetch('/pods/anna/loans/')).status).toBe(401);
    expect((await fetch(`${server.url}/pods/anna/profile`)).status).toBe(404);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { isUniqueViolation } from './sql-driver.ts';
import type { StoredRecord } from './stores/records-store.ts';
import { engineSuites } from './testing/describe-each-engine.ts';
import { openTestEngine, type TestEngine } from './testing/test-engines.ts';

const POD = 'anna';
const T0 = '2024-01-01T00:00:00.000Z';

function record(id: string, time: string, extra: Partial<StoredRecord> = {}): StoredRecord {
  return {
    pod: POD,
    id,
    category: 'loans',
    time,
    keyVersion: 1,
    nonce: Buffer.alloc(12, 1),
    ciphertext: Buffer.from(`cipher-${id}`),
    etag: `etag-${id}`,
    idempotencyKey: null,
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  };
}

const describeEachEngine = await engineSuites();

describeEachEngine('storage contract on %s', (engine) => {
  let env: TestEngine;
  beforeAll(async () => {
    env = await openTestEngine(engine);
    await env.storage.accounts.create({
      id: 'acc-1',
      podName: POD,
      displayName: 'Anna',
      userHandle: 'uh-1',
      createdAt: T0,
    });
    for (const category of ['loans', 'tickets', 'visits']) {
      const key = {
        pod: POD,
        category,
        version: 1,
        kekId: 'kek-a',
        wrapped: Buffer.from('w1'),
        active: true,
        createdAt: T0,
      };
      await env.storage.dataKeys.insert(key);
    }
  });
  afterAll(async () => env?.dispose());

  it('applies migrations once', async () => {
    expect(await migrate(env.storage.driver)).toEqual([]);
  });

  it('finds accounts and rejects a second pod with the same name', async () => {
    expect((await env.storage.accounts.byPodName(POD))?.id).toBe('acc-1');
    expect((await env.storage.accounts.byUserHandle('uh-1'))?.podName).toBe(POD);
    const duplicate = env.storage.accounts.create({
      id: 'acc-2',
      podName: POD,
      displayName: 'B',
      userHandle: 'uh-2',
      createdAt: T0,
    });
    await expect(duplicate).rejects.toSatisfy(isUniqueViolation);
  });

  it('stores binary columns and lists records by time with a keyset cursor', async () => {
    const { records } = env.storage;
    await records.insert(record('r1', '2024-01-01T10:00:00.000Z'));
    await records.insert(record('r2', '2024-02-01T10:00:00.000Z'));
    await records.insert(record('r3', '2024-03-01T10:00:00.000Z'));
    await records.insert(record('r4', '2024-03-01T10:00:00.000Z', { category: 'tickets' }));
    const got = await records.get(POD, 'loans', 'r1');
    expect(got?.nonce.equals(Buffer.alloc(12, 1))).toBe(true);
    expect(got?.ciphertext.toString()).toBe('cipher-r1');
    const page1 = await records.list(POD, 'loans', { limit: 2 });
    expect(page1.map((r) => r.id)).toEqual(['r1', 'r2']);
    const last = page1[1]!;
    const page2 = await records.list(POD, 'loans', {
      limit: 2,
      after: { time: last.time, id: last.id },
    });
    expect(page2.map((r) => r.id)).toEqual(['r3']);
    const ranged = await records.list(POD, 'loans', {
      limit: 10,
      from: '2024-02-01T00:00:00.000Z',
      to: '2024-03-01T10:00:00.000Z',
    });
    expect(ranged.map((r) => r.id)).toEqual(['r2']);
    expect(Object.fromEntries(await records.counts(POD))).toEqual({ loans: 3, tickets: 1 });
    // Counted as reads see them: each category from its retention cut-off on, `null` keeps all.
    const from = { loans: '2024-02-01T10:00:00.000Z', tickets: '2024-04-01T00:00:00.000Z' };
    expect(Object.fromEntries(await records.counts(POD, from))).toEqual({ loans: 2 });
    expect(Object.fromEntries(await records.counts(POD, { loans: null }))).toEqual({
      loans: 3,
      tickets: 1,
    });
  });

  it('keeps idempotency keys unique per category', async () => {
    const { records } = env.storage;
    await records.insert(record('i1', T0, { idempotencyKey: 'k-1' }));
    await expect(records.insert(record('i2', T0, { idempotencyKey: 'k-1' }))).rejects.toSatisfy(
      isUniqueViolation,
    );
    expect((await records.byIdempotencyKey(POD, 'loans', 'k-1'))?.id).toBe('i1');
    await records.insert(record('i3', T0, { idempotencyKey: 'k-1', category: 'visits' }));
  });

  it('replaces only when the ETag matches', async () => {
    const { records } = env.storage;
    const next = record('r1', '2024-01-02T00:00:00.000Z', {
      etag: 'etag-new',
      ciphertext: Buffer.from('v2'),
    });
    expect(await records.replace(next, 'stale')).toBe(false);
    expect(await records.replace(next, 'etag-r1')).toBe(true);
    expect((await records.get(POD, 'loans', 'r1'))?.etag).toBe('etag-new');
  });

  it('reads a record with the retention its pod chose for that category', async () => {
    const { records, retention } = env.storage;
    const read = (category: string, id: string) => records.getWithRetention(POD, category, id);
    expect(await read('loans', 'r1')).toMatchObject({
      record: { id: 'r1', etag: 'etag-new' },
      chosenDays: undefined,
    });
    await retention.set(POD, 'loans', 30);
    expect((await read('loans', 'r1'))?.chosenDays).toBe(30);
    // Another category's choice is not this one's.
    expect((await read('tickets', 'r4'))?.chosenDays).toBeUndefined();
    await retention.set(POD, 'loans', null);
    expect((await read('loans', 'r1'))?.chosenDays).toBeNull();
    expect(await read('loans', 'missing')).toBeUndefined();
  });

  it('rolls back a failed transaction', async () => {
    await expect(
      env.storage.transaction(async (tx) => {
        await tx.records.insert(record('rolled-back', T0));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await env.storage.records.get(POD, 'loans', 'rolled-back')).toBeUndefined();
  });

  it('rewraps data keys with compare-and-set', async () => {
    const { dataKeys } = env.storage;
    const key1 = {
      pod: POD,
      category: 'loans',
      version: 1,
      kekId: 'kek-a',
      wrapped: Buffer.from('w1'),
      active: true,
      createdAt: T0,
    };
    expect(await dataKeys.insert(key1)).toBe(false);
    await env.storage.driver.run("UPDATE data_keys SET kek_id = 'kek-b' WHERE category <> 'loans'");
    const [key] = await dataKeys.wrappedByOther('kek-b', 10);
    expect(key?.kekId).toBe('kek-a');
    expect(await dataKeys.rewrap(key!, 'kek-b', Buffer.from('w2'))).toBe(true);
    expect(await dataKeys.rewrap(key!, 'kek-b', Buffer.from('w3'))).toBe(false);
    expect((await dataKeys.active(POD, 'loans'))?.wrapped.toString()).toBe('w2');
    expect(await dataKeys.wrappedByOther('kek-b', 10)).toEqual([]);
  });

  it('appends audit entries and forbids changing them', async () => {
    const { audit } = env.storage;
    const entry = {
      pod: POD,
      seq: 0,
      time: T0,
      actor: '{"type":"owner"}',
      action: 'sign-in',
      category: null,
      purpose: null,
      recordIds: null,
      detail: null,
      prevHash: '0',
      hash: 'h0',
    };
    await env.storage.transaction(async (tx) => {
      expect(await tx.audit.head(POD)).toBeUndefined();
      await tx.audit.append([entry], true);
    });
    await audit.append([{ ...entry, seq: 1, prevHash: 'h0', hash: 'h1' }], false);
    expect(await audit.head(POD)).toEqual({ seq: 1, hash: 'h1' });
    expect((await audit.page(POD, 0, 10)).map((e) => e.seq)).toEqual([1]);
    await expect(
      env.storage.driver.run("UPDATE audit_log SET detail = 'x' WHERE pod = ?", [POD]),
    ).rejects.toThrow(/append-only/);
    expect(await audit.pods()).toContain(POD);
  });

  it('uses recovery codes and challenges once', async () => {
    const { recoveryCodes, challenges } = env.storage;
    await recoveryCodes.replace('acc-1', ['h1', 'h2'], T0);
    expect(await recoveryCodes.consume('acc-1', 'h1', T0)).toBe(true);
    expect(await recoveryCodes.consume('acc-1', 'h1', T0)).toBe(false);
    expect(await recoveryCodes.remaining('acc-1')).toBe(1);
    await challenges.put({
      id: 'c1',
      challenge: 'abc',
      purpose: 'register',
      payload: '{}',
      expiresAt: '2999-01-01T00:00:00.000Z',
    });
    expect((await challenges.take('c1', T0))?.challenge).toBe('abc');
    expect(await challenges.take('c1', T0)).toBeUndefined();
  });

  it('revokes sessions', async () => {
    const { sessions } = env.storage;
    const base = {
      accountId: 'acc-1',
      csrfToken: 'c',
      createdAt: T0,
      expiresAt: '2999-01-01T00:00:00.000Z',
      revokedAt: null,
    };
    await sessions.create({ ...base, idHash: 's1' });
    await sessions.create({ ...base, idHash: 's2' });
    await sessions.revoke('s1', T0);
    expect((await sessions.byIdHash('s1'))?.revokedAt).toBe(T0);
    expect(await sessions.revokeAll('acc-1', T0)).toBe(1);
    expect(await sessions.listActive('acc-1', T0)).toEqual([]);
  });

  it('keeps categories out of personalisation, per pod, until switched back on', async () => {
    const { personalisation } = env.storage;
    expect(await personalisation.offCategories(POD)).toEqual(new Set());
    await personalisation.set(POD, 'loans', false, T0);
    await personalisation.set(POD, 'loans', false, T0);
    await personalisation.set(POD, 'tickets', false, T0);
    expect(await personalisation.offCategories(POD)).toEqual(new Set(['loans', 'tickets']));
    expect(await personalisation.isOn(POD, 'loans')).toBe(false);
    await personalisation.set(POD, 'tickets', true, T0);
    expect(await personalisation.isOn(POD, 'tickets')).toBe(true);
    expect(await personalisation.offCategories(POD)).toEqual(new Set(['loans']));
  });

  it('purges old records and erases a whole account', async () => {
    const { records, accounts, passkeys, retention, personalisation } = env.storage;
    expect(await records.deleteOlderThan(POD, 'loans', '2024-02-15T00:00:00.000Z')).toEqual([
      'i1',
      'r1',
      'r2',
    ]);
    await retention.set(POD, 'loans', 30);
    await retention.set(POD, 'loans', null);
    expect(Object.fromEntries(await retention.overrides(POD))).toEqual({ loans: null });
    await passkeys.add({
      id: 'pk',
      accountId: 'acc-1',
      publicKey: Buffer.from([1, 2]),
      counter: 0,
      transports: ['internal'],
      name: 'Laptop',
      createdAt: T0,
      lastUsedAt: null,
    });
    // A data key cannot go while records use it, and a record cannot point to a missing key.
    await expect(env.storage.dataKeys.deleteCategory(POD, 'loans')).rejects.toThrow();
    await expect(records.insert(record('orphan', T0, { keyVersion: 9 }))).rejects.toThrow();
    expect(await records.deleteAll(POD)).toBeGreaterThan(0);
    expect(await env.storage.dataKeys.deleteAll(POD)).toBe(3);
    expect(await accounts.delete('acc-1')).toBe(true);
    expect(await records.counts(POD)).toEqual(new Map());
    expect(await env.storage.dataKeys.list(POD)).toEqual([]);
    expect(await passkeys.byId('pk')).toBeUndefined();
    // The switch goes with the account.
    expect(await personalisation.offCategories(POD)).toEqual(new Set());
  });
});

/**
 * The extension's pairing and record sync against a real vault with the OAuth router, in Node (the
 * same WebCrypto the browser has): the vault's own client document for the extension, PKCE + DPoP,
 * refresh-token rotation, the queue kept while the vault cannot be reached. The browser flow itself
 * (tabs, consent page, options page) is test/extension-pairing.browser.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  parseProfile,
  PROFILE_KEY,
  withFeedback,
  withoutReaction,
} from '../extension/src/control/local-profile.ts';
import { memoryStorageArea, type StorageArea } from '../extension/src/control/storage-area.ts';
import { EncryptedCache } from '../extension/src/vault/encrypted-cache.ts';
import { memoryKeyValueDb } from '../extension/src/vault/key-value-db.ts';
import {
  finishPairing,
  startPairing,
  type PairingDeps,
} from '../extension/src/vault/pairing-flow.ts';
import { PAIRING_STATUS_KEY, parsePairingStatus } from '../extension/src/vault/pairing-state.ts';
import { syncRecords } from '../extension/src/vault/record-sync.ts';
import { serial } from '../extension/src/vault/serial.ts';
import { VaultConnection } from '../extension/src/vault/vault-connection.ts';
import { unpair } from '../extension/src/vault/unpair.ts';
import { readProfileFields } from '../extension/src/vault/vault-profile.ts';
import { cachedVaultTaste, refreshVaultTaste } from '../extension/src/vault/vault-taste.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import { refreshSession } from './support/refresh-session.ts';
import { decideInVault } from '../vault-server/src/oauth/testing/test-client.ts';

const SITE = 'http://127.0.0.1:4801';
// Relative to the run: a fixed date would one day be past the categories' retention, which the vault refuses.
const TIME = new Date(Date.now() - 14 * 86_400_000).toISOString();

let vault: OAuthTestVault;
let owner: OwnerLogin;

beforeAll(async () => {
  vault = await startOAuthTestVault({ host: 'localhost' });
  owner = await vault.owner('noor');
});
afterAll(async () => vault?.close());

const dbs = new Map<StorageArea, ReturnType<typeof memoryKeyValueDb>>();

interface Extension {
  deps: PairingDeps;
  local: StorageArea;
  connection: VaultConnection;
  opened: string[];
  clock: { now: number };
  online: { value: boolean };
}

function extension(): Extension {
  const local = memoryStorageArea();
  const db = memoryKeyValueDb();
  dbs.set(local, db);
  const clock = { now: Date.now() };
  const online = { value: true };
  const fetcher: typeof fetch = (input, init) => {
    if (!online.value) return Promise.reject(new TypeError('Failed to fetch'));
    return fetch(input, init);
  };
  const connection = new VaultConnection({ db, fetch: fetcher, now: () => clock.now });
  const opened: string[] = [];
  const deps: PairingDeps = {
    local,
    session: memoryStorageArea(),
    db,
    connection,
    fetch: fetcher,
    now: () => clock.now,
    openTab: async (url) => opened.push(url),
    closeTab: async () => undefined,
    language: 'nl',
  };
  return { deps, local, connection, opened, clock, online };
}

/** One sync of the extension's queued records with the vault, as the worker runs it. */
const syncOf = (ext: Extension) => () =>
  syncRecords({
    local: ext.local,
    connection: ext.connection,
    exclusive: serial(),
    now: () => new Date(),
  });

const status = async (local: StorageArea) =>
  parsePairingStatus((await local.get(PAIRING_STATUS_KEY))[PAIRING_STATUS_KEY]);

async function pair(ext: Extension) {
  await startPairing(vault.url, ext.deps);
  const authorize = new URL(ext.opened.at(-1)!);
  const decided = await decideInVault(authorize.href, owner);
  expect(decided.status).toBe(303);
  expect(await finishPairing(7, decided.location, ext.deps)).toBe(true);
  return authorize;
}

async function podRecords(category: string) {
  const response = await fetch(`${vault.url}/pods/noor/${category}/`, {
    headers: { cookie: owner.cookie, accept: 'application/json' },
  });
  return (
    (await response.json()) as {
      contains: { source: unknown; item?: { id: string }; data: { kind?: string } }[];
    }
  ).contains;
}

describe('pairing the extension', () => {
  it('asks with PKCE S256, a DPoP key thumbprint and the personalisation purpose, and gets DPoP tokens', async () => {
    const ext = extension();
    const authorize = await pair(ext);
    const params = authorize.searchParams;
    expect(params.get('client_id')).toBe(`${vault.url}/oauth/clients/verwonder-extension.json`);
    expect(params.get('redirect_uri')).toBe(`${vault.url}/oauth/extension-callback`);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('dpop_jkt')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('authorization_details')).toContain('dpv:ServicePersonalisation');
    expect(await status(ext.local)).toMatchObject({
      state: 'paired',
      issuer: vault.url,
      webid: `${vault.url}/pods/noor/profile#me`,
    });
    const session = await ext.connection.session();
    expect(session?.storage).toBe(`${vault.url}/pods/noor/`);
    expect(session?.key.privateKey.extractable).toBe(false);
    expect(Object.keys(session ?? {})).not.toContain('verifier');
  });

  it('ignores a callback with another state, and reports a denial', async () => {
    const ext = extension();
    await startPairing(vault.url, ext.deps);
    const forged = `${vault.url}/oauth/extension-callback?code=x&state=forged&iss=${encodeURIComponent(vault.url)}`;
    expect(await finishPairing(7, forged, ext.deps)).toBe(false);
    expect((await status(ext.local)).state).toBe('pending');
    const decided = await decideInVault(ext.opened.at(-1)!, owner, { decision: 'deny' });
    expect(await finishPairing(7, decided.location, ext.deps)).toBe(true);
    expect(await status(ext.local)).toMatchObject({ state: 'failed', error: 'access_denied' });
  });
});

describe('syncing records', () => {
  it('sends queued visits and feedback, keeps them queued while offline, and refreshes tokens', async () => {
    const ext = extension();
    await pair(ext);
    await ext.local.set({
      [PROFILE_KEY]: {
        interests: [],
        browsing: [
          {
            id: 'visit-1',
            itemId: 'book-2',
            title: 'Harry Potter',
            terms: ['fantasy'],
            origin: SITE,
            time: TIME,
            url: `${SITE}/boek/book-2`,
          },
        ],
        feedback: [
          {
            id: 'feedback-1',
            kind: 'wow',
            itemId: 'book-7',
            title: 'Earthsea',
            terms: ['fantasy'],
            wasSurprise: true,
            origin: SITE,
            time: TIME,
            synced: false,
          },
          {
            id: 'feedback-2',
            kind: 'impression',
            itemId: 'book-8',
            title: 'Dune',
            terms: [],
            wasSurprise: false,
            origin: SITE,
            time: TIME,
            synced: false,
          },
        ],
      },
    });
    const sync = syncOf(ext);

    ext.online.value = false;
    expect(await sync()).toEqual({ sent: 0, dropped: 0, queued: 3 });
    expect((await status(ext.local)).error).toBe('Failed to fetch');

    // Back online, after the access token ended: refreshed (rotated), then both records sent.
    ext.online.value = true;
    const before = await ext.connection.session();
    ext.clock.now += 10 * 60_000;
    expect(await sync()).toEqual({ sent: 3, dropped: 0, queued: 0 });
    const after = await ext.connection.session();
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    expect(after?.accessToken).not.toBe(before?.accessToken);

    const clientId = `${vault.url}/oauth/clients/verwonder-extension.json`;
    expect(await podRecords('browsing')).toEqual([
      expect.objectContaining({
        item: expect.objectContaining({ id: 'book-2' }),
        source: expect.objectContaining({ type: 'client', clientId }),
      }),
    ]);
    // Both kinds arrive (the pod lists them in its own order).
    expect((await podRecords('feedback')).map((record) => record.data.kind).sort()).toEqual([
      'impression',
      'wow',
    ]);
    const profile = parseProfile((await ext.local.get(PROFILE_KEY))[PROFILE_KEY]);
    expect(profile.browsing.every((visit) => visit.synced)).toBe(true);
    // The reaction stays (it steers the ranking); the sent impression leaves the device.
    expect(profile.feedback.map((entry) => [entry.id, entry.synced])).toEqual([
      ['feedback-1', true],
    ]);
    expect(await status(ext.local)).toMatchObject({ state: 'paired', queued: 0 });
    expect((await status(ext.local)).error).toBeUndefined();
    // Nothing left: a second sync sends nothing.
    expect(await sync()).toEqual({ sent: 0, dropped: 0, queued: 0 });
  });
});

describe('withdrawing a reaction', () => {
  it('deletes its record in the pod, and a replaced one too: one choice per suggestion (review finding: badge disappears on Goed idee)', async () => {
    const ext = extension();
    await pair(ext);
    const sync = syncOf(ext);
    const reaction = (id: string, kind: 'thumbs-up' | 'wow') => ({
      id,
      kind,
      itemId: 'book-31',
      title: 'The Hobbit',
      terms: [],
      wasSurprise: false,
      origin: SITE,
      time: TIME,
      synced: false,
    });
    const profile = async () => parseProfile((await ext.local.get(PROFILE_KEY))[PROFILE_KEY]);
    const onBook = async () =>
      (await podRecords('feedback'))
        .filter((record) => record.item?.id === 'book-31')
        .map((record) => record.data.kind);
    await ext.local.set({
      [PROFILE_KEY]: withFeedback(await profile(), reaction('r-1', 'thumbs-up')),
    });
    await sync();
    expect(await onBook()).toEqual(['thumbs-up']);
    // Another button replaces it: the pod keeps only the new choice.
    await ext.local.set({ [PROFILE_KEY]: withFeedback(await profile(), reaction('r-2', 'wow')) });
    expect((await sync()).queued).toBe(0);
    expect(await onBook()).toEqual(['wow']);
    // Pressed again: withdrawn, in the pod too.
    const target = { itemId: 'book-31', origin: SITE };
    await ext.local.set({ [PROFILE_KEY]: withoutReaction(await profile(), target) });
    expect(await status(ext.local)).toMatchObject({ state: 'paired' });
    expect((await sync()).queued).toBe(0);
    expect(await onBook()).toEqual([]);
    expect((await profile()).withdrawals ?? []).toEqual([]);
  });
});

const ownerWrite = (category: string, record: object, time = TIME) =>
  fetch(`${vault.url}/pods/noor/${category}/`, {
    method: 'POST',
    headers: {
      cookie: owner.cookie,
      'x-csrf-token': owner.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ category, time, source: { type: 'person' }, ...record }),
  });

describe('unpairing', () => {
  it('revokes the grant at the vault (RFC 7009), then forgets the tokens', async () => {
    const ext = extension();
    await pair(ext);
    const session = (await ext.connection.session())!;
    await unpair(ext.deps);
    expect(await ext.connection.session()).toBeUndefined();
    expect(await status(ext.local)).toEqual({ state: 'unpaired' });
    // The vault no longer honours the refresh token: the grant has ended.
    await expect(refreshSession(session)).rejects.toThrow(/invalid_grant/);
  });

  it('still forgets when the vault cannot be reached, and says the grant may still hold', async () => {
    const ext = extension();
    await pair(ext);
    ext.online.value = false;
    await unpair(ext.deps);
    expect(await ext.connection.session()).toBeUndefined();
    expect(await status(ext.local)).toMatchObject({
      state: 'unpaired',
      error: 'revocation_failed',
    });
  });
});

describe('the vault as form input', () => {
  it('reads the newest value of each profile field, with profile:read', async () => {
    expect(
      (await ownerWrite('profile', { data: { name: 'Noor Oud', postalCode: '2000' } }, TIME))
        .status,
    ).toBe(201);
    expect(
      (
        await ownerWrite(
          'profile',
          { data: { name: 'Noor Janssens', email: 'noor@example.be' } },
          new Date(Date.parse(TIME) + 86_400_000).toISOString(),
        )
      ).status,
    ).toBe(201);
    const ext = extension();
    await pair(ext);
    expect(await readProfileFields(ext.connection)).toEqual({
      name: 'Noor Janssens',
      email: 'noor@example.be',
      postalCode: '2000',
    });
    // Unpaired: nothing.
    expect(await readProfileFields(extension().connection)).toEqual({});
  });
});

describe('the vault as ranking input', () => {
  it('reads the granted categories into an AES-GCM cache that only this session can read', async () => {
    expect(
      (await ownerWrite('interests', { data: { themeIds: [], genres: ['jazz'], media: [] } }))
        .status,
    ).toBe(201);
    expect(
      (
        await ownerWrite('loans', {
          item: { id: 'book-9', title: 'Dune', kind: 'book', genres: ['science fiction'] },
          data: { action: 'borrowed' },
        })
      ).status,
    ).toBe(201);

    const ext = extension();
    await pair(ext);
    const session = memoryStorageArea();
    const db = dbs.get(ext.local)!;
    const cache = new EncryptedCache(db, session);
    // Besides these two, the browsing and feedback records the tests above sent (all granted).
    expect(await refreshVaultTaste(ext.connection, cache)).toBeGreaterThanOrEqual(2);
    expect((await cachedVaultTaste(cache, ['interests', 'loans'])).map((r) => r.terms)).toEqual([
      ['jazz'],
      ['science fiction'],
    ]);
    // The limited mode allows stated interests only.
    expect((await cachedVaultTaste(cache, ['interests'])).map((r) => r.category)).toEqual([
      'interests',
    ]);
    // On disk only ciphertext; a new browser session (no key in storage.session) reads nothing.
    const sealed = (await db.get('cache/vault-taste')) as { data: ArrayBuffer };
    expect(new TextDecoder().decode(sealed.data)).not.toContain('jazz');
    const afterRestart = new EncryptedCache(db, memoryStorageArea());
    expect(await cachedVaultTaste(afterRestart, ['interests', 'loans'])).toEqual([]);
  });

  it('leaves out a category the person keeps out of personalisation in the vault', async () => {
    const ext = extension();
    await pair(ext);
    const cache = new EncryptedCache(dbs.get(ext.local)!, memoryStorageArea());
    const personalise = (personalised: boolean) =>
      fetch(`${vault.url}/pods/noor/personalisation/loans`, {
        method: 'PUT',
        headers: {
          cookie: owner.cookie,
          'x-csrf-token': owner.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ personalised }),
      });
    expect((await personalise(false)).status).toBe(200);
    await refreshVaultTaste(ext.connection, cache);
    expect(await cachedVaultTaste(cache, ['loans'])).toEqual([]);
    expect((await cachedVaultTaste(cache, ['interests'])).length).toBeGreaterThan(0);
    // Switched back on: the next refresh (the container changed, so no 304) brings the loans back.
    expect((await personalise(true)).status).toBe(200);
    await refreshVaultTaste(ext.connection, cache);
    expect((await cachedVaultTaste(cache, ['loans'])).map((r) => r.itemId)).toContain('book-9');
  });

  it("follows the container's pages, so the newest of many loans count too", async () => {
    for (let i = 0; i < 210; i++) {
      // A minute apart, all older than TIME's loan.
      const time = new Date(Date.parse(TIME) - 300 * 86_400_000 + i * 60_000).toISOString();
      const item = { id: `book-${1000 + i}`, title: `Boek ${i}`, kind: 'book', genres: ['poetry'] };
      expect((await ownerWrite('loans', { item, data: { action: 'borrowed' } }, time)).status).toBe(
        201,
      );
    }
    const ext = extension();
    await pair(ext);
    const cache = new EncryptedCache(dbs.get(ext.local)!, memoryStorageArea());
    await refreshVaultTaste(ext.connection, cache);
    const loans = await cachedVaultTaste(cache, ['loans']);
    expect(loans.map((loan) => loan.itemId)).toEqual(
      expect.arrayContaining(['book-9', 'book-1209']),
    );
  });
});

/**
 * The extension's hold on its vault grant, with the real pairing, connection and cache code against
 * a real vault with the OAuth router (wired as background/index.ts wires them): the grant ended in
 * the vault ends the pairing, a second "Verbinden" never hides or orphans the first, and pairing
 * talks only to the vault the person typed. The browser side is test/extension-access-ended.browser.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PROFILE_KEY } from '../extension/src/control/local-profile.ts';
import { memoryStorageArea, type StorageArea } from '../extension/src/control/storage-area.ts';
import { forgetEndedAccess } from '../extension/src/vault/access-ended.ts';
import { EncryptedCache } from '../extension/src/vault/encrypted-cache.ts';
import { memoryKeyValueDb } from '../extension/src/vault/key-value-db.ts';
import {
  finishPairing,
  startPairing,
  type PairingDeps,
} from '../extension/src/vault/pairing-flow.ts';
import {
  ACCESS_ENDED,
  ISSUER_MISMATCH,
  PAIRING_STATUS_KEY,
  PENDING_KEY_DB_KEY,
  PENDING_PAIRING_KEY,
  readPairingStatus,
} from '../extension/src/vault/pairing-state.ts';
import { reconcilePairing } from '../extension/src/vault/reconcile-pairing.ts';
import { syncRecords } from '../extension/src/vault/record-sync.ts';
import { serial } from '../extension/src/vault/serial.ts';
import { servedVaultTaste } from '../extension/src/vault/served-vault-taste.ts';
import { VaultConnection } from '../extension/src/vault/vault-connection.ts';
import {
  cachedVaultTaste,
  refreshVaultTasteChanges,
  VAULT_TASTE_VERSION_KEY,
} from '../extension/src/vault/vault-taste.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import { refreshSession } from './support/refresh-session.ts';
import { decideInVault } from '../vault-server/src/oauth/testing/test-client.ts';

// Relative to the run: a fixed date would one day be past the categories' retention, which the vault refuses.
const TIME = new Date(Date.now() - 14 * 86_400_000).toISOString();
const SITE = 'http://127.0.0.1:4801';
let vault: OAuthTestVault;
let owner: OwnerLogin;

beforeAll(async () => {
  vault = await startOAuthTestVault({ host: 'localhost' });
  owner = await vault.owner('noor');
  const written = await fetch(`${vault.url}/pods/noor/loans/`, {
    method: 'POST',
    headers: {
      cookie: owner.cookie,
      'x-csrf-token': owner.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      category: 'loans',
      time: TIME,
      source: { type: 'person' },
      item: { id: 'book-9', title: 'Dune', kind: 'book', genres: ['science fiction'] },
      data: { action: 'borrowed' },
    }),
  });
  expect(written.status).toBe(201);
});
afterAll(async () => vault?.close());

/** The extension's parts in memory, the connection told about an ended grant as in the worker. */
function extension(fetcher: typeof fetch = (input, init) => fetch(input, init)) {
  const local = memoryStorageArea();
  const db = memoryKeyValueDb();
  const cache = new EncryptedCache(db, memoryStorageArea());
  const connection = new VaultConnection({
    db,
    fetch: fetcher,
    now: () => Date.now(),
    onGrantEnded: (ended) =>
      forgetEndedAccess({ local, cache, fetch: fetcher, now: () => Date.now() }, ended),
  });
  const opened: string[] = [];
  const deps: PairingDeps = {
    local,
    session: memoryStorageArea(),
    db,
    connection,
    fetch: fetcher,
    now: () => Date.now(),
    openTab: async (url) => opened.push(url),
    closeTab: async () => undefined,
    language: 'nl',
  };
  return { deps, local, db, cache, connection, opened };
}
type Extension = ReturnType<typeof extension>;

async function pair(ext: Extension, decision?: 'deny') {
  await startPairing(vault.url, ext.deps);
  const decided = await decideInVault(ext.opened.at(-1)!, owner, decision ? { decision } : {});
  expect(await finishPairing(7, decided.location, ext.deps)).toBe(true);
}

interface GrantView {
  id: string;
  status: string;
}
/** The pod's active grants to the extension, as its owner lists them. */
async function activeExtensionGrants(): Promise<GrantView[]> {
  const response = await fetch(`${vault.url}/pods/noor/grants`, {
    headers: { cookie: owner.cookie, accept: 'application/json' },
  });
  const { grants } = (await response.json()) as { grants: GrantView[] };
  return grants.filter(
    (grant) => grant.status === 'active' && JSON.stringify(grant).includes('verwonder-extension'),
  );
}

const endInVault = async (id: string) => {
  const response = await fetch(`${vault.url}/pods/noor/grants/${id}`, {
    method: 'DELETE',
    headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken },
  });
  expect(response.status).toBe(204);
};

const queueVisit = (local: StorageArea, id: string) =>
  local.set({
    [PROFILE_KEY]: {
      interests: [],
      browsing: [
        {
          id,
          itemId: 'book-1',
          title: 'Mijn boek',
          terms: [],
          origin: SITE,
          time: TIME,
          url: `${SITE}/boek/book-1`,
          synced: false,
        },
      ],
      feedback: [],
    },
  });
const sync = (ext: Extension) =>
  syncRecords({
    local: ext.local,
    connection: ext.connection,
    exclusive: serial(),
    now: () => new Date(),
  });

describe('the grant ended in the vault', () => {
  it('unpairs with the reason, wipes and serves nothing of the vault (review finding: ending the access in the vault did not stop the extension)', async () => {
    const ext = extension();
    await pair(ext);
    await refreshVaultTasteChanges(ext.connection, ext.cache);
    expect((await cachedVaultTaste(ext.cache, ['loans'])).map((r) => r.itemId)).toContain('book-9');
    const session = (await ext.connection.session())!;

    // The person ends the extension's access under "Verbindingen" in the vault.
    for (const grant of await activeExtensionGrants()) await endInVault(grant.id);
    // The next read (a page's ask or the alarm): the vault refuses, the pairing ends with it.
    await expect(refreshVaultTasteChanges(ext.connection, ext.cache)).rejects.toThrow(
      /ended the extension/,
    );
    expect(await ext.connection.session()).toBeUndefined();
    expect(await readPairingStatus(ext.local)).toEqual({
      state: 'unpaired',
      issuer: vault.url,
      error: ACCESS_ENDED,
    });
    expect(await cachedVaultTaste(ext.cache, ['loans', 'interests'])).toEqual([]);
    expect((await ext.local.get(VAULT_TASTE_VERSION_KEY))[VAULT_TASTE_VERSION_KEY]).toEqual(
      expect.any(Number),
    );
    expect(await servedVaultTaste(ext, ['loans'])).toEqual([]);
    // The refresh token it held is dead at the vault.
    await expect(refreshSession(session)).rejects.toThrow(/invalid_grant/);
  });

  it('keeps the pairing through a vault that is down or a pod that answers 401 with a fresh token (review finding: a 401 that is not about the grant ended the pairing and revoked a live grant)', async () => {
    const refuse = { pod: false, token: false };
    const ext = extension(async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (refuse.token && url.endsWith('/oauth/token')) return new Response('', { status: 503 });
      if (refuse.pod && url.startsWith(`${vault.url}/pods/`))
        return Response.json({ code: 'invalid_token' }, { status: 401 });
      return fetch(input, init);
    });
    await pair(ext);
    // A vault that cannot refresh now (503) is no ending: still paired, the error passes.
    refuse.pod = true;
    refuse.token = true;
    await expect(ext.connection.request('GET', 'loans/')).rejects.toThrow(/http_503/);
    expect((await readPairingStatus(ext.local)).state).toBe('paired');
    expect(await ext.connection.session()).toBeDefined();
    // A refresh that works, and the pod still says 401 (a proxy, two vault processes' clocks): the
    // grant was active a moment ago, so the answer passes as a failed request and nothing ends.
    refuse.token = false;
    expect((await ext.connection.request('GET', 'loans/')).status).toBe(401);
    expect((await readPairingStatus(ext.local)).state).toBe('paired');
    expect(await activeExtensionGrants()).toHaveLength(1);
    // Once the pod answers again, reads go on with the same pairing.
    refuse.pod = false;
    expect((await ext.connection.request('GET', 'loans/')).status).toBe(200);
    for (const grant of await activeExtensionGrants()) await endInVault(grant.id);
  });

  it('serves no cached vault record unless paired (review finding: ending the access in the vault did not stop the extension)', async () => {
    const ext = extension();
    await pair(ext);
    await refreshVaultTasteChanges(ext.connection, ext.cache);
    expect((await servedVaultTaste(ext, ['loans'])).length).toBeGreaterThan(0);
    await ext.local.set({ [PAIRING_STATUS_KEY]: { state: 'unpaired' } });
    expect(await servedVaultTaste(ext, ['loans'])).toEqual([]);
    for (const grant of await activeExtensionGrants()) await endInVault(grant.id);
  });
});

describe('a second "Verbinden"', () => {
  it('denied, it leaves the pairing in place and shown, with the attempt beside it; accepted, it ends the old grant at the vault (review finding: a second pairing attempt hid a live connection)', async () => {
    const ext = extension();
    await pair(ext);
    const first = (await ext.connection.session())!;
    expect(await activeExtensionGrants()).toHaveLength(1);

    // Pressed again: paired meanwhile, the new attempt pending beside it.
    await startPairing(vault.url, ext.deps);
    expect(await readPairingStatus(ext.local)).toMatchObject({
      state: 'paired',
      attempt: { state: 'pending', issuer: vault.url },
    });
    const decided = await decideInVault(ext.opened.at(-1)!, owner, { decision: 'deny' });
    expect(await finishPairing(7, decided.location, ext.deps)).toBe(true);
    // Denied: still paired (so "Ontkoppelen" shows), the failure said beside it.
    expect(await readPairingStatus(ext.local)).toMatchObject({
      state: 'paired',
      issuer: vault.url,
      attempt: { state: 'failed', error: 'access_denied' },
    });
    expect((await ext.connection.session())?.accessToken).toBe(first.accessToken);
    // Sync and reads go on through the same gate.
    await queueVisit(ext.local, 'visit-repair');
    expect(await sync(ext)).toMatchObject({ sent: 1, queued: 0 });

    // Accepted once more: the new grant replaces the old one, which the vault no longer honours.
    await pair(ext);
    const status = await readPairingStatus(ext.local);
    expect(status).toMatchObject({ state: 'paired', issuer: vault.url });
    expect(status.attempt).toBeUndefined();
    expect(await activeExtensionGrants()).toHaveLength(1);
    const current = (await ext.connection.session())!;
    expect(current.refreshToken).not.toBe(first.refreshToken);
    await expect(refreshSession(first)).rejects.toThrow(/invalid_grant/);
    await queueVisit(ext.local, 'visit-after-repair');
    expect(await sync(ext)).toMatchObject({ sent: 1, queued: 0 });
    for (const grant of await activeExtensionGrants()) await endInVault(grant.id);
  });

  it('pairing in a second browser leaves the first browser’s grant working (one grant per browser)', async () => {
    const laptop = extension();
    const phone = extension();
    await pair(laptop);
    await pair(phone);
    // The vault replaces a site's earlier grant when the person approves it again, but not the
    // extension's: each browser holds its own, with its own key.
    expect(await activeExtensionGrants()).toHaveLength(2);
    for (const ext of [laptop, phone]) {
      await queueVisit(ext.local, `visit-${ext === laptop ? 'laptop' : 'phone'}`);
      expect(await sync(ext)).toMatchObject({ sent: 1, queued: 0 });
    }
    for (const grant of await activeExtensionGrants()) await endInVault(grant.id);
  });

  it('mends a status that hid a stored session, when the worker starts (review finding: a second pairing attempt hid a live connection)', async () => {
    const ext = extension();
    await pair(ext);
    // What the earlier version left after a denied second attempt.
    await ext.local.set({
      [PAIRING_STATUS_KEY]: { state: 'failed', issuer: vault.url, error: 'access_denied' },
    });
    await reconcilePairing(ext);
    expect(await readPairingStatus(ext.local)).toMatchObject({
      state: 'paired',
      issuer: vault.url,
      webid: `${vault.url}/pods/noor/profile#me`,
    });
    await ext.connection.forget();
    await reconcilePairing(ext);
    expect(await readPairingStatus(ext.local)).toEqual({ state: 'unpaired' });
    for (const grant of await activeExtensionGrants()) await endInVault(grant.id);
  });
});

describe('the vault the person typed', () => {
  const EVIL = 'http://evil.test';
  /** Answers for evil.test as `answer` says; everything else goes to the real network. */
  const spying = (answer: (url: string, init?: RequestInit) => Promise<Response>) => {
    const seen: string[] = [];
    const fetcher: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith(EVIL)) return fetch(input, init);
      seen.push(`${init?.method ?? 'GET'} ${url} ${init?.body ? String(init.body) : ''}`);
      return answer(url, init);
    };
    return { seen, fetcher };
  };
  const realMetadata = async () =>
    (await (await fetch(`${vault.url}/.well-known/oauth-authorization-server`)).json()) as Record<
      string,
      string
    >;

  const expectNothingStored = async (ext: Extension) => {
    expect(ext.opened).toEqual([]);
    expect((await ext.deps.session.get(PENDING_PAIRING_KEY))[PENDING_PAIRING_KEY]).toBeUndefined();
    expect(await ext.db.get(PENDING_KEY_DB_KEY)).toBeUndefined();
    expect(await ext.connection.session()).toBeUndefined();
    expect(await readPairingStatus(ext.local)).toMatchObject({
      state: 'failed',
      error: ISSUER_MISMATCH,
    });
  };

  it('refuses metadata that names another issuer (review finding: a typed vault address whose metadata names another issuer was accepted)', async () => {
    const { seen, fetcher } = spying(async () =>
      Response.json({ ...(await realMetadata()), token_endpoint: `${EVIL}/token` }),
    );
    const ext = extension(fetcher);
    await startPairing(EVIL, ext.deps);
    await expectNothingStored(ext);
    expect(seen).toEqual([`GET ${EVIL}/.well-known/oauth-authorization-server `]);
  });

  it('refuses endpoints away from the issuer, even when it names itself (review finding: a typed vault address whose metadata names another issuer was accepted)', async () => {
    for (const member of [
      'authorization_endpoint',
      'token_endpoint',
      'revocation_endpoint',
      'pushed_authorization_request_endpoint',
    ]) {
      const { fetcher } = spying(async () =>
        Response.json({
          issuer: EVIL,
          authorization_endpoint: `${EVIL}/oauth/authorize`,
          token_endpoint: `${EVIL}/oauth/token`,
          [member]: `${vault.url}/oauth/elsewhere`,
        }),
      );
      const ext = extension(fetcher);
      await startPairing(`${EVIL}/`, ext.deps);
      await expectNothingStored(ext);
    }
  });

  it('keeps no tokens whose pod lies on another origin (review finding: a typed vault address whose metadata names another issuer was accepted)', async () => {
    const ext = extension(async (input, init) => {
      const response = await fetch(input, init);
      const url = String(input instanceof Request ? input.url : input);
      if (!url.endsWith('/oauth/token') || !response.ok) return response;
      const tokens = (await response.json()) as Record<string, unknown>;
      return Response.json({ ...tokens, storage: `${EVIL}/pods/noor/` });
    });
    await startPairing(vault.url, ext.deps);
    const decided = await decideInVault(ext.opened.at(-1)!, owner);
    expect(await finishPairing(7, decided.location, ext.deps)).toBe(true);
    expect(await ext.connection.session()).toBeUndefined();
    expect(await readPairingStatus(ext.local)).toMatchObject({
      state: 'failed',
      error: ISSUER_MISMATCH,
    });
    // The grant it was given is ended at once.
    expect(await activeExtensionGrants()).toEqual([]);
  });
});

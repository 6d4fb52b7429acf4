/**
 * What the extension reads from the vault for ranking follows the person's switches: only the
 * categories some site may use now (control/categories-in-use.ts), nothing while the mode is off,
 * and what is cached of a category no site may use any more is dropped. Against the real OAuth test
 * vault: its audit log shows every listing the extension made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { categoriesInUse } from '../extension/src/control/categories-in-use.ts';
import { CATEGORY_IDS } from '../extension/src/control/categories.ts';
import { parseSettings } from '../extension/src/control/settings.ts';
import { memoryStorageArea } from '../extension/src/control/storage-area.ts';
import { EncryptedCache } from '../extension/src/vault/encrypted-cache.ts';
import { memoryKeyValueDb } from '../extension/src/vault/key-value-db.ts';
import { finishPairing, startPairing } from '../extension/src/vault/pairing-flow.ts';
import { VaultConnection } from '../extension/src/vault/vault-connection.ts';
import { cachedVaultTaste, refreshVaultTasteChanges } from '../extension/src/vault/vault-taste.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import { decideInVault } from '../vault-server/src/oauth/testing/test-client.ts';

const LIBRARY = 'http://127.0.0.1:4801';
const AGENDA = 'http://127.0.0.1:4802';
const ORIGINS = [LIBRARY, AGENDA];
// Relative to the run: a fixed date would one day be past the loans' retention, which the vault refuses.
const TIME = new Date(Date.now() - 14 * 86_400_000).toISOString();

let vault: OAuthTestVault;
let owner: OwnerLogin;

async function write(category: string, body: Record<string, unknown>) {
  const response = await fetch(`${vault.url}/pods/noor/${category}/`, {
    method: 'POST',
    headers: {
      cookie: owner.cookie,
      'x-csrf-token': owner.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ category, time: TIME, source: { type: 'person' }, ...body }),
  });
  expect(response.status).toBe(201);
}

beforeAll(async () => {
  vault = await startOAuthTestVault({ host: 'localhost' });
  owner = await vault.owner('noor');
  await write('loans', {
    item: { id: 'book-9', title: 'Dune', kind: 'book', genres: ['science fiction'] },
    data: { action: 'borrowed' },
  });
  await write('interests', { data: { genres: ['fantasy'] } });
});
afterAll(async () => vault?.close());

async function pairedExtension() {
  const db = memoryKeyValueDb();
  const connection = new VaultConnection({ db, fetch: (i, init) => fetch(i, init), now: Date.now });
  const opened: string[] = [];
  const deps = {
    local: memoryStorageArea(),
    session: memoryStorageArea(),
    db,
    connection,
    fetch: (i: RequestInfo | URL, init?: RequestInit) => fetch(i, init),
    now: Date.now,
    openTab: async (url: string) => void opened.push(url),
    closeTab: async () => undefined,
    language: 'nl' as const,
  };
  await startPairing(vault.url, deps);
  const decided = await decideInVault(opened.at(-1)!, owner);
  expect(await finishPairing(7, decided.location, deps)).toBe(true);
  return { connection, cache: new EncryptedCache(db, memoryStorageArea()) };
}

/** The containers the vault's audit log shows listed since `since` entries. */
async function listedSince(since: number): Promise<{ count: number; all: unknown[] }> {
  const response = await fetch(`${vault.url}/pods/noor/audit?limit=1000`, {
    headers: { cookie: owner.cookie },
  });
  const { entries } = (await response.json()) as { entries: unknown[] };
  return { count: entries.length, all: entries.slice(0, entries.length - since) };
}

describe('reading the vault for ranking', () => {
  it('reads nothing while the mode is off and drops what it had (review finding: mode off still read the whole pod every 15 minutes)', async () => {
    const ext = await pairedExtension();
    const read = (stored: unknown) =>
      refreshVaultTasteChanges(
        ext.connection,
        ext.cache,
        categoriesInUse(parseSettings(stored), ORIGINS),
      );
    const unread = (await listedSince(0)).count;
    await read({});
    // The audit log does show the extension's listings.
    expect((await listedSince(0)).count).toBeGreaterThan(unread);
    const cached = async () =>
      (await cachedVaultTaste(ext.cache, CATEGORY_IDS)).map((r) => r.category).sort();
    expect(await cached()).toEqual(['interests', 'loans']);

    const before = (await listedSince(0)).count;
    const allOff = Object.fromEntries(CATEGORY_IDS.map((id) => [id, false]));
    for (const stored of [{ mode: 'off' }, { mode: 'on', categories: allOff }]) {
      expect(await read(stored)).toEqual({ count: 0, changed: expect.any(Boolean) });
      expect(await cached()).toEqual([]);
    }
    const after = await listedSince(before);
    expect(after.count - before, JSON.stringify(after.all)).toBe(0);
  });

  it('reads only the categories some site may use (review finding: mode off still read the whole pod every 15 minutes)', async () => {
    const ext = await pairedExtension();
    const cachedAfter = async (stored: unknown) => {
      await refreshVaultTasteChanges(
        ext.connection,
        ext.cache,
        categoriesInUse(parseSettings(stored), ORIGINS),
      );
      return (await cachedVaultTaste(ext.cache, CATEGORY_IDS)).map((r) => r.category).sort();
    };
    expect(await cachedAfter({})).toEqual(['interests', 'loans']);
    expect(await cachedAfter({ categories: { loans: false } })).toEqual(['interests']);
    expect(await cachedAfter({ mode: 'limited' })).toEqual(['interests']);
    // Stopped on one site, still used on the other; stopped on both, used nowhere.
    const stopped = { disabledCategories: ['loans'] };
    expect(await cachedAfter({ sites: { [LIBRARY]: stopped } })).toEqual(['interests', 'loans']);
    expect(await cachedAfter({ sites: { [LIBRARY]: stopped, [AGENDA]: stopped } })).toEqual([
      'interests',
    ]);
    expect(
      await cachedAfter({ sites: { [LIBRARY]: { enabled: false }, [AGENDA]: stopped } }),
    ).toEqual(['interests']);
  });

  it("reads the person's own words as theirs, only while interests may be used (review finding: the extension ignores the person's own words)", async () => {
    await write('interests', { data: { words: ['Rubens', 'geschiedenis van Antwerpen'] } });
    const ext = await pairedExtension();
    const wordsAfter = async (stored: unknown) => {
      await refreshVaultTasteChanges(
        ext.connection,
        ext.cache,
        categoriesInUse(parseSettings(stored), ORIGINS),
      );
      return (await cachedVaultTaste(ext.cache, CATEGORY_IDS))
        .filter((record) => record.ownWord)
        .map((record) => [record.category, record.label]);
    };
    // Kept apart from the stated terms (through the encrypted cache), as typed.
    expect(await wordsAfter({})).toEqual([
      ['interests', 'Rubens'],
      ['interests', 'geschiedenis van Antwerpen'],
    ]);
    expect(await wordsAfter({ mode: 'limited' })).toHaveLength(2);
    // Interests switched off, everywhere or on every site, or the mode off: no word is read.
    expect(await wordsAfter({ categories: { interests: false } })).toEqual([]);
    const stopped = { disabledCategories: ['interests'] };
    expect(await wordsAfter({ sites: { [LIBRARY]: stopped, [AGENDA]: stopped } })).toEqual([]);
    expect(await wordsAfter({ mode: 'off' })).toEqual([]);
  });
});

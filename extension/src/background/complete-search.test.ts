import { describe, expect, it } from 'vitest';

import { PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import type { MessageSender } from '../messaging/sender-check.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const AGENDA = 'http://127.0.0.1:4802';
const CONTENT: MessageSender = { id: EXTENSION_ID, url: `${AGENDA}/`, tab: { id: 3 }, frameId: 0 };
const POPUP: MessageSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/popup.html`,
};
const LOAN: TasteRecord = {
  id: 'loan-1',
  category: 'loans',
  label: 'Thrillerboek',
  terms: ['1.7.15.0.0'],
};

async function deps(settings: object, interests: string[] = []): Promise<BackgroundDeps> {
  const local = memoryStorageArea();
  await local.set({
    [SETTINGS_KEY]: settings,
    [PROFILE_KEY]: { interests, browsing: [], feedback: [] },
  });
  return {
    version: '0.1.0',
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
    supportedOrigins: new Set([AGENDA]),
    local,
    session: memoryStorageArea(),
    now: () => new Date('2026-11-28T12:00:00Z'),
    newId: () => '1',
    vaultTaste: async (allowed) => (allowed.includes('loans') ? [LOAN] : []),
  };
}

const complete = (text: string) => ({ type: 'verwonder/complete', text, site: 'agenda' });
const labels = (response: unknown) =>
  (response as { completions: { label: string }[] }).completions.map((c) => c.label);

describe('verwonder/complete', () => {
  it('ranks by the local interests and the vault records allowed on the site', async () => {
    const on = await deps({}, ['jazz']);
    expect(labels(await handleRuntimeMessage(complete('ja'), CONTENT, on))[0]).toBe('Jazz');
    // The vault's loan (a thriller) lifts Thriller above Theater.
    expect(labels(await handleRuntimeMessage(complete('th'), CONTENT, on))[0]).toBe('Thriller');
  });

  it('uses stated interests only in the limited mode, and nothing when off', async () => {
    const limited = await deps({ mode: 'limited' });
    const [first] = (
      (await handleRuntimeMessage(complete('th'), CONTENT, limited)) as {
        completions: { why: string }[];
      }
    ).completions;
    expect(first?.why).toBe('');
    for (const settings of [{ mode: 'off' }, { sites: { [AGENDA]: { enabled: false } } }])
      expect(await handleRuntimeMessage(complete('ja'), CONTENT, await deps(settings))).toEqual({
        completions: [],
      });
  });

  it('answers only a content script, and only a well-formed request', async () => {
    const on = await deps({}, ['jazz']);
    expect(await handleRuntimeMessage(complete('ja'), POPUP, on)).toBeUndefined();
    expect(
      await handleRuntimeMessage({ ...complete('ja'), site: 'elsewhere' }, CONTENT, on),
    ).toBeUndefined();
    expect(await handleRuntimeMessage(complete('x'.repeat(101)), CONTENT, on)).toBeUndefined();
  });
});

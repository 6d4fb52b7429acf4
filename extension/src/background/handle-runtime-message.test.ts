import { describe, expect, it } from 'vitest';

import { parseProfile, PROFILE_KEY } from '../control/local-profile.ts';
import { parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import type { MessageSender } from '../messaging/sender-check.ts';
import { PAIRING_STATUS_KEY } from '../vault/pairing-status.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const LIBRARY = 'http://127.0.0.1:4801';

function deps(local = memoryStorageArea()): BackgroundDeps {
  return {
    version: '0.1.0',
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    supportedOrigins: new Set([LIBRARY]),
    local,
    session: memoryStorageArea(),
    now: () => new Date('2026-11-28T12:00:00Z'),
    newId: () => '1',
  };
}

const CONTENT: MessageSender = {
  id: EXTENSION_ID,
  url: `${LIBRARY}/?q=x`,
  tab: { id: 7 },
  frameId: 0,
};
const POPUP: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/popup.html` };

describe('handleRuntimeMessage', () => {
  it('answers a ping from a content script or an extension page', async () => {
    for (const sender of [CONTENT, POPUP]) {
      expect(await handleRuntimeMessage({ type: 'verwonder/ping' }, sender, deps())).toEqual({
        type: 'verwonder/pong',
        version: '0.1.0',
      });
    }
  });

  it.each([null, 'ping', {}, { type: 'other/ping' }, { type: 'verwonder/ping', extra: 1 }])(
    'ignores the malformed message %j',
    async (message) => {
      expect(await handleRuntimeMessage(message, CONTENT, deps())).toBeUndefined();
    },
  );

  it.each([
    ['another extension', { ...CONTENT, id: 'other' }],
    ['an unsupported site', { ...CONTENT, url: 'https://evil.example/' }],
    ['an iframe', { ...CONTENT, frameId: 3 }],
    ['no tab', { ...CONTENT, tab: undefined }],
  ])('ignores messages from %s', async (_label, sender) => {
    const message = { type: 'verwonder/stop-category', category: 'loans' };
    expect(await handleRuntimeMessage(message, sender, deps())).toBeUndefined();
  });

  it('stores a page report for the sender tab, readable only by extension pages', async () => {
    const d = deps();
    const places = [{ kind: 'relevant', itemId: 'book-1', title: 'X', categories: ['interests'] }];
    const report = { type: 'verwonder/page-report', places, obscured: false };
    expect(await handleRuntimeMessage(report, CONTENT, d)).toEqual({ ok: true });
    const ask = { type: 'verwonder/get-page-report', tabId: 7 };
    expect(await handleRuntimeMessage(ask, CONTENT, d)).toBeUndefined();
    expect(await handleRuntimeMessage(ask, POPUP, d)).toEqual({
      places,
      obscured: false,
      origin: LIBRARY,
    });
    // A popup cannot file a report in a tab's name.
    expect(await handleRuntimeMessage(report, POPUP, d)).toBeUndefined();
  });

  it("stops a category on the sender's own site only", async () => {
    const local = memoryStorageArea();
    await handleRuntimeMessage(
      { type: 'verwonder/stop-category', category: 'browsing' },
      CONTENT,
      deps(local),
    );
    const settings = parseSettings((await local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    expect(settings.sites).toEqual({
      [LIBRARY]: { enabled: true, disabledCategories: ['browsing'], capture: false },
    });
  });

  it('keeps the stored choices, and what it does not know, when it stops a category (review finding: one unknown settings field turned off into on)', async () => {
    const stored = {
      mode: 'off',
      language: 'en',
      categories: { loans: false, 'music-app': false },
    };
    const local = memoryStorageArea({ [SETTINGS_KEY]: stored });
    await handleRuntimeMessage(
      { type: 'verwonder/stop-category', category: 'browsing' },
      CONTENT,
      deps(local),
    );
    expect((await local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      ...stored,
      sites: { [LIBRARY]: { enabled: true, disabledCategories: ['browsing'], capture: false } },
    });
  });

  it('records a visit only where the person turned capture on', async () => {
    const local = memoryStorageArea();
    const visit = {
      type: 'verwonder/record-visit',
      itemId: 'book-1',
      title: 'X',
      terms: ['Fantasy'],
    };
    expect(await handleRuntimeMessage(visit, CONTENT, deps(local))).toEqual({ ok: false });
    await local.set({ [SETTINGS_KEY]: { sites: { [LIBRARY]: { capture: true } } } });
    expect(await handleRuntimeMessage(visit, CONTENT, deps(local))).toEqual({ ok: true });
    const profile = parseProfile((await local.get(PROFILE_KEY))[PROFILE_KEY]);
    expect(profile.browsing).toEqual([
      {
        id: 'visit-1',
        itemId: 'book-1',
        title: 'X',
        terms: ['Fantasy'],
        origin: LIBRARY,
        time: '2026-11-28T12:00:00.000Z',
        // The sending tab's URL (from the browser), queued for the vault's `browsing` record.
        url: CONTENT.url,
        synced: false,
      },
    ]);
  });

  it('keeps feedback queued for the vault, only where the feedback category is allowed', async () => {
    const local = memoryStorageArea();
    const feedback = {
      type: 'verwonder/feedback',
      kind: 'wow',
      itemId: 'book-1',
      title: 'X',
      terms: ['fantasy'],
      wasSurprise: true,
    };
    expect(await handleRuntimeMessage(feedback, CONTENT, deps(local))).toEqual({ ok: true });
    expect(parseProfile((await local.get(PROFILE_KEY))[PROFILE_KEY]).feedback).toEqual([
      {
        id: 'feedback-1',
        kind: 'wow',
        itemId: 'book-1',
        title: 'X',
        terms: ['fantasy'],
        wasSurprise: true,
        origin: LIBRARY,
        time: '2026-11-28T12:00:00.000Z',
        synced: false,
      },
    ]);
    // Limited mode uses no behaviour, so it records none either.
    await local.set({ [SETTINGS_KEY]: { mode: 'limited' } });
    expect(await handleRuntimeMessage(feedback, CONTENT, deps(local))).toEqual({ ok: false });
  });

  it('withdraws a reaction on a second press, only where feedback is allowed (review finding: badge disappears on Goed idee)', async () => {
    const local = memoryStorageArea();
    let queued = 0;
    const d = { ...deps(local), queued: () => void queued++ };
    const feedback = {
      type: 'verwonder/feedback',
      kind: 'thumbs-up',
      itemId: 'book-1',
      title: 'X',
      terms: [],
      wasSurprise: false,
    };
    const withdraw = { type: 'verwonder/withdraw-feedback', itemId: 'book-1' };
    expect(await handleRuntimeMessage(feedback, CONTENT, d)).toEqual({ ok: true });
    const reactions = async () =>
      parseProfile((await local.get(PROFILE_KEY))[PROFILE_KEY]).feedback.map((f) => f.kind);
    expect(await reactions()).toEqual(['thumbs-up']);
    await local.set({ [SETTINGS_KEY]: { mode: 'limited' } });
    expect(await handleRuntimeMessage(withdraw, CONTENT, d)).toEqual({ ok: false });
    expect(await reactions()).toEqual(['thumbs-up']);
    await local.set({ [SETTINGS_KEY]: { mode: 'on' } });
    expect(await handleRuntimeMessage(withdraw, CONTENT, d)).toEqual({ ok: true });
    expect(await reactions()).toEqual([]);
    // The sync is told (the vault's copy, if sent, is deleted there).
    expect(queued).toBe(2);
  });

  it('invites to state interests only someone unknown, never while the mode is off (review finding: the popup invited a paired person with personalisation off)', async () => {
    const invite = async (local: ReturnType<typeof memoryStorageArea>) => {
      // The vault's cache holds nothing while the mode is off (control/categories-in-use.ts).
      const d = { ...deps(local), vaultTaste: async () => [] };
      const answer = await handleRuntimeMessage({ type: 'verwonder/get-taste-count' }, POPUP, d);
      return (answer as { invite?: boolean }).invite;
    };
    const unknown = memoryStorageArea();
    expect(await invite(unknown)).toBe(true);
    await unknown.set({ [SETTINGS_KEY]: parseSettings({ mode: 'off' }) });
    expect(await invite(unknown)).toBe(false);

    const paired = memoryStorageArea();
    await paired.set({
      [PAIRING_STATUS_KEY]: { state: 'paired', issuer: 'http://127.0.0.1:4800' },
    });
    expect(await invite(paired)).toBe(false);
    await paired.set({ [SETTINGS_KEY]: parseSettings({ mode: 'off' }) });
    expect(await invite(paired)).toBe(false);

    const stated = memoryStorageArea();
    await stated.set({ [PROFILE_KEY]: parseProfile({ interests: ['jazz'] }) });
    expect(await invite(stated)).toBe(false);
  });

  it('pairs only when an extension page asks', async () => {
    const paired: string[] = [];
    const withPairing: BackgroundDeps = {
      ...deps(),
      vault: { pair: async (url) => void paired.push(url), unpair: async () => undefined },
    };
    const message = { type: 'verwonder/pair', vaultUrl: 'http://localhost:4800' };
    expect(await handleRuntimeMessage(message, CONTENT, withPairing)).toBeUndefined();
    expect(await handleRuntimeMessage(message, POPUP, withPairing)).toEqual({ ok: true });
    expect(paired).toEqual(['http://localhost:4800']);
    const javascript = { type: 'verwonder/pair', vaultUrl: 'javascript:alert(1)' };
    expect(await handleRuntimeMessage(javascript, POPUP, withPairing)).toBeUndefined();
  });

  it('queues impressions, clicks and dismissals in one write, after the reactions they do not replace', async () => {
    const local = memoryStorageArea();
    let queued = 0;
    const counting: BackgroundDeps = { ...deps(local), queued: () => void (queued += 1) };
    const reaction = {
      type: 'verwonder/feedback',
      kind: 'thumbs-down',
      itemId: 'book-1',
      title: 'X',
      terms: [],
      wasSurprise: false,
    };
    await handleRuntimeMessage(reaction, CONTENT, counting);
    const events = {
      type: 'verwonder/feedback-events',
      events: [
        { kind: 'impression', itemId: 'book-1', title: 'X', wasSurprise: false },
        { kind: 'impression', itemId: 'book-2', title: 'Y', wasSurprise: true },
        { kind: 'click', itemId: 'book-2', title: 'Y', wasSurprise: true },
      ],
    };
    expect(await handleRuntimeMessage(events, CONTENT, counting)).toEqual({ ok: true });
    const feedback = parseProfile((await local.get(PROFILE_KEY))[PROFILE_KEY]).feedback;
    expect(feedback.map((entry) => `${entry.kind}:${entry.itemId}`)).toEqual([
      'thumbs-down:book-1',
      'impression:book-1',
      'impression:book-2',
      'click:book-2',
    ]);
    expect(queued).toBe(2);
    // The feedback category off (here: for the whole extension) records nothing.
    const off = memoryStorageArea({ [SETTINGS_KEY]: { categories: { feedback: false } } });
    expect(await handleRuntimeMessage(events, CONTENT, deps(off))).toEqual({ ok: false });
    expect(await off.get(PROFILE_KEY)).toEqual({});
    // More than 50 per message is refused outright.
    const flood = { ...events, events: Array.from({ length: 51 }, () => events.events[0]) };
    expect(await handleRuntimeMessage(flood, CONTENT, counting)).toBeUndefined();
  });

  it('reads the profile fields for a form only for a content script, where `profile` is on', async () => {
    let reads = 0;
    const withProfile = (local = memoryStorageArea()): BackgroundDeps => ({
      ...deps(local),
      profileFields: async () => {
        reads += 1;
        return { name: 'Mira', postalCode: '2000' };
      },
    });
    const message = { type: 'verwonder/get-profile-fields' };
    expect(await handleRuntimeMessage(message, CONTENT, withProfile())).toEqual({
      fields: { name: 'Mira', postalCode: '2000' },
    });
    const stopped = memoryStorageArea({
      [SETTINGS_KEY]: { sites: { [LIBRARY]: { disabledCategories: ['profile'] } } },
    });
    expect(await handleRuntimeMessage(message, CONTENT, withProfile(stopped))).toEqual({
      fields: {},
    });
    expect(await handleRuntimeMessage(message, POPUP, withProfile())).toBeUndefined();
    expect(reads).toBe(1);
  });
});

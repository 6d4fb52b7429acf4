import { describe, expect, it } from 'vitest';

import { parseProfile, PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import { libraryMessageTest } from '../test-support/library-message-test.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';

const { LIBRARY, CONTENT, deps } = libraryMessageTest;

describe('handleRuntimeMessage: visits and feedback', () => {
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
});

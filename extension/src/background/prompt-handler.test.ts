import { Feedback } from '@verwonder/shared/model/feedback.ts';
import { describe, expect, it } from 'vitest';

import { parseProfile, PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea, type StorageArea } from '../control/storage-area.ts';
import { parsePromptState, PROMPTS_KEY } from '../insight/feedback-prompts.ts';
import type { MessageSender } from '../messaging/sender-check.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { feedbackRecord } from '../vault/record-sync.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';
import { waitingQuestion } from './prompt-handler.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const LIBRARY = 'http://127.0.0.1:4801';
const CONTENT: MessageSender = { id: EXTENSION_ID, url: `${LIBRARY}/`, tab: { id: 7 }, frameId: 0 };
const POPUP: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/popup.html` };

function setup() {
  let now = new Date('2026-11-30T10:00:00Z');
  const vault: TasteRecord[] = [];
  const local = memoryStorageArea();
  let ids = 0;
  const deps: BackgroundDeps = {
    version: '0.1.0',
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    supportedOrigins: new Set([LIBRARY]),
    local,
    session: memoryStorageArea(),
    now: () => now,
    newId: () => String(++ids),
    vaultTaste: async (allowed) => vault.filter((record) => allowed.includes(record.category)),
  };
  return { deps, vault, local, later: (iso: string) => (now = new Date(iso)) };
}

describe('the question after a conversion, through the background', () => {
  it('asks about a shown baseline suggestion once it is borrowed, and queues the answer for the pod', async () => {
    const { deps, vault, local, later } = setup();
    const shown = {
      type: 'verwonder/feedback-events',
      events: [
        {
          kind: 'impression',
          itemId: 'book-7',
          title: 'Dune',
          wasSurprise: false,
          slot: 'baseline',
        },
      ],
    };
    expect(await handleRuntimeMessage(shown, CONTENT, deps)).toEqual({ ok: true });
    expect(await handleRuntimeMessage({ type: 'verwonder/get-prompt' }, POPUP, deps)).toEqual({});
    // A content script cannot ask for it or answer it.
    expect(
      await handleRuntimeMessage({ type: 'verwonder/get-prompt' }, CONTENT, deps),
    ).toBeUndefined();

    later('2026-12-02T10:00:00Z');
    vault.push({
      id: 'vault-l1',
      category: 'loans',
      label: 'Dune',
      terms: [],
      itemId: 'book-7',
      time: '2026-12-01T15:00:00Z',
    });
    expect(await waitingQuestion(deps)).toMatchObject({ itemId: 'book-7', conversion: 'loans' });
    const { question } = (await handleRuntimeMessage(
      { type: 'verwonder/get-prompt' },
      POPUP,
      deps,
    )) as {
      question: { suggestionId: string };
    };
    expect(question.suggestionId).toBe(`${LIBRARY}#book-7#baseline`);
    const answer = {
      type: 'verwonder/answer-prompt',
      suggestionId: question.suggestionId,
      outcome: 'yes',
    };
    expect(await handleRuntimeMessage(answer, POPUP, deps)).toEqual({ ok: true });
    // Once only.
    expect(await handleRuntimeMessage(answer, POPUP, deps)).toEqual({ ok: false });
    expect(await waitingQuestion(deps)).toBeUndefined();

    const profile = parseProfile((await local.get(PROFILE_KEY))[PROFILE_KEY]);
    const queued = profile.feedback.find((entry) => entry.kind === 'answer')!;
    const record = feedbackRecord(queued);
    // What goes to the pod is valid feedback by the shared schema.
    expect(Feedback.parse(record.data)).toEqual({
      kind: 'answer',
      suggestionId: `${LIBRARY}#book-7#baseline`,
      itemId: 'book-7',
      wasSurprise: false,
      site: LIBRARY,
      slot: 'baseline',
      answer: 'yes',
    });
  });

  it('writes nothing for a dismissal, and never asks that question again', async () => {
    const { deps, vault, later } = setup();
    await handleRuntimeMessage(
      {
        type: 'verwonder/feedback-events',
        events: [{ kind: 'click', itemId: 'book-8', title: 'X', wasSurprise: true }],
      },
      CONTENT,
      deps,
    );
    vault.push({
      id: 'vault-l2',
      category: 'loans',
      label: 'X',
      terms: [],
      itemId: 'book-8',
      time: '2026-11-30T11:00:00Z',
    });
    later('2026-11-30T12:00:00Z');
    const { question } = (await handleRuntimeMessage(
      { type: 'verwonder/get-prompt' },
      POPUP,
      deps,
    )) as {
      question: { suggestionId: string };
    };
    await handleRuntimeMessage(
      {
        type: 'verwonder/answer-prompt',
        suggestionId: question.suggestionId,
        outcome: 'dismissed',
      },
      POPUP,
      deps,
    );
    expect(await handleRuntimeMessage({ type: 'verwonder/get-prompt' }, POPUP, deps)).toEqual({});
    const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
    expect(profile.feedback.some((entry) => entry.kind === 'answer')).toBe(false);
  });

  /** Dune shown on the library on 30 November, borrowed on 1 December (a loan in the vault). */
  async function shownAndBorrowed() {
    const context = setup();
    await handleRuntimeMessage(
      {
        type: 'verwonder/feedback-events',
        events: [{ kind: 'impression', itemId: 'book-7', title: 'Dune', wasSurprise: true }],
      },
      CONTENT,
      context.deps,
    );
    context.later('2026-12-02T10:00:00Z');
    context.vault.push({
      id: 'vault-l1',
      category: 'loans',
      label: 'Dune',
      terms: [],
      itemId: 'book-7',
      time: '2026-12-01T15:00:00Z',
    });
    return context;
  }
  const GET = { type: 'verwonder/get-prompt' };
  const openQuestions = async (local: StorageArea) =>
    Object.values(parsePromptState((await local.get(PROMPTS_KEY))[PROMPTS_KEY]).asked).filter(
      (entry) => entry.outcome === undefined,
    );

  it.each([
    ['globally', { categories: { loans: false } }],
    ['on the library site', { sites: { [LIBRARY]: { disabledCategories: ['loans'] } } }],
  ])(
    'never asks about a loan while loans are switched off %s (review finding: the question after a conversion used loans the person unticked and survived unpairing)',
    async (_how, settings) => {
      const { deps, local } = await shownAndBorrowed();
      await local.set({ [SETTINGS_KEY]: settings });
      expect(await waitingQuestion(deps)).toBeUndefined();
      expect(await handleRuntimeMessage(GET, POPUP, deps)).toEqual({});
    },
  );

  it('drops the open question when loans are switched off, and on unpairing (review finding: the question after a conversion used loans the person unticked and survived unpairing)', async () => {
    const { deps, local } = await shownAndBorrowed();
    const asked = (await handleRuntimeMessage(GET, POPUP, deps)) as {
      question: { suggestionId: string };
    };
    expect(asked.question.suggestionId).toBe(`${LIBRARY}#book-7`);
    await local.set({ [SETTINGS_KEY]: { categories: { loans: false } } });
    expect(await handleRuntimeMessage(GET, POPUP, deps)).toEqual({});
    expect(await openQuestions(local)).toEqual([]);
    const answer = { type: 'verwonder/answer-prompt', suggestionId: asked.question.suggestionId };
    expect(await handleRuntimeMessage({ ...answer, outcome: 'yes' }, POPUP, deps)).toEqual({
      ok: false,
    });
    const profile = parseProfile((await local.get(PROFILE_KEY))[PROFILE_KEY]);
    expect(profile.feedback.some((entry) => entry.kind === 'answer')).toBe(false);

    // Asked again once loans are on again; then "Ontkoppelen" forgets it with the vault's records.
    await local.set({ [SETTINGS_KEY]: {} });
    expect(await handleRuntimeMessage(GET, POPUP, deps)).toHaveProperty('question');
    expect(await openQuestions(local)).toHaveLength(1);
    let unpaired = false;
    const withVault = {
      ...deps,
      vault: { pair: async () => undefined, unpair: async () => void (unpaired = true) },
    };
    expect(await handleRuntimeMessage({ type: 'verwonder/unpair' }, POPUP, withVault)).toEqual({
      ok: true,
    });
    expect(unpaired).toBe(true);
    expect(await openQuestions(local)).toEqual([]);
  });
});

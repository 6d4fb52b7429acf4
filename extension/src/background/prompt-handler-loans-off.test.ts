import { describe, expect, it } from 'vitest';

import { parseProfile, PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import type { StorageArea } from '../control/storage-area.ts';
import { parsePromptState, PROMPTS_KEY } from '../insight/feedback-prompts.ts';
import { libraryMessageTest } from '../test-support/library-message-test.ts';
import { DUNE_LOAN, promptTestSetup } from '../test-support/prompt-test-setup.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';
import { waitingQuestion } from './prompt-handler.ts';

const { LIBRARY, CONTENT, POPUP } = libraryMessageTest;

describe('the question after a conversion, with loans switched off or the vault unpaired', () => {
  /** Dune shown on the library on 30 November, borrowed on 1 December (a loan in the vault). */
  async function shownAndBorrowed() {
    const context = promptTestSetup();
    await handleRuntimeMessage(
      {
        type: 'verwonder/feedback-events',
        events: [{ kind: 'impression', itemId: 'book-7', title: 'Dune', wasSurprise: true }],
      },
      CONTENT,
      context.deps,
    );
    context.later('2026-12-02T10:00:00Z');
    context.vault.push(DUNE_LOAN);
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

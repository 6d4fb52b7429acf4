import { Feedback } from '@verwonder/shared/model/feedback.ts';
import { describe, expect, it } from 'vitest';

import { parseProfile, PROFILE_KEY } from '../control/local-profile.ts';
import { libraryMessageTest } from '../test-support/library-message-test.ts';
import { DUNE_LOAN, promptTestSetup } from '../test-support/prompt-test-setup.ts';
import { feedbackRecord } from '../vault/record-sync.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';
import { waitingQuestion } from './prompt-handler.ts';

const { LIBRARY, CONTENT, POPUP } = libraryMessageTest;

describe('the question after a conversion, through the background', () => {
  it('asks about a shown baseline suggestion once it is borrowed, and queues the answer for the pod', async () => {
    const { deps, vault, local, later } = promptTestSetup();
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
    vault.push(DUNE_LOAN);
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
    const { deps, vault, later } = promptTestSetup();
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
});

import { describe, expect, it } from 'vitest';

import { INSIGHT_MESSAGES } from '../i18n/insight-messages.ts';

import {
  parsePromptState,
  pendingQuestion,
  questionWording,
  withAsked,
  withOutcome,
  withShown,
  type ShownSuggestion,
} from './feedback-prompts.ts';

const LIBRARY = 'http://127.0.0.1:4801';
const shown = (itemId: string, at: string, slot?: 'baseline'): ShownSuggestion => ({
  suggestionId: `${LIBRARY}#${itemId}${slot ? '#baseline' : ''}`,
  itemId,
  title: `Title ${itemId}`,
  origin: LIBRARY,
  wasSurprise: false,
  ...(slot ? { slot } : {}),
  at,
});
const loan = (itemId: string, time: string) => ({ category: 'loans', itemId, time });

// Monday 30 November 2026 starts ISO week 2026-W49.
const MONDAY = new Date('2026-11-30T09:00:00Z');
const WEDNESDAY = new Date('2026-12-02T09:00:00Z');
const NEXT_MONDAY = new Date('2026-12-07T09:00:00Z');

describe('the question after a conversion', () => {
  const state = withShown(
    parsePromptState(undefined),
    [shown('book-1', '2026-11-25T10:00:00Z'), shown('book-2', '2026-11-26T10:00:00Z')],
    MONDAY,
  );
  const loans = [loan('book-1', '2026-11-29T10:00:00Z'), loan('book-2', '2026-11-29T12:00:00Z')];

  it('asks only about a conversion within 14 days of being shown, and none without one', () => {
    expect(pendingQuestion(state, [], MONDAY)).toBeUndefined();
    expect(
      pendingQuestion(state, [loan('book-1', '2026-12-09T10:00:01Z')], NEXT_MONDAY),
    ).toBeUndefined();
    expect(
      pendingQuestion(
        state,
        [{ category: 'browsing', itemId: 'book-1', time: '2026-11-29T10:00:00Z' }],
        MONDAY,
      ),
    ).toBeUndefined();
    expect(pendingQuestion(state, loans, MONDAY)).toMatchObject({
      itemId: 'book-2',
      conversion: 'loans',
      convertedAt: '2026-11-29T12:00:00Z',
    });
  });

  it('keeps an open question until it is answered, then asks nothing more that ISO week', () => {
    const question = pendingQuestion(state, loans, MONDAY)!;
    const asked = withAsked(state, question, MONDAY);
    expect(pendingQuestion(asked, loans, WEDNESDAY)).toEqual(question);
    const answered = withOutcome(asked, question.suggestionId, 'yes');
    // book-1 converted too, but this week had its question.
    expect(pendingQuestion(answered, loans, WEDNESDAY)).toBeUndefined();
    // The next week: the other conversion, once.
    const next = pendingQuestion(answered, loans, NEXT_MONDAY);
    expect(next?.itemId).toBe('book-1');
    const done = withOutcome(withAsked(answered, next!, NEXT_MONDAY), next!.suggestionId, 'no');
    expect(pendingQuestion(done, loans, new Date('2026-12-14T09:00:00Z'))).toBeUndefined();
  });

  it('keeps a dismissed question dismissed: never asked again, never turned into an answer', () => {
    const question = pendingQuestion(state, loans, MONDAY)!;
    const dismissed = withOutcome(
      withAsked(state, question, MONDAY),
      question.suggestionId,
      'dismissed',
    );
    expect(withOutcome(dismissed, question.suggestionId, 'yes')).toEqual(dismissed);
    const later = pendingQuestion(dismissed, loans, NEXT_MONDAY);
    expect(later?.suggestionId).not.toBe(question.suggestionId);
    // An outcome for a question never asked changes nothing.
    expect(withOutcome(state, `${LIBRARY}#book-9`, 'yes')).toEqual(state);
  });

  it('counts the first showing, keeps a baseline slot apart, and forgets what is long past', () => {
    const again = withShown(state, [shown('book-1', '2026-11-28T10:00:00Z')], MONDAY);
    expect(again.shown.find((s) => s.itemId === 'book-1')?.at).toBe('2026-11-25T10:00:00Z');
    const both = withShown(state, [shown('book-1', '2026-11-28T10:00:00Z', 'baseline')], MONDAY);
    expect(both.shown.filter((s) => s.itemId === 'book-1')).toHaveLength(2);
    expect(withShown(state, [], new Date('2027-01-15T00:00:00Z')).shown).toEqual([]);
  });

  it('reads a malformed stored state as empty', () => {
    expect(parsePromptState({ shown: 'nonsense' })).toEqual({ shown: [], asked: {} });
  });
});

describe('the question by the mark the person saw', () => {
  it('asks about a surprise only after a "Verrassing" (review finding: good-surprise question after a "Voor jou")', () => {
    const ask = (mark: { wasSurprise: boolean; slot?: 'baseline' }, language: 'nl' | 'en') =>
      INSIGHT_MESSAGES[language][questionWording(mark)];
    expect(ask({ wasSurprise: true }, 'nl')).toBe('Was dit een goede verrassing?');
    expect(ask({ wasSurprise: true }, 'en')).toBe('Was this a good surprise?');
    expect(ask({ wasSurprise: false }, 'nl')).toBe('Was dit een goede tip voor jou?');
    expect(ask({ wasSurprise: false }, 'en')).toBe('Was this a good pick for you?');
    expect(ask({ wasSurprise: false, slot: 'baseline' }, 'nl')).toBe('Was dit een goede tip?');
    expect(ask({ wasSurprise: false, slot: 'baseline' }, 'en')).toBe('Was this a good tip?');
  });
});

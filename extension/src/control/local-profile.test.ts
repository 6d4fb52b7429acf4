import { describe, expect, it } from 'vitest';

import {
  MAX_FEEDBACK,
  parseProfile,
  rankingInputs,
  withFeedback,
  withoutReaction,
  type FeedbackKind,
  type LocalFeedback,
} from './local-profile.ts';

const entry = (id: string, kind: FeedbackKind, itemId = 'book-1'): LocalFeedback => ({
  id,
  kind,
  itemId,
  title: 'X',
  terms: [],
  wasSurprise: false,
  origin: 'http://127.0.0.1:4801',
  time: '2026-11-28T12:00:00.000Z',
  synced: false,
});

describe('withFeedback', () => {
  it('lets a reaction replace the older reaction on the item, and lets events add up', () => {
    const profile = withFeedback(
      parseProfile({}),
      entry('a', 'thumbs-up'),
      entry('b', 'impression'),
      entry('c', 'impression'),
      entry('d', 'thumbs-down'),
    );
    expect(profile.feedback.map((f) => f.id)).toEqual(['b', 'c', 'd']);
  });

  it('drops the oldest events first when full, keeping the reactions', () => {
    const events = Array.from({ length: MAX_FEEDBACK }, (_, i) => entry(`e${i}`, 'impression'));
    const full = withFeedback(parseProfile({}), entry('r', 'wow', 'book-9'), ...events);
    expect(full.feedback).toHaveLength(MAX_FEEDBACK);
    expect(full.feedback[0]?.id).toBe('r');
    expect(full.feedback.map((f) => f.id)).not.toContain('e0');
  });

  it('leaves the ranking inputs unchanged by events', () => {
    const profile = withFeedback(parseProfile({ interests: ['jazz'] }), entry('r', 'wow'));
    expect(rankingInputs(withFeedback(profile, entry('i', 'impression')))).toBe(
      rankingInputs(profile),
    );
    expect(rankingInputs(withFeedback(profile, entry('r2', 'thumbs-down')))).not.toBe(
      rankingInputs(profile),
    );
  });
});

describe('withdrawing a reaction', () => {
  const LIBRARY = 'http://127.0.0.1:4801';

  it('deletes it on the device and queues what the vault has for deletion there (review finding: badge disappears on Goed idee)', () => {
    const unsent = withFeedback(
      parseProfile({}),
      entry('a', 'thumbs-up'),
      entry('i', 'impression'),
    );
    const gone = withoutReaction(unsent, { itemId: 'book-1', origin: LIBRARY });
    expect(gone.feedback.map((f) => f.id)).toEqual(['i']);
    // Never sent: nothing to delete in the vault.
    expect(gone.withdrawals ?? []).toEqual([]);
    const sent = parseProfile({ feedback: [{ ...entry('a', 'thumbs-up'), synced: true }] });
    const withdrawn = withoutReaction(sent, { itemId: 'book-1', origin: LIBRARY });
    expect(withdrawn.feedback).toEqual([]);
    expect(withdrawn.withdrawals?.map((f) => f.id)).toEqual(['a']);
    // Another site's reaction to the same item is its own.
    expect(withoutReaction(sent, { itemId: 'book-1', origin: 'http://127.0.0.1:4802' })).toBe(sent);
  });

  it('replaces a reaction the vault has by deleting its record there too (one choice per suggestion)', () => {
    const sent = parseProfile({ feedback: [{ ...entry('a', 'thumbs-up'), synced: true }] });
    const replaced = withFeedback(sent, entry('b', 'wow'));
    expect(replaced.feedback.map((f) => f.id)).toEqual(['b']);
    expect(replaced.withdrawals?.map((f) => f.id)).toEqual(['a']);
  });
});

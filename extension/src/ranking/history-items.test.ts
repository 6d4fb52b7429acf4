import { describe, expect, it } from 'vitest';

import { historyItems, titleKey } from './history-items.ts';

describe('historyItems', () => {
  it('knows items by id, and what was borrowed by title (series note, case and accents aside)', () => {
    const had = historyItems([
      { id: 'a', category: 'loans', label: 'The Hunger Games', terms: [], itemId: 'book-1' },
      { id: 'b', category: 'loans', label: 'Het Verdriet van België', terms: [] },
      { id: 'c', category: 'browsing', label: 'Dune', terms: [], itemId: 'book-9' },
      { id: 'd', category: 'interests', label: 'Fantasy', terms: ['fantasy'] },
    ]);
    expect(had.has({ id: 'book-1', name: 'x' })).toBe(true);
    expect(had.has({ id: 'book-9', name: 'Dune' })).toBe(true);
    expect(had.has({ id: 'book-77', name: 'Het verdriet van Belgie (Dutch edition)' })).toBe(true);
    // A browsed title is not "borrowed": only its own id is in the history.
    expect(had.has({ id: 'book-10', name: 'Dune' })).toBe(false);
    expect(had.has({ id: 'book-11', name: 'Fantasy' })).toBe(false);
  });

  it('keys titles without their series note', () => {
    expect(titleKey('The Hunger Games (The Hunger Games, #1)')).toBe('the hunger games');
  });
});

import { describe, expect, it } from 'vitest';
import { matchesAllWords, normalizeText, queryWords } from './text-match.ts';

describe('text matching', () => {
  it('ignores case and diacritics', () => {
    expect(normalizeText('Zoë BRONTË')).toBe('zoe bronte');
  });
  it('splits a query into words and requires all of them', () => {
    const words = queryWords('  Harry, potter! ');
    expect(words).toEqual(['harry', 'potter']);
    expect(matchesAllWords(normalizeText('Harry Potter and the Sorcerer'), words)).toBe(true);
    expect(matchesAllWords(normalizeText('Harry Hole'), words)).toBe(false);
  });
});

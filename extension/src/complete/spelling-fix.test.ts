import { describe, expect, it } from 'vitest';

import { editDistance, fixWord } from './spelling-fix.ts';

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('thaeter', 'theater')).toBe(1);
    expect(editDistance('jaz', 'jazz')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops early past the maximum', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('fixWord', () => {
  const known = new Set(['theater', 'jazz', 'fotografie', 'muziek']);
  it('leaves a known word or a word’s start alone', () => {
    expect(fixWord('thea', known)).toBeUndefined();
    expect(fixWord('jazz', known)).toBeUndefined();
  });

  it('takes the nearest word, or the start of one while typing', () => {
    expect(fixWord('thaeter', known)).toBe('theater');
    expect(fixWord('muzeik', known)).toBe('muziek');
    expect(fixWord('fotgr', known)).toBe('fotogr');
  });

  it('does not guess for short or far words', () => {
    expect(fixWord('xy', known)).toBeUndefined();
    expect(fixWord('qqqqqq', known)).toBeUndefined();
  });
});

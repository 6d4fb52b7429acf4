import { describe, expect, it } from 'vitest';

import { INTEREST_SYNONYMS } from './interest-synonyms.ts';
import { interestVocabulary } from './interest-vocabulary.ts';
import {
  interestsData,
  resolveInterest,
  resolveInterests,
  searchInterestTerms,
} from './resolve-interests.ts';

const ids = (word: string) => resolveInterest(word).terms.map((term) => term.id);

describe('resolveInterests', () => {
  it('resolves the words of the issue to taxonomy terms and genres', () => {
    expect(ids('jazz')).toContain('1.8.2.0.0');
    expect(ids('fotografie')).toContain('1.0.6.0.0');
    expect(ids('fantasy')).toContain('fantasy');
  });

  it('is case- and accent-insensitive and knows English and Dutch words', () => {
    expect(ids('Poëzie')).toContain('1.10.5.0.0');
    expect(ids('PHOTOGRAPHY')).toContain('1.0.6.0.0');
    expect(ids('toneel')).toContain('0.55.0.0.0');
    expect(ids('Classical music')).toContain('1.8.1.0.0');
  });

  it('tolerates a typo through the search', () => {
    expect(ids('schilderkunts')).toContain('1.0.1.0.0');
  });

  it('leaves a word that means nothing unresolved', () => {
    expect(resolveInterest('qqqxyz').terms).toEqual([]);
  });

  it('splits a list and turns terms into record data', () => {
    const resolved = resolveInterests('fantasy, jazz; fotografie');
    expect(resolved.map((r) => r.input)).toEqual(['fantasy', 'jazz', 'fotografie']);
    const data = interestsData(resolved.flatMap((r) => r.terms));
    expect(data.themeIds).toEqual(expect.arrayContaining(['1.8.2.0.0', '1.0.6.0.0']));
    expect(data.genres).toContain('fantasy');
  });

  it('searches the vocabulary for the onboarding', () => {
    expect(searchInterestTerms('jaz').map((t) => t.id)).toContain('1.8.2.0.0');
  });

  it('every synonym points at vocabulary terms', () => {
    const known = new Set(interestVocabulary().map((term) => term.id));
    const unknown = Object.values(INTEREST_SYNONYMS)
      .flat()
      .filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogData } from './catalog-data.ts';
import { GENRE_LABELS, genreLabel, genreName } from './genre-labels.ts';

describe('genre labels', () => {
  it('every genre in the catalogue has a Dutch and an English label, and book genres a count noun', () => {
    const cat = catalogData();
    const missing = new Set<string>();
    for (const item of cat.items())
      for (const g of item.genres) {
        const label = GENRE_LABELS[g];
        if (!label || (item.kind === 'book' && (!label.countNl || !label.countEn))) missing.add(g);
      }
    expect([...missing].sort()).toEqual([]);
  });

  it('no label is the raw key', () => {
    for (const [key, label] of Object.entries(GENRE_LABELS)) {
      expect(label.nl).not.toContain('_');
      expect(label.en).not.toContain('_');
      if (key.includes('_')) expect(label.nl).not.toBe(key);
    }
  });

  it('reads known and unknown keys', () => {
    expect(genreName('classics', 'nl')).toBe('Klassiekers');
    expect(genreName('young_adult', 'en')).toBe('Young adult');
    expect(genreLabel('historical_fiction').countNl).toEqual([
      'historische roman',
      'historische romans',
    ]);
    expect(genreLabel('brand_new_shelf')).toEqual({ nl: 'Brand new shelf', en: 'Brand new shelf' });
    // Own keys only (review finding: a genre named like an Object.prototype key made ranking, DNA and Voor jou answer 500).
    expect(genreLabel('constructor')).toEqual({ nl: 'Constructor', en: 'Constructor' });
    expect(genreLabel('__proto__')).toEqual({ nl: '  proto  ', en: '  proto  ' });
  });
});

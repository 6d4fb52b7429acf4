import { describe, expect, it } from 'vitest';

import { catalogData } from '../catalog/catalog-data.ts';
import table from './genre-implications.json';
import { computeGenreImplications, impliedGenres } from './genre-implications.ts';

describe('genre implications', () => {
  it('are current with the committed catalogue (npx tsx shared/scripts/build-genre-implications.ts)', () => {
    expect(computeGenreImplications(catalogData().books())).toEqual(table);
  });

  it('know that a thriller may well be fiction', () => {
    expect(impliedGenres('thriller')).toContain('fiction');
    expect(impliedGenres('no-such-genre')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

import { catalogData } from '../catalog-data.ts';
import { createCatalogSearch } from './catalog-search.ts';

const search = createCatalogSearch(catalogData().books());

describe('createCatalogSearch', () => {
  it('finds a book by title, case-insensitively, with its id, genres, themes and authors', () => {
    const [first] = search.search('the hunger games');
    expect(first).toMatchObject({ id: 'book-1', kind: 'book', authors: ['Suzanne Collins'] });
    expect(first?.genres).toContain('dystopian');
    expect(first?.termIds.length).toBeGreaterThan(0);
  });

  it('tolerates a typo and a word still being typed', () => {
    expect(search.search('Prde and Prejudice', 3).map((hit) => hit.id)).toContain('book-10');
    expect(search.search('Pride and Prej', 3).map((hit) => hit.id)).toContain('book-10');
    expect(search.search('Hungr Games')[0]?.id).toBe('book-1');
  });

  it('finds by author, accent-insensitively', () => {
    expect(search.search('jane austen', 4).map((hit) => hit.id)).toContain('book-10');
    const accented = search.search('Garcia Marquez');
    expect(accented[0]?.authors.join(' ')).toMatch(/García Márquez/);
  });

  it('answers nothing for nothing, and bounds the list', () => {
    expect(search.search(' ')).toEqual([]);
    expect(search.search('the', 5).length).toBeLessThanOrEqual(5);
  });
});

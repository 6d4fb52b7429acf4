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

  it('finds a translated book by its Dutch title: without articles, by its original title, by the words that survive (review finding: Dutch titles find nothing in the English catalogue)', () => {
    const first = (query: string) => search.search(query, 5)[0]?.id;
    expect(first('De Hobbit')).toBe('book-7');
    expect(first('De Da Vinci Code')).toBe('book-26');
    expect(first('De Alchemist')).toBe('book-35');
    expect(first('De Graaf van Monte Cristo')).toBe('book-103');
    // goodbooks' original title: The Diary of a Young Girl first appeared as "Het Achterhuis".
    expect(first('Het Achterhuis')).toBe('book-15');
    // No book has "Steen" or "Wijzen", but "Harry Potter" is the same in Dutch.
    expect(first('Harry Potter en de Steen der Wijzen')).toBe('book-2');
    expect(first('Moord in de Oriënt-Express')).toBe('book-672');
    // A title none of whose words survive finds nothing rather than look-alikes.
    expect(search.search('De Kleine Prins')).toEqual([]);
  });

  it('answers nothing for nothing, and bounds the list', () => {
    expect(search.search(' ')).toEqual([]);
    expect(search.search('the', 5).length).toBeLessThanOrEqual(5);
  });
});

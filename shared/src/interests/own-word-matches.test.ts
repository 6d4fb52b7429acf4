import { describe, expect, it } from 'vitest';

import type { CatalogItem } from '../catalog/catalog-item.ts';
import {
  ownWordMatches,
  ownWordMatchesBy,
  ownWordParts,
  ownWordReason,
} from './own-word-matches.ts';

const book = (id: string, title: string, authors: string[] = []): CatalogItem =>
  ({
    id,
    kind: 'book',
    title,
    authors,
    themes: [{ id: '1.0.1.0.0', domain: 'theme', label: { nl: 'Schilderkunst', en: 'Painting' } }],
  }) as unknown as CatalogItem;
const activity = (id: string, title: string, venue: string): CatalogItem =>
  ({ id, kind: 'activity', title, themes: [], venue: { name: venue } }) as unknown as CatalogItem;

describe('ownWordMatches (an own word meets what an item names)', () => {
  it('keeps only the longer parts of a word, case and accents aside', () => {
    expect(ownWordParts('Geschiedenis van Antwerpen')).toEqual(['geschiedenis', 'antwerpen']);
    expect(ownWordParts('Rubéns')).toEqual(['rubens']);
    expect(ownWordParts('de la')).toEqual([]);
  });

  it('finds a word in the title, venue, theme labels or authors, every longer part of it', () => {
    const items = [
      activity('huis', 'Rondleiding', 'Rubenshuis'),
      book('bio', 'Een leven', ['Peter Paul Rubéns']),
      book('stad', 'Geschiedenis van de stad Antwerpen'),
      book('half', 'Geschiedenis van Gent'),
      book('paint', 'Kleur'),
    ];
    const matches = ownWordMatches(
      ['Rubens', 'geschiedenis van Antwerpen', 'painting', 'van'],
      items,
    );
    expect([...matches.keys()]).toEqual(['Rubens', 'geschiedenis van Antwerpen', 'painting']);
    expect(matches.get('Rubens')!.map((item) => item.id)).toEqual(['huis', 'bio']);
    expect(matches.get('geschiedenis van Antwerpen')!.map((item) => item.id)).toEqual(['stad']);
    expect(matches.get('painting')!.map((item) => item.id)).toEqual([
      'bio',
      'stad',
      'half',
      'paint',
    ]);
  });

  it('matches any candidate by the texts it is given, and leaves out words that match nothing', () => {
    const pages = [
      { id: 'a', texts: ['Jazz in de Singel'] },
      { id: 'b', texts: ['Film'] },
    ];
    const matches = ownWordMatchesBy(['jazz', 'opera'], pages, (page) => page.texts);
    expect([...matches.entries()].map(([word, hits]) => [word, hits.map((p) => p.id)])).toEqual([
      ['jazz', ['a']],
    ]);
  });

  it('says the reason with the word as typed, in nl and en', () => {
    expect(ownWordReason('Rubens')).toEqual({
      nl: 'Je typte zelf “Rubens”',
      en: 'You typed “Rubens” yourself',
    });
  });
});

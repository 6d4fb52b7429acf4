import { describe, expect, it } from 'vitest';

import type { PageItem } from '../page/page-item.ts';
import type { TasteRecord } from './taste-record.ts';
import { trueExplanations, trueNovelty } from './true-explanations.ts';

const concert: PageItem = {
  id: 'act-1',
  type: 'MusicEvent',
  kind: 'event',
  name: 'Jazz in de Singel',
  authors: [],
  genres: [],
  keywords: [],
  themes: [{ name: 'Jazz en blues', code: '1.8.2.0.0' }],
  eventTypeId: '0.50.4.0.0',
};
const novel: PageItem = {
  ...concert,
  id: 'book-5',
  type: 'Book',
  kind: 'book',
  genres: ['Fictie', 'fiction'],
  eventTypeId: undefined,
};

const record = (category: TasteRecord['category'], terms: string[]): TasteRecord => ({
  id: `r-${category}-${terms.join('-')}`,
  category,
  label: 'x',
  terms,
});

describe('trueNovelty', () => {
  it('says "never been to a concert" only when no record holds a concert', () => {
    expect(trueNovelty(concert, [record('loans', ['fiction'])])).toMatchObject({
      kind: 'event-type',
    });
    expect(trueNovelty(concert, [record('tickets', ['0.50.4.0.0'])]).kind).not.toBe('event-type');
    expect(trueNovelty(concert, [record('browsing', ['Concert'])]).kind).not.toBe('event-type');
  });

  it('does not claim "never chose fiction" when a record holds fiction under any name or inside a term', () => {
    expect(trueNovelty(novel, [record('browsing', ['historical fiction'])]).kind).toBe('unusual');
    expect(trueNovelty(novel, [record('loans', ['Fictie'])]).kind).toBe('unusual');
    expect(trueNovelty(novel, [record('loans', ['business'])])).toEqual({
      kind: 'genre',
      key: 'fiction',
    });
  });

  it('claims nothing where a record of what the person did has unknown content', () => {
    expect(trueNovelty(concert, [record('loans', [])])).toEqual({ kind: 'unusual' });
  });
});

describe('trueExplanations', () => {
  it('keeps only records that exist, and drops a reason whose records are all gone', () => {
    const known = record('loans', ['fiction']);
    const explanations = trueExplanations(
      [
        {
          code: 'similar-genre',
          text: { nl: 'a', en: 'a' },
          categories: ['loans'],
          recordIds: [known.id, 'gone'],
        },
        {
          code: 'similar-author',
          text: { nl: 'b', en: 'b' },
          categories: ['loans'],
          recordIds: ['gone'],
        },
        { code: 'popular', text: { nl: 'c', en: 'c' }, categories: [], recordIds: [] },
      ],
      novel,
      [known],
    );
    expect(explanations.map((e) => [e.code, e.recordIds])).toEqual([
      ['similar-genre', [known.id]],
      ['popular', []],
    ]);
  });
});

describe('the novelty reason by the records read', () => {
  const prideAndPrejudice: PageItem = {
    ...novel,
    id: 'book-10',
    name: 'Pride and Prejudice',
    genres: ['classics', 'romance'],
  };
  const surprise = [
    {
      code: 'something-new',
      text: { nl: 'x', en: 'x' },
      categories: ['interests' as const],
      recordIds: [],
    },
  ];
  const reason = (records: TasteRecord[]) =>
    trueExplanations(surprise, prideAndPrejudice, records)[0]?.text;

  it('claims no loans it did not read (review finding: limited mode states a false reason)', () => {
    // Mode "limited": only the stated interests were read, not the loan of The Hobbit.
    const stated = [record('interests', ['fantasy']), record('interests', ['jazz'])];
    expect(reason(stated)).toEqual({
      nl: 'Iets nieuws naast je opgegeven interesses: klassiekers',
      en: 'Something new next to your stated interests: classics',
    });
    // With the loans read, the loan wording is true.
    expect(reason([...stated, record('loans', ['fantasy'])])).toEqual({
      nl: 'Iets nieuws: je leende nog nooit klassiekers',
      en: 'Something new: you never borrowed classics before',
    });
    // "Never been to a concert" needs outings; from loans alone nothing is claimed about them.
    const withConcert = trueExplanations(surprise, concert, [record('loans', ['fiction'])]);
    expect(withConcert[0]?.text.nl).toBe('Een verrassing, iets verder van wat je gewoonlijk kiest');
    expect(
      trueExplanations(surprise, concert, [record('tickets', ['0.55.0.0.0'])])[0]?.text.nl,
    ).toBe('Iets nieuws: je ging nog nooit naar een concert');
  });
});

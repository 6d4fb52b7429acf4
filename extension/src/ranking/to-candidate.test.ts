import { activityPopularity } from '@verwonder/shared/catalog/activity-popularity.ts';
import { bookPopularity } from '@verwonder/shared/catalog/book-popularity.ts';
import { describe, expect, it } from 'vitest';

import { toPageItem } from '../page/page-item.ts';
import { toCandidate } from './to-candidate.ts';
import { toHistory } from './to-history.ts';

const SITE = { id: 'agenda', name: 'http://127.0.0.1:4802' };

/** An event as the agenda site writes it in JSON-LD. */
const CONCERT = {
  '@type': 'MusicEvent',
  identifier: 'act-00042',
  url: 'http://127.0.0.1:4802/activiteit/act-00042',
  name: 'Jazz in de Singel',
  additionalType: 'https://taxonomy.uitdatabank.be/terms/0.50.4.0.0',
  keywords: 'Concert, Jazz en blues',
  about: [{ '@type': 'DefinedTerm', termCode: '1.8.3.5.0', name: 'Jazz en blues' }],
  startDate: '2026-12-05T20:00:00+01:00',
  location: { '@type': 'Place', name: 'deSingel' },
};

describe('toCandidate', () => {
  it('maps a page event to an activity: theme codes, UiT event type, words of its terms', () => {
    const item = toPageItem(CONCERT, 'http://127.0.0.1:4802/');
    expect(item?.eventTypeId).toBe('0.50.4.0.0');
    const candidate = toCandidate(item!, SITE);
    expect(candidate).toMatchObject({
      id: 'act-00042',
      kind: 'activity',
      schemaType: 'MusicEvent',
      medium: 'listen',
      eventType: { id: '0.50.4.0.0', domain: 'eventtype' },
      // The UiT event type also counts as a theme, labelled from the taxonomy.
      themes: [
        { id: '1.8.3.5.0', domain: 'theme', label: { nl: 'Jazz en blues' } },
        { id: '0.50.4.0.0', domain: 'theme', label: { nl: 'Concert', en: 'Concert' } },
      ],
      calendar: { type: 'single', startDate: '2026-12-05T20:00:00+01:00' },
      provider: SITE,
      // This one says not how many saved it.
      popularity: 0,
      audience: { type: 'everyone' },
    });
    expect(candidate.genres).toEqual(
      expect.arrayContaining(['concert', 'jazz en blues', 'jazz', 'blues']),
    );
  });

  it('maps a page book to a book with its authors', () => {
    const item = toPageItem(
      {
        '@type': 'Book',
        identifier: 'book-2',
        name: 'Harry Potter',
        author: { name: 'J.K. Rowling' },
        genre: 'Fantasy',
      },
      'http://127.0.0.1:4801/',
    );
    expect(toCandidate(item!, SITE)).toMatchObject({
      kind: 'book',
      medium: 'read',
      authors: ['J.K. Rowling'],
      genres: ['fantasy'],
    });
  });
});

/** An event of `type`, coded with UiT event type `termId` when given, as the agenda writes it. */
const event = (type: string, termId?: string) =>
  toPageItem(
    {
      '@type': type,
      identifier: `act-${type}-${termId ?? 'none'}`,
      name: 'Iets in Antwerpen',
      ...(termId ? { additionalType: `https://taxonomy.uitdatabank.be/terms/${termId}` } : {}),
    },
    'http://127.0.0.1:4802/',
  )!;

describe("toCandidate's medium", () => {
  it('takes it from the UiT event type and schema.org type as the catalogue does (review finding: the extension gives every activity the medium experience)', () => {
    const medium = (type: string, termId?: string) => toCandidate(event(type, termId), SITE).medium;
    expect(medium('MusicEvent', '0.50.4.0.0')).toBe('listen'); // concert
    expect(medium('SocialEvent', '0.49.0.0.0')).toBe('listen'); // party
    expect(medium('ScreeningEvent', '0.50.6.0.0')).toBe('watch'); // film
    expect(medium('MusicEvent', '0.55.0.0.0')).toBe('listen'); // opera: UiT theatre, listened to
    expect(medium('TheaterEvent', '0.55.0.0.0')).toBe('experience');
    expect(medium('SocialEvent', '0.50.21.0.0')).toBe('experience'); // quiz
    // Without a UiT code, the schema.org type alone.
    expect(medium('MusicEvent')).toBe('listen');
    expect(medium('ScreeningEvent')).toBe('watch');
    expect(medium('ExhibitionEvent')).toBe('experience');
  });
});

describe("toCandidate's popularity", () => {
  const book = (aggregateRating?: Record<string, unknown>) =>
    toCandidate(
      toPageItem(
        { '@type': 'Book', identifier: 'book-7', name: 'Gone Girl', aggregateRating },
        'http://127.0.0.1:4801/',
      )!,
      SITE,
    );

  it("is the page's rating count, so the tail bonus sees which book is less known (review finding: the extension gives every candidate popularity 0)", () => {
    // On the catalogue's scale: what the vault gives the book with that count.
    const known = book({ '@type': 'AggregateRating', ratingCount: 512_475 }).popularity;
    expect(known).toBe(bookPopularity(512_475));
    const lessKnown = book({ '@type': 'AggregateRating', ratingCount: '1234' }).popularity;
    expect(lessKnown).toBe(bookPopularity(1234));
    expect(lessKnown).toBeGreaterThan(0);
    expect(lessKnown).toBeLessThan(known);
    expect(book().popularity).toBe(0);
    expect(toCandidate(event('MusicEvent', '0.50.4.0.0'), SITE).popularity).toBe(0);
  });

  it("is an activity's count of saves on the catalogue's scale for activities, not a rating count", () => {
    const saved = (interactionStatistic: unknown, aggregateRating?: unknown) =>
      toCandidate(
        toPageItem(
          { ...CONCERT, interactionStatistic, aggregateRating },
          'http://127.0.0.1:4802/',
        )!,
        SITE,
      ).popularity;
    const counter = (count: unknown) => ({
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/BookmarkAction',
      userInteractionCount: count,
    });
    expect(saved(counter(1358))).toBe(activityPopularity(1358));
    expect(saved(counter(1358))).toBe(0.1358);
    expect(saved(counter('-1'))).toBe(0);
    expect(saved(undefined, { ratingCount: 5000 })).toBe(0);
  });
});

describe('toHistory', () => {
  it('splits terms into UiT theme ids and genre keys; stated interests count as current', () => {
    const history = toHistory([
      { id: 'interest-1', category: 'interests', label: 'Jazz', terms: ['Jazz', '1.8.3.5.0'] },
      {
        id: 'visit-1',
        category: 'browsing',
        label: 'Gone Girl',
        terms: ['Thrillers'],
        itemId: 'book-9',
        time: '2026-11-01T10:00:00.000Z',
      },
      { id: 'p', category: 'profile', label: 'x', terms: [] },
    ]);
    expect(history).toMatchObject([
      {
        id: 'interest-1',
        category: 'interests',
        time: '2026-11-01T10:00:00.000Z',
        data: { themeIds: ['1.8.3.5.0'], genres: ['jazz'] },
      },
      {
        id: 'visit-1',
        category: 'browsing',
        item: { id: 'book-9', title: 'Gone Girl', genres: ['thrillers'] },
      },
    ]);
    expect(history).toHaveLength(2);
  });
});

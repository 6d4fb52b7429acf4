import { CulturalRecord } from '@verwonder/shared';
import { CATALOG_DATA_DIR, openCatalog } from '@verwonder/shared/catalog-data';
import { toItemRef } from '@verwonder/shared/catalog/to-item-ref.ts';
import { describe, expect, it } from 'vitest';
import { foldTitle } from './distinct-titles.ts';
import { forYouList } from './for-you-list.ts';

const at = (iso: string) => new Date(iso);

// The committed catalogue as it is on the test's own clock, not on the day the tests run.
let clock = new Date();
const catalogue = openCatalog(CATALOG_DATA_DIR, { clock: () => clock });
const catalogAt = (now: Date) => {
  clock = now;
  return catalogue;
};

describe('forYouList', () => {
  it('offers only activities still to come at `now`', () => {
    const now = at('2027-07-01T00:00:00Z');
    const items = forYouList([], catalogAt(now), { now, dial: 1 });
    expect(items).toHaveLength(12);
    for (const item of items)
      if (item.kind === 'activity' && item.date)
        expect(Date.parse(item.date.end)).toBeGreaterThanOrEqual(now.getTime());
  });
});

describe('forYouList over a mixed history', () => {
  const record = (category: string, n: number, item: object, data: object, time: string) =>
    CulturalRecord.parse({
      id: `${category}-${n}`,
      category,
      time,
      source: { type: 'person' },
      item,
      data,
    });
  const book = (n: number) =>
    record(
      'loans',
      n,
      { id: `book-${n}`, title: `Boek ${n}`, kind: 'book', medium: 'read', genres: ['fantasy'] },
      { action: 'borrowed' },
      `2026-10-0${n}T10:00:00Z`,
    );
  const concert = (n: number, id: string) =>
    record(
      'tickets',
      n,
      {
        id,
        title: `Concert ${n}`,
        kind: 'activity',
        medium: 'listen',
        termIds: ['0.50.4.0.0', '1.8.1.0.0'],
        genres: ['klassiek'],
        venueId: 'venue-amuz',
      },
      { quantity: 1, priceEur: 18 },
      '2026-09-01T20:00:00+02:00',
    );
  const history = [book(1), book(2), book(3), concert(1, 'act-00041'), concert(2, 'act-00057')];

  it('offers upcoming concerts and other activities on 1 March 2028, after the generated season’s last date (review finding: the demo catalogue’s dated activities end 2027-12-29)', () => {
    const now = at('2028-03-01T09:00:00+01:00');
    const items = forYouList(history, catalogAt(now), { now });
    const dated = items.filter((item) => item.kind === 'activity' && item.date !== null);
    expect(dated.length).toBeGreaterThanOrEqual(3);
    for (const item of dated)
      expect(Date.parse(item.date!.end)).toBeGreaterThanOrEqual(now.getTime());
  });

  it('gives books and concerts at the default dial, each activity with a date and a place', () => {
    const now = at('2026-12-05T00:00:00Z');
    const items = forYouList(history, catalogAt(now), { now });
    expect(items).toHaveLength(12);
    const books = items.filter((item) => item.kind === 'book');
    const activities = items.filter((item) => item.kind === 'activity');
    expect(books.length).toBeGreaterThanOrEqual(4);
    expect(activities.length).toBeGreaterThanOrEqual(4);
    expect(activities.some((item) => item.item.medium === 'listen')).toBe(true);
    for (const item of activities) {
      expect(item.place?.name).toBeTruthy();
      expect(item.date === null || Date.parse(item.date.end) >= now.getTime()).toBe(true);
    }
    // Activities are interleaved with the books, not pushed to the end.
    expect(items.slice(0, 4).some((item) => item.kind === 'activity')).toBe(true);
  });

  it('at "vertrouwd" follows the mix only; towards "verras me" it tries media not used yet', () => {
    const now = at('2026-12-05T00:00:00Z');
    const media = (dial: number) =>
      new Set(forYouList(history, catalogAt(now), { now, dial }).map((item) => item.item.medium));
    expect([...media(0)].sort()).toEqual(['listen', 'read']);
    expect(media(1).size).toBeGreaterThan(2);
  });
});

describe('forYouList and the person’s own words', () => {
  const interests = (words: string[]) =>
    CulturalRecord.parse({
      id: 'interests-1',
      category: 'interests',
      time: '2026-11-01T10:00:00Z',
      source: { type: 'person' },
      data: { themeIds: [], genres: ['fantasy'], media: [], words },
    });

  it('offers what an own word matches, saying so, and nothing for a word that matches nothing (review finding: typed words never matched anything)', () => {
    const now = at('2026-12-01T00:00:00Z');
    for (const dial of [0, 0.5, 1]) {
      const items = forYouList([interests(['Rubens', 'zzxq'])], catalogAt(now), { now, dial });
      expect(items).toHaveLength(12);
      const typed = items.filter((item) => item.explanations[0]?.code === 'own-word');
      expect(typed).toHaveLength(1);
      expect(JSON.stringify(typed[0])).toMatch(/rubens/i);
      expect(typed[0]!.explanations[0]!.text.nl).toContain('“Rubens”');
    }
    // Short parts ("van") alone match nothing, rather than everything.
    const short = forYouList([interests(['van de'])], catalogAt(now), { now });
    expect(short.some((item) => item.explanations[0]?.code === 'own-word')).toBe(false);
  });
});

describe('forYouList over a history of markets', () => {
  // Tickets for three "Rommelmarkt"s of the demo catalogue, which has one at many dates and venues.
  const now = at('2026-12-05T00:00:00Z');
  const markets = catalogAt(now)
    .activities()
    .filter((activity) => activity.title === 'Rommelmarkt')
    .slice(0, 3);
  const history = markets.map((activity, n) =>
    CulturalRecord.parse({
      id: `tickets-${n}`,
      category: 'tickets',
      time: `2026-11-0${n + 1}T10:00:00Z`,
      source: { type: 'person' },
      item: toItemRef(activity),
      data: { quantity: 1, priceEur: 5 },
    }),
  );

  it('shows each title once and still fills the twelve slots (review finding: "Voor jou" lists the same activity twice)', () => {
    expect(markets).toHaveLength(3);
    for (const dial of [0, 0.5, 1]) {
      const items = forYouList(history, catalogAt(now), { now, dial });
      expect(items).toHaveLength(12);
      const titles = items.map((item) => `${item.kind}:${foldTitle(item.title)}`);
      expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
    }
  });
});

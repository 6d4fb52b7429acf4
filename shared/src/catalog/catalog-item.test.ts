import { describe, expect, it } from 'vitest';
import { catalogData } from './catalog-data.ts';
import { CatalogItem } from './catalog-item.ts';

const data = catalogData();
const book = data.byId('book-2');
const concert = data
  .activities()
  .find((a) => a.eventType.id === '0.50.4.0.0' && a.calendar.type === 'single');

describe('CatalogItem', () => {
  it('accepts real items from the committed catalogue', () => {
    expect(book?.title).toBe("Harry Potter and the Sorcerer's Stone (Harry Potter, #1)");
    expect(CatalogItem.parse(book)).toEqual(book);
    expect(CatalogItem.parse(concert)).toEqual(concert);
  });

  it('keeps the repaired goodbooks-10k spelling of authors', () => {
    expect(book?.kind === 'book' && book.authors).toEqual(['J.K. Rowling', 'Mary GrandPré']);
  });

  it('rejects a book without authors, with a bad id or a non-URL cover', () => {
    expect(CatalogItem.safeParse({ ...book, authors: [] }).success).toBe(false);
    expect(CatalogItem.safeParse({ ...book, id: 'b2' }).success).toBe(false);
    expect(CatalogItem.safeParse({ ...book, coverUrl: 'not a url' }).success).toBe(false);
    expect(CatalogItem.safeParse({ ...book, medium: 'watch' }).success).toBe(false);
  });

  it('rejects an activity with a UTC date, an end before its start or an inconsistent price', () => {
    if (concert?.calendar.type !== 'single') throw new Error('fixture concert missing');
    const cal = concert.calendar;
    expect(
      CatalogItem.safeParse({ ...concert, calendar: { ...cal, startDate: '2026-10-01T18:00:00Z' } })
        .success,
    ).toBe(false);
    expect(
      CatalogItem.safeParse({
        ...concert,
        calendar: { ...cal, endDate: '2026-08-01T18:00:00+02:00' },
      }).success,
    ).toBe(false);
    expect(
      CatalogItem.safeParse({ ...concert, price: { isFree: true, amount: 12, currency: 'EUR' } })
        .success,
    ).toBe(false);
    expect(
      CatalogItem.safeParse({
        ...concert,
        price: { isFree: false, amount: 10, reduced: 12, currency: 'EUR' },
      }).success,
    ).toBe(false);
    expect(CatalogItem.safeParse({ ...concert, calendar: { type: 'sometimes' } }).success).toBe(
      false,
    );
  });

  it('rejects an unknown kind and a theme that is an event type', () => {
    expect(CatalogItem.safeParse({ ...concert, kind: 'podcast' }).success).toBe(false);
    expect(CatalogItem.safeParse({ ...concert, themes: [concert?.eventType] }).success).toBe(false);
  });
});

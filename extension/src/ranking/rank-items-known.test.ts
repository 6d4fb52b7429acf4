import { expect, it } from 'vitest';

import type { PageItem } from '../page/page-item.ts';
import { rankItems } from './rank-items.ts';
import { localTasteRecords, type TasteRecord } from './taste-record.ts';
import { KNOWN } from './with-known.ts';

const FINDING =
  'review finding: a page learns which titles the person had from which of two look-alike items stays unmarked';

const book = (id: string, name: string, genres: string[]): PageItem => ({
  id,
  type: 'Book',
  kind: 'book',
  name,
  authors: ['J.R.R. Tolkien'],
  genres,
  keywords: genres.map((genre) => genre.toLowerCase()),
  themes: [],
});

/** A probe: a title the page wants to test, its look-alike under another title, and a filler. */
const PROBE = [
  book('p1', 'The Hobbit', ['Fantasy', 'Klassiekers']),
  book('p2', 'Zzyzx the Unread', ['Fantasy', 'Klassiekers']),
  book('p3', 'Cooking with Herbs', ['Koken']),
];
const TASTE = localTasteRecords({ interests: ['fantasy'], browsing: [], feedback: [] });
const LOAN: TasteRecord = {
  id: 'loan-1',
  category: 'loans',
  label: 'The Hobbit',
  terms: ['Fantasy'],
  time: '2026-10-01T10:00:00.000Z',
};
const marked = (records: TasteRecord[]) =>
  rankItems(PROBE, records, ['interests', 'loans'], { relevant: 3 });

it(`marks the same items whether or not the person had one of them, and labels the one they had (${FINDING})`, () => {
  const without = marked(TASTE);
  const withLoan = marked([...TASTE, LOAN]);
  expect(without.map((s) => s.itemId)).toContain('p1');
  expect(withLoan.map((s) => s.itemId).sort()).toEqual(without.map((s) => s.itemId).sort());
  const hobbit = withLoan.find((s) => s.itemId === 'p1');
  expect(hobbit).toMatchObject({ known: true, recordIds: expect.arrayContaining(['loan-1']) });
  expect(hobbit?.explanations[0]?.code).toBe(KNOWN);
  expect(without.some((s) => s.known)).toBe(false);
  expect(withLoan.find((s) => s.itemId === 'p2')?.known).toBeUndefined();
});

it('leaves out what the person had for a caller no page sees (a notification)', () => {
  const ranked = rankItems(PROBE, [...TASTE, LOAN], ['interests', 'loans'], {
    relevant: 3,
    omitKnown: true,
  });
  expect(ranked.map((s) => s.itemId)).not.toContain('p1');
});

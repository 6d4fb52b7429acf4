/**
 * rankItems with the collaborative model (as the worker passes it once loaded): a book that shares
 * nothing the page states with the person's loans, but that readers of one of them also read, is
 * marked, and its reason names that loan. A small real ItemModel (shared's parser), no mocks.
 */
import { describe, expect, it } from 'vitest';

import { parseItemModel, type ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';
import { DIAL_PRESETS } from '@verwonder/shared/wonder/rerank/dial.ts';

import type { PageItem } from '../page/page-item.ts';
import { rankItems } from './rank-items.ts';
import type { TasteRecord } from './taste-record.ts';

const book = (id: string, name: string, genres: string[], authors: string[] = []): PageItem => ({
  id,
  type: 'Book',
  kind: 'book',
  name,
  authors,
  genres,
  keywords: genres.map((genre) => genre.toLowerCase()),
  themes: [],
});

/** Borrowed through the vault: a dystopian novel. */
const LOAN: TasteRecord = {
  id: 'vault-loan-1',
  category: 'loans',
  label: 'The Hunger Games',
  terms: ['Dystopia', 'Young Adult'],
  authors: ['Suzanne Collins'],
  itemId: 'book-1',
  time: '2026-11-01T10:00:00.000Z',
};

/**
 * The page: more books of the loan's genres than the ranking's pool, a cookbook (nothing in common
 * with the loan) and two more far from it.
 */
const PAGE = [
  ...Array.from({ length: 14 }, (_, i) =>
    book(`book-${100 + i}`, `Dystopia ${i}`, ['Dystopia', 'Young Adult'], [`Author ${i}`]),
  ),
  book('book-50', 'Salt, Fat, Acid, Heat', ['Cookbooks'], ['Samin Nosrat']),
  book('book-60', 'Divergent', ['Dystopia', 'Young Adult'], ['Veronica Roth']),
  book('book-70', 'The Maze Runner', ['Dystopia'], ['James Dashner']),
  book('book-80', 'Poems', ['Poetry'], ['Mary Oliver']),
];

/** Readers of book 1 read book 50 most; book 60 a little (similarities out of 255). */
const MODEL = parseItemModel({
  version: 1,
  source: 'test',
  neighboursPerItem: 2,
  items: {
    '1': [
      [50, 60],
      [255, 20],
    ],
    '50': [[1], [255]],
  },
});

/**
 * At "vertrouwd" the ranking's pool is filled by relevance (more books of the loan's genres than
 * its size), so nothing unrelated can come in as a diversity pick: only the model can bring it.
 */
const marked = (model: ItemModel | undefined) =>
  rankItems(PAGE, [LOAN], ['loans'], {
    relevant: 3,
    dial: DIAL_PRESETS.vertrouwd,
    itemModel: model,
  });

describe('rankItems with the collaborative model', () => {
  it('marks a strong neighbour of a loan that shares no genre, author or theme with it', () => {
    const cookbook = marked(MODEL).find((s) => s.itemId === 'book-50');
    // Far from the loan's genres, it comes as the "Verrassing", for a reason the person can check.
    expect(cookbook).toMatchObject({
      kind: 'surprise',
      categories: ['loans'],
      recordIds: ['vault-loan-1'],
    });
    const reason = cookbook?.explanations.find((e) => e.code === 'readers-also');
    expect(reason).toEqual({
      code: 'readers-also',
      text: {
        nl: 'Lezers van The Hunger Games lazen ook dit',
        en: 'Readers of The Hunger Games also read this',
      },
      categories: ['loans'],
      recordIds: ['vault-loan-1'],
    });
  });

  it('does not mark it without the model, while the genre matches stay', () => {
    const ranked = marked(undefined);
    expect(ranked.map((s) => s.itemId)).not.toContain('book-50');
    expect(ranked.filter((s) => s.kind === 'relevant')).toHaveLength(3);
    expect(ranked.flatMap((s) => s.explanations).map((e) => e.code)).not.toContain('readers-also');
  });

  it('names only a record allowed on the site: with loans off, the link runs through the visit', () => {
    const visit: TasteRecord = { ...LOAN, id: 'visit-1', category: 'browsing' };
    const ranked = rankItems(PAGE, [LOAN, visit], ['browsing'], {
      dial: DIAL_PRESETS.vertrouwd,
      itemModel: MODEL,
    });
    expect(ranked.flatMap((s) => s.recordIds)).not.toContain('vault-loan-1');
    const cookbook = ranked.find((s) => s.itemId === 'book-50');
    expect(cookbook?.explanations.find((e) => e.code === 'readers-also')).toMatchObject({
      categories: ['browsing'],
      recordIds: ['visit-1'],
    });
    expect(rankItems(PAGE, [LOAN], ['browsing'], { itemModel: MODEL })).toEqual([]);
  });
});

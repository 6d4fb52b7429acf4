import { describe, expect, it } from 'vitest';

import { DIAL_PRESETS } from '@verwonder/shared/wonder/rerank/dial.ts';

import type { PageItem } from '../page/page-item.ts';
import { toTaste } from '../vault/to-taste.ts';
import { rankItems } from './rank-items.ts';
import type { RankedSuggestion } from './ranked-suggestion.ts';
import { localTasteRecords, rejectedItems, type TasteRecord } from './taste-record.ts';

const item = (id: string, genres: string[], keywords: string[] = []): PageItem => ({
  id,
  type: 'Book',
  kind: 'book',
  name: id,
  authors: [],
  genres,
  keywords,
  themes: [],
});

/** A small shelf: two fantasy books, a thriller, a cookbook, a poetry book. */
const SHELF = [
  item('hobbit', ['Fantasy', 'Klassiekers'], ['fantasy', 'classics']),
  item('earthsea', ['Fantasy'], ['fantasy', 'young_adult']),
  item('thriller', ['Thrillers', 'Mysterie'], ['thriller', 'mystery']),
  item('cookbook', ['Koken'], ['cookbook']),
  item('poems', ['Poëzie'], ['poetry']),
];

const VISIT = {
  id: 'visit-1',
  itemId: 'gone-girl',
  title: 'Gone Girl',
  terms: ['Thrillers'],
  origin: 'o',
  time: '2026-11-01T10:00:00.000Z',
  synced: false,
};

const RECORDS = localTasteRecords({ interests: ['fantasy'], browsing: [VISIT], feedback: [] });

describe('rankItems (the wonder algorithm on the page items)', () => {
  it('puts stated interests first, explains each pick by its records, one surprise at most and last', () => {
    const ranked = rankItems(SHELF, RECORDS, ['interests', 'browsing'], { relevant: 3 });
    expect(ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId)).toEqual([
      'hobbit',
      'earthsea',
      'thriller',
    ]);
    expect(ranked[0]).toMatchObject({ categories: ['interests'], recordIds: ['interest-1'] });
    expect(ranked[0]?.explanations[0]?.text.nl).toContain('fantasy');
    expect(ranked[2]).toMatchObject({ categories: ['browsing'], recordIds: ['visit-1'] });
    const surprises = ranked.filter((s) => s.kind === 'surprise');
    expect(surprises.length).toBeLessThanOrEqual(1);
    if (surprises[0]) expect(ranked.at(-1)).toBe(surprises[0]);
    for (const s of ranked) expect(s.explanations.length).toBeGreaterThan(0);
  });

  it('meets an own word from the vault by what the items name, only where interests are allowed (review finding: the extension ignores the words typed in the vault)', () => {
    const exhibition = (id: string, name: string, location: string): PageItem => ({
      ...item(id, [], ['Tentoonstelling', 'Beeldende kunst']),
      type: 'ExhibitionEvent',
      kind: 'exhibition',
      name,
      location,
    });
    const museum = [
      exhibition('rubens', 'Rubens: een leven in kleur', 'Rubenshuis'),
      exhibition('wautier', 'Michaëlina Wautier: in detail', 'Rubenshuis'),
      exhibition('ensor', 'Ensor en de zee', 'KMSKA'),
      exhibition('design', 'Belgisch design', 'Design Museum'),
    ];
    const vault = toTaste('interests', {
      id: 'i1',
      category: 'interests',
      data: { words: ['Rubens', 'geschiedenis van Antwerpen'] },
    });
    const ranked = rankItems(museum, vault, ['interests']);
    const picks = ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId);
    expect(picks.sort()).toEqual(['rubens', 'wautier']);
    expect(ranked[0]?.recordIds).toEqual(['vault-i1-word-0']);
    expect(ranked[0]?.explanations[0]?.text.nl).toMatch(/rubens/i);
    // The same word typed in the options counts the same way.
    const typed = localTasteRecords({ interests: ['Rubens'], browsing: [], feedback: [] });
    const fromOptions = rankItems(museum, typed, ['interests']);
    expect(fromOptions.map((s) => [s.itemId, s.kind])).toEqual(
      ranked.map((s) => [s.itemId, s.kind]),
    );
    // Without the interests category on this site, the words count for nothing.
    expect(rankItems(museum, vault, ['loans'])).toEqual([]);
  });

  it('gives the vault\'s own words up to three "Voor jou" of their own, one per word, each named in its reason (review finding: the extension ignores the person\'s own words)', () => {
    const exhibition = (id: string, name: string, location: string): PageItem => ({
      ...item(id, [], ['Tentoonstelling']),
      type: 'ExhibitionEvent',
      kind: 'exhibition',
      name,
      location,
    });
    const museum = [
      exhibition('rubens', 'Rubens: een leven in kleur', 'Rubenshuis'),
      exhibition('wautier', 'Michaëlina Wautier: in detail', 'Rubenshuis'),
      exhibition('ensor', 'Ensor en de zee', 'KMSKA'),
      exhibition('stad', 'De geschiedenis van Antwerpen', 'MAS'),
      exhibition('jazz', 'Jazz in beeld', 'FOMU'),
      exhibition('design', 'Belgisch design', 'Design Museum'),
    ];
    const vault = toTaste('interests', {
      id: 'i1',
      category: 'interests',
      data: {
        genres: ['jazz'],
        words: ['Rubens', 'Énsor', 'geschiedenis van Antwerpen', 'design'],
      },
    });
    const ownReason = (s: RankedSuggestion) => s.explanations.find((e) => e.code === 'own-word');
    const ranked = rankItems(museum, vault, ['interests']);
    const typed = ranked.filter((s) => ownReason(s));
    // Three slots at most, first, one per word in the order typed, each "Voor jou".
    expect(typed.map((s) => [s.kind, ownReason(s)?.text.nl])).toEqual([
      ['relevant', 'Je typte zelf “Rubens”'],
      ['relevant', 'Je typte zelf “Énsor”'],
      ['relevant', 'Je typte zelf “geschiedenis van Antwerpen”'],
    ]);
    expect(ranked.slice(0, 3)).toEqual(typed);
    expect(typed.map((s) => s.itemId).slice(1)).toEqual(['ensor', 'stad']);
    expect(['rubens', 'wautier']).toContain(typed[0]!.itemId);
    expect(ownReason(typed[0]!)).toEqual({
      code: 'own-word',
      text: { nl: 'Je typte zelf “Rubens”', en: 'You typed “Rubens” yourself' },
      categories: ['interests'],
      recordIds: ['vault-i1-word-0'],
    });
    // The mark shows which data was used: the word's interests record.
    expect(typed[0]).toMatchObject({ categories: ['interests'] });
    expect(typed[0]!.recordIds).toContain('vault-i1-word-0');
    // Never more than the "Voor jou" asked for.
    expect(
      rankItems(museum, vault, ['interests'], { relevant: 2 }).filter((s) => ownReason(s)),
    ).toHaveLength(2);
    // Without the interests category on this site, the words count for nothing.
    expect(rankItems(museum, vault, ['loans'])).toEqual([]);
  });

  it('keeps to the number of "Voor jou" asked for', () => {
    const ranked = rankItems(SHELF, RECORDS, ['interests', 'browsing'], { relevant: 2 });
    expect(ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId)).toEqual([
      'hobbit',
      'earthsea',
    ]);
  });

  it('cannot use a category that is not allowed', () => {
    const ranked = rankItems(SHELF, RECORDS, ['interests']);
    expect(ranked.flatMap((s) => s.categories)).not.toContain('browsing');
    expect(ranked.flatMap((s) => s.recordIds)).not.toContain('visit-1');
    expect(ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId)).not.toContain(
      'thriller',
    );
    expect(rankItems(SHELF, RECORDS, [])).toEqual([]);
  });

  it('suggests nothing when nothing on the page meets the taste', () => {
    const records = localTasteRecords({ interests: ['opera'], browsing: [], feedback: [] });
    expect(rankItems(SHELF, records, ['interests'])).toEqual([]);
  });

  it('matches a one-word interest inside a longer term', () => {
    const jazz = { ...item('jazz-night', []), keywords: ['Concert', 'Jazz en blues'] };
    const ranked = rankItems(
      [jazz, item('cookbook', ['Koken'])],
      localTasteRecords({ interests: ['jazz'], browsing: [], feedback: [] }),
      ['interests'],
    );
    expect(ranked[0]).toMatchObject({ itemId: 'jazz-night', kind: 'relevant' });
    expect(ranked[0]?.explanations[0]?.text.nl).toContain('jazz');
  });

  it('learns from liked suggestions and never suggests one turned down', () => {
    const feedback = (
      id: string,
      kind: 'wow' | 'thumbs-down',
      itemId: string,
      terms: string[],
    ) => ({
      id,
      kind,
      itemId,
      title: itemId,
      terms,
      wasSurprise: false,
      origin: 'o',
      time: '2026-11-01T10:00:00.000Z',
      synced: false,
    });
    const profile = {
      interests: [],
      browsing: [],
      feedback: [
        feedback('f1', 'wow', 'some-cookbook', ['Koken']),
        feedback('f2', 'thumbs-down', 'hobbit', ['Fantasy']),
      ],
    };
    const records = localTasteRecords(profile);
    expect(records.map((r) => [r.id, r.category])).toEqual([['f1', 'feedback']]);
    const ranked = rankItems(SHELF, records, ['feedback'], { excluded: rejectedItems(profile) });
    expect(ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId)).toEqual(['cookbook']);
    expect(ranked[0]?.categories).toEqual(['feedback']);
    expect(ranked.map((s) => s.itemId)).not.toContain('hobbit');
  });
});

describe('rankItems at the dial', () => {
  // A page full of the person's taste, a few titles far from it: more candidates than the pool, so
  // the dial decides whether anything unfamiliar reaches the picks at all.
  const FANTASY_SHELF = [
    ...Array.from({ length: 16 }, (_, i) => item(`fantasy-${i}`, ['Fantasy'], ['fantasy'])),
    ...SHELF.filter((book) => !book.genres.includes('Fantasy')),
    item('history', ['Geschiedenis', 'Klassiekers'], ['history', 'classics']),
  ];
  const fantasy = localTasteRecords({ interests: ['fantasy'], browsing: [], feedback: [] });
  const surprises = (dial: number) =>
    rankItems(FANTASY_SHELF, fantasy, ['interests'], { relevant: 3, dial }).filter(
      (s) => s.kind === 'surprise',
    );

  it('turns towards surprises from "vertrouwd" to "verras me"', () => {
    expect(surprises(DIAL_PRESETS.vertrouwd)).toEqual([]);
    const surprising = surprises(DIAL_PRESETS['verras-me']);
    expect(surprising).toHaveLength(1);
    expect(surprising[0]?.itemId).not.toMatch(/^fantasy-/);
    expect(surprising[0]?.explanations.length).toBeGreaterThan(0);
  });

  it('ranks at the product default when no dial is given', () => {
    expect(rankItems(FANTASY_SHELF, fantasy, ['interests'])).toEqual(
      rankItems(FANTASY_SHELF, fantasy, ['interests'], { dial: DIAL_PRESETS.default }),
    );
  });
});

describe('a page far from the person’s main taste (review finding: the museum showed nothing)', () => {
  const exhibition = (id: string, name: string, code: string): PageItem => ({
    id,
    type: 'ExhibitionEvent',
    kind: 'event',
    name: id,
    authors: [],
    genres: [],
    keywords: [],
    themes: [{ name, code }],
  });
  /** A museum page: paintings, design, photography; nothing about books, jazz or film. */
  const MUSEUM = [
    exhibition('design', 'Decoratieve kunst', '1.0.5.0.0'),
    exhibition('photos', 'Fotografie', '1.0.6.0.0'),
    exhibition('wouters', 'Schilderkunst', '1.0.1.0.0'),
    exhibition('jordaens', 'Schilderkunst', '1.0.1.0.0'),
    exhibition('van-dyck', 'Schilderkunst', '1.0.1.0.0'),
  ];
  const loan = (id: string, terms: string[]): TasteRecord => ({
    id,
    category: 'loans',
    label: id,
    terms,
    itemId: id,
    time: '2026-12-01T10:00:00Z',
  });
  /** The vault's taste as the reviewer's newcomer left it: three novels, jazz, film, own words. */
  const VAULT: TasteRecord[] = [
    loan('harry-potter', [
      'fantasy',
      'young_adult',
      'fiction',
      '1.10.11.0.0',
      '1.10.0.0.0',
      '1.7.2.0.0',
      '1.7.7.0.0',
    ]),
    loan('da-vinci-code', [
      'fiction',
      'thriller',
      'suspense',
      '1.10.11.0.0',
      '1.7.15.0.0',
      '1.10.0.0.0',
      '1.7.2.0.0',
    ]),
    loan('little-prince', [
      'fantasy',
      'childrens',
      'classics',
      '1.10.11.0.0',
      '1.10.0.0.0',
      '1.7.12.0.0',
      '1.3.5.0.0',
    ]),
    ...[
      'comics',
      'geschiedenis van antwerpen',
      'rubens',
      '0.50.6.0.0',
      '1.8.2.0.0',
      '1.10.8.0.0',
    ].map((term, index) => ({
      id: `vault-interest-${index}`,
      category: 'interests' as const,
      label: term,
      terms: [term],
    })),
  ];
  const ALLOWED = ['interests', 'loans'] as const;
  const typed = (interests: string[]) => [
    ...localTasteRecords({ interests, browsing: [], feedback: [] }),
    ...VAULT,
  ];

  it('makes the paintings "Voor jou" for an interest typed beside the vault’s (review finding: a typed interest changed nothing on the museum)', () => {
    const ranked = rankItems(MUSEUM, typed(['schilderkunst']), [...ALLOWED]);
    const relevant = ranked.filter((s) => s.kind === 'relevant');
    expect(relevant.map((s) => s.itemId).sort()).toEqual(['jordaens', 'van-dyck', 'wouters']);
    for (const suggestion of relevant) {
      expect(suggestion.recordIds).toEqual(['interest-1']);
      // Not "something new" to someone who asked for it.
      expect(suggestion.explanations.map((e) => e.code)).not.toContain('something-new');
    }
  });

  it('still offers one surprise, resting on the loans, when nothing on the page meets the taste (review finding: the museum never showed a suggestion)', () => {
    const ranked = rankItems(MUSEUM, typed([]), [...ALLOWED]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ kind: 'surprise' });
    expect(ranked[0]?.categories).toContain('loans');
  });
});

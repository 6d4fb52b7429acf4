import { describe, expect, it } from 'vitest';
import { catalogData } from '../catalog/catalog-data.ts';
import type { CatalogItem } from '../catalog/catalog-item.ts';
import { findTheme } from '../catalog/taxonomy.ts';
import { toItemRef } from '../catalog/to-item-ref.ts';
import { CulturalRecord } from '../model/cultural-record.ts';
import type { DataCategoryId } from '../model/data-category.ts';
import { affinities, buildDna, type Affinity } from './dna/build-dna.ts';
import {
  chooseExplanations,
  genreExplanation,
  novelExplanation,
  themeExplanation,
  type TasteMatch,
} from './explain.ts';
import { loadItemModel } from './model/load-item-model.ts';
import { suggest } from './suggest.ts';

const NOW = Date.parse('2027-01-01T00:00:00+01:00');
const cat = catalogData();
const item = (id: string) => cat.byId(id) as CatalogItem;

/** One loan per book id, a day apart, as the library would record them. */
function loans(bookIds: readonly string[]): CulturalRecord[] {
  return bookIds.map((id, i) =>
    CulturalRecord.parse({
      id: `loan-${i}`,
      category: 'loans',
      time: new Date(Date.UTC(2026, 0, 1 + i, 10)).toISOString(),
      source: { type: 'person' },
      item: toItemRef(item(id)),
      data: { action: 'borrowed' },
    }),
  );
}

function facet(history: readonly CulturalRecord[], kind: 'genre' | 'theme' | 'author') {
  const dna = buildDna(history, cat.bridge());
  const as = affinities(dna, kind, NOW);
  const max = as[0]?.weight ?? 1;
  return {
    get: (key: string) => as.find((a) => a.key === key) as Affinity,
    w: (key: string) => (as.find((a) => a.key === key)?.weight ?? 0) / max,
    catOf: (id: string) => dna.recordCategories.get(id),
  };
}

const DICKENS = [
  'book-83',
  'book-160',
  'book-204',
  'book-361',
  'book-590',
  'book-1477',
  'book-2846',
  'book-3088',
  'book-3715',
  'book-9455',
];

describe('explanation wording', () => {
  it('counts book genres with their own noun, in both languages', () => {
    const history = loans(
      cat
        .books()
        .filter((b) => b.genres.includes('historical_fiction'))
        .slice(0, 12)
        .map((b) => b.id),
    );
    const f = facet(history, 'genre');
    expect(
      genreExplanation('historical_fiction', f.get('historical_fiction'), f.catOf).text,
    ).toEqual({
      nl: 'Omdat je 12 historische romans leende',
      en: 'Because you borrowed 12 historical novels',
    });
    const one = facet(history.slice(0, 1), 'genre');
    expect(
      genreExplanation('historical_fiction', one.get('historical_fiction'), one.catOf).text.nl,
    ).toBe('Omdat je 1 historische roman leende');
  });

  it('names the author, a record readers share and the specific genre rather than the broad one', () => {
    const history = loans(DICKENS);
    const g = facet(history, 'genre');
    const a = facet(history, 'author');
    const taste = (key: string, prevalence: number): TasteMatch => ({
      facet: 'genre',
      key,
      a: g.get(key),
      w: g.w(key),
      prevalence,
    });
    const out = chooseExplanations(
      {
        authors: [{ name: 'Charles Dickens', a: a.get('Charles Dickens'), w: 1 }],
        collab: { title: 'Great Expectations', recordId: 'loan-1', category: 'loans' },
        tastes: [taste('fiction', 0.55), taste('classics', 0.11)],
      },
      g.catOf,
      new Map(),
    );
    expect(out.map((e) => e.text.nl)).toEqual([
      'Van Charles Dickens, van wie je 10 boeken leende',
      'Lezers van Great Expectations lazen ook dit',
      'Omdat je 10 klassiekers leende',
    ]);
    expect(out[2]?.text.en).toBe('Because you borrowed 10 classics');
    expect(out[1]).toMatchObject({
      code: 'readers-also',
      categories: ['loans'],
      recordIds: ['loan-1'],
    });
    expect(out.every((e) => e.categories.every((c) => c === 'loans'))).toBe(true);
  });

  it('does not repeat the same genre down the list while another one fits', () => {
    const history = loans(DICKENS);
    const g = facet(history, 'genre');
    const tastes: TasteMatch[] = [
      { facet: 'genre', key: 'classics', a: g.get('classics'), w: 1, prevalence: 0.11 },
      { facet: 'genre', key: 'literature', a: g.get('literature'), w: 0.8, prevalence: 0.2 },
    ];
    const used = new Map<string, number>();
    const texts = [0, 1, 2].map(
      () => chooseExplanations({ authors: [], tastes }, g.catOf, used, 1)[0]?.text.nl,
    );
    expect(texts[0]).toBe('Omdat je 10 klassiekers leende');
    expect(texts[1]).toMatch(/^Omdat je \d+ literaire werken leende$/);
  });

  it('bridges reading to going out, with the distance, and says what is new in a surprise', () => {
    const concert = item('act-00041');
    const history = loans(
      cat
        .books()
        .filter((b) => b.themes.some((t) => t.id === '1.8.1.0.0'))
        .slice(0, 4)
        .map((b) => b.id),
    );
    const t = facet(history, 'theme');
    const music = { nl: 'Klassieke muziek', en: 'Classical music' };
    const out = chooseExplanations(
      {
        authors: [],
        tastes: [
          {
            facet: 'theme',
            key: '1.8.1.0.0',
            label: music,
            a: t.get('1.8.1.0.0'),
            w: 1,
            prevalence: 0.05,
          },
        ],
        activity: { eventType: { nl: 'Concert', en: 'Concert' }, venue: 'deSingel' },
        nearby: { km: 0.93, recordId: 'home' },
        surprise: {
          novelty: {
            kind: 'event-type',
            label: { nl: 'Dansvoorstelling', en: 'Dance performance' },
          },
          categories: ['loans', 'location'],
          recordIds: [],
        },
      },
      t.catOf,
      new Map(),
    );
    expect(concert.kind).toBe('activity');
    expect(out.map((e) => e.text.nl)).toEqual([
      'Iets nieuws: je ging nog nooit naar een dansvoorstelling',
      'Je leest graag over klassieke muziek: een concert in deSingel',
      '900 m van je buurt',
    ]);
    expect(out.map((e) => e.text.en)).toEqual([
      'Something new: you have never been to a dance performance',
      'You like reading about classical music: a concert at deSingel',
      '900 m from your area',
    ]);
    expect(out[1]?.recordIds).toEqual(t.get('1.8.1.0.0').recordIds.slice(0, 5));
    expect(out[2]).toMatchObject({ categories: ['location'], recordIds: ['home'] });
  });

  it('reads tickets and stated interests in their own words', () => {
    const catOf = (id: string): DataCategoryId => (id.startsWith('t') ? 'tickets' : 'interests');
    const a = (ids: string[], categories: DataCategoryId[]): Affinity => ({
      key: 'k',
      weight: 1,
      recordIds: ids,
      categories,
    });
    expect(
      themeExplanation({ nl: 'Jazz', en: 'Jazz' }, a(['t1', 't2', 't3'], ['tickets']), catOf).text,
    ).toEqual({
      nl: 'Omdat je al 3 keer naar jazz ging',
      en: 'Because you went to jazz 3 times before',
    });
    expect(genreExplanation('young_adult', a(['i1'], ['interests']), catOf).text.nl).toBe(
      'Omdat je young adult als interesse aangaf',
    );
    expect(novelExplanation({ kind: 'genre', key: 'graphic_novels' }, ['loans']).text.nl).toBe(
      'Iets nieuws: je leende nog nooit graphic novels',
    );
  });
});

describe('suggest explanations for a real persona', () => {
  it('Marieke (loans only): no raw genre keys, at most three reasons, and not the same reasons on every item', () => {
    const p = cat.personas()[2];
    if (!p) throw new Error('persona 2 missing');
    const history = loans(p.loans.map((l) => l.bookId).filter((id) => cat.byId(id)));
    const out = suggest(history, cat.items(), ['loans'], {
      k: 10,
      bridge: cat.bridge(),
      itemModel: loadItemModel(),
    });
    const texts = out.flatMap((s) => s.explanations.flatMap((e) => [e.text.nl, e.text.en]));
    expect(texts.filter((t) => /_|boeken over (Fictie|Literatuur)/.test(t))).toEqual([]);
    expect(out.every((s) => s.explanations.length <= 3)).toBe(true);
    expect(
      new Set(out.map((s) => s.explanations.map((e) => e.text.nl).join('|'))).size,
    ).toBeGreaterThanOrEqual(8);
    // An author she borrowed is named in her words (which authors depends on the collaborative model).
    expect(texts.some((t) => /^Van .+, van wie je (\d+ boeken|al een boek) leende$/.test(t))).toBe(
      true,
    );
    expect(
      out.flatMap((s) => s.explanations.flatMap((e) => e.categories)).every((c) => c === 'loans'),
    ).toBe(true);
  });

  it('does not call a borrowed book one about a film genre (review finding: "Omdat je 1 boek over actie- en avonturenfilm leende")', () => {
    // The Hobbit's genres suggest UiT's "Actie- en avonturenfilm" theme; a film shares it.
    const history = loans(['book-7']);
    const t = facet(history, 'theme');
    const theme = findTheme('1.7.2.0.0')!;
    const [reason] = chooseExplanations(
      {
        authors: [],
        tastes: [
          {
            facet: 'theme',
            key: theme.id,
            label: theme.label,
            a: t.get(theme.id),
            w: 1,
            prevalence: 0.05,
          },
        ],
        activity: { eventType: { nl: 'Film', en: 'Film' }, venue: 'Cinema Zuid' },
      },
      t.catOf,
      new Map(),
    );
    expect(reason?.text).toEqual({
      nl: 'Omdat het past bij het boek dat je leende (actie- en avonturenfilm)',
      en: `Because it fits the book you borrowed (${theme.label.en.toLowerCase()})`,
    });
    // A theme that is a subject stays one a book is about.
    expect(
      themeExplanation({ nl: 'Geschiedenis', en: 'History' }, t.get(theme.id), t.catOf, '1.1.0.0.0')
        .text.nl,
    ).toBe('Omdat je 1 boek over geschiedenis leende');
  });

  it('says a typed interest once, not as both its genre and its theme (review finding: "jazz en blues" and "jazz" as two reasons)', () => {
    // "jazz" typed on the welcome page becomes the theme "Jazz en blues" and the genre "jazz".
    const history = [
      CulturalRecord.parse({
        id: 'interests-1',
        category: 'interests',
        time: '2026-12-01T10:00:00Z',
        source: { type: 'person' },
        data: { themeIds: ['1.8.2.0.0'], genres: ['fantasy', 'jazz'], media: [], words: [] },
      }),
    ];
    const g = facet(history, 'genre');
    const t = facet(history, 'theme');
    const theme = findTheme('1.8.2.0.0')!;
    const out = chooseExplanations(
      {
        authors: [],
        tastes: [
          {
            facet: 'theme',
            key: theme.id,
            label: theme.label,
            a: t.get(theme.id),
            w: 1,
            prevalence: 0.02,
          },
          { facet: 'genre', key: 'jazz', a: g.get('jazz'), w: 1, prevalence: 0.03 },
        ],
        activity: { eventType: { nl: 'Concert', en: 'Concert' }, venue: 'De Roma' },
      },
      t.catOf,
      new Map(),
    );
    expect(out.map((e) => e.text.nl)).toEqual(['Omdat je jazz en blues als interesse aangaf']);
  });
});

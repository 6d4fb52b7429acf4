import { describe, expect, it } from 'vitest';

import type { PageItem } from '../page/page-item.ts';
import { rankItems } from './rank-items.ts';
import { localTasteRecords, type TasteRecord } from './taste-record.ts';

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

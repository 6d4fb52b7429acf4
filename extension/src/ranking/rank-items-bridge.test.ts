/**
 * rankItems with the genre-theme bridge (as the worker passes it once loaded, lazy-bridge.ts): a
 * reader's book genres reach the UiT themes of exhibitions and concerts, as in the vault's "Voor
 * jou" and the offline evaluation. The committed bridge, read as the worker reads it (read-bridge.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { CATALOG_DATA_DIR, CATALOG_FILES } from '@verwonder/shared/catalog/catalog-data.ts';
import { productRankOptions } from '@verwonder/shared/wonder/product-rank-options.ts';
import { suggest } from '@verwonder/shared/wonder/suggest.ts';

import type { PageItem } from '../page/page-item.ts';
import { rankItems } from './rank-items.ts';
import { readBridge } from './read-bridge.ts';
import type { TasteRecord } from './taste-record.ts';
import { toCandidate } from './to-candidate.ts';
import { toHistory } from './to-history.ts';

const BRIDGE = readBridge(
  JSON.parse(readFileSync(join(CATALOG_DATA_DIR, CATALOG_FILES.bridge), 'utf8')) as unknown,
);

/** Two books borrowed through the vault, with the catalogue's genre keys, as the vault sends them. */
const loan = (n: number, label: string): TasteRecord => ({
  id: `vault-loan-${n}`,
  category: 'loans',
  label,
  terms: ['historical_fiction', 'war'],
  itemId: `book-${n}`,
  time: `2026-11-0${n}T10:00:00.000Z`,
});
const LOANS = [loan(1, 'All the Light We Cannot See'), loan(2, 'The Book Thief')];

const activity = (
  id: string,
  name: string,
  eventTypeId: string,
  theme: { name: string; code: string },
  location: string,
): PageItem => ({
  id,
  type: 'Event',
  kind: 'event',
  name,
  authors: [],
  genres: [],
  keywords: [],
  themes: [theme],
  location,
  eventTypeId,
});

/** A page of the agenda: an exhibition on history among a jazz concert and a design exhibition. */
const PAGE = [
  activity(
    'jazz',
    'Jazz in de tuin',
    '0.50.4.0.0',
    { name: 'Jazz en blues', code: '1.8.3.1.0' },
    'deSingel',
  ),
  activity(
    'history',
    'Antwerpen 1944',
    '0.0.0.0.0',
    { name: 'Geschiedenis', code: '1.11.0.0.0' },
    'MAS',
  ),
  activity('design', 'Stoelen', '0.0.0.0.0', { name: 'Design', code: '1.0.6.0.0' }, 'ModeMuseum'),
];
const SITE = { id: 'agenda', name: 'http://127.0.0.1:4802' };
const ALLOWED = ['loans'] as const;

const marked = (bridge: typeof BRIDGE | undefined) =>
  rankItems(PAGE, LOANS, [...ALLOWED], { site: SITE, baseline: undefined, bridge });

describe('rankItems with the genre-theme bridge', () => {
  it('marks an exhibition on a theme the loans\u2019 genres reach, resting on the loans (review finding: the extension ranks without the genre-theme bridge)', () => {
    const history = marked(BRIDGE).find((s) => s.itemId === 'history');
    expect(history).toMatchObject({ kind: 'relevant', categories: ['loans'] });
    expect(history?.recordIds.toSorted()).toEqual(['vault-loan-1', 'vault-loan-2']);
    expect(history?.explanations).toContainEqual({
      code: 'reads-about',
      text: {
        nl: 'Je leest graag over geschiedenis: een tentoonstelling in MAS',
        en: 'You like reading about history: an exhibition at MAS',
      },
      categories: ['loans'],
      recordIds: ['vault-loan-2', 'vault-loan-1'],
    });
    // Without the bridge the loans' genres reach no theme on the page: nothing rests on them.
    expect(marked(undefined).some((s) => s.kind === 'relevant')).toBe(false);
  });

  it('names the theme in English in the English reason, from the UiT taxonomy (review finding: the English bridge reason uses the Dutch theme name)', () => {
    const museum = activity(
      'heritage',
      'Een huis vol verhalen',
      '0.0.0.0.0',
      { name: 'Erfgoed', code: '1.40.0.0.0' },
      'DIVA',
    );
    const [pick] = rankItems([museum], LOANS, [...ALLOWED], {
      site: SITE,
      baseline: undefined,
      bridge: BRIDGE,
    });
    const reason = pick?.explanations.find((e) => e.code === 'reads-about');
    expect(reason?.text).toEqual({
      nl: 'Je leest graag over erfgoed: een tentoonstelling in DIVA',
      en: 'You like reading about heritage: an exhibition at DIVA',
    });
  });

  it('ranks as shared\u2019s suggest does with the product\u2019s options and the bridge (review finding: the extension ranks without the genre-theme bridge)', () => {
    const expected = suggest(
      toHistory(LOANS),
      PAGE.map((item) => toCandidate(item, SITE)),
      [...ALLOWED],
      { ...productRankOptions({ slots: 12, bridge: BRIDGE }), rankSeen: true },
    );
    const ranked = marked(BRIDGE);
    expect(ranked.length).toBeGreaterThan(0);
    for (const suggestion of ranked) {
      const same = expected.find((s) => s.itemId === suggestion.itemId);
      expect(suggestion.score).toBe(same?.score);
      if (suggestion.kind === 'relevant')
        expect(suggestion.explanations).toEqual(same?.explanations);
    }
    // Its "Voor jou" picks are suggest's relevant ones, in its order.
    expect(ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId)).toEqual(
      expected.filter((s) => !s.isSurprise && s.score > 0).map((s) => s.itemId),
    );
    expect(ranked[0]?.itemId).toBe('history');
  });
});

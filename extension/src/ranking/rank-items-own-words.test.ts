import { describe, expect, it } from 'vitest';

import { pageExhibition } from '../test-support/page-exhibition.ts';
import { toTaste } from '../vault/to-taste.ts';
import { rankItems } from './rank-items.ts';
import type { RankedSuggestion } from './ranked-suggestion.ts';
import { localTasteRecords } from './taste-record.ts';

describe("rankItems with the person's own words", () => {
  it('meets an own word from the vault by what the items name, only where interests are allowed (review finding: the extension ignores the words typed in the vault)', () => {
    const exhibition = (id: string, name: string, location: string) =>
      pageExhibition(id, name, location, ['Tentoonstelling', 'Beeldende kunst']);
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
    const exhibition = (id: string, name: string, location: string) =>
      pageExhibition(id, name, location, ['Tentoonstelling']);
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
});

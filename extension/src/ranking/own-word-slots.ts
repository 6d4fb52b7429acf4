/**
 * The person's own words from the vault first, as the vault's "Voor jou" puts them: per word, the
 * best of the page's items it really names (ranked by `suggest` like the rest), at most
 * OWN_WORD_SLOTS and one per word, explained by the word as the person typed it ("Je typte zelf
 * “Rubens”"), resting on the interests records that hold it.
 */
import type { Explanation, Suggestion } from '@verwonder/shared/model/suggestion.ts';
import { ownWordReason } from '@verwonder/shared/interests/own-word-matches.ts';

import type { PageItem } from '../page/page-item.ts';
import type { OwnWord } from './own-word-genres.ts';

export interface OwnWordPick {
  item: PageItem;
  suggestion: Suggestion;
  reason: Explanation;
}

/**
 * `best` ranks a pool of the page's items and answers the first, or nothing. Words are taken in the
 * order given; a word whose items are all picked already gets no slot.
 */
export function ownWordSlots(
  words: readonly OwnWord[],
  hits: ReadonlyMap<string, readonly PageItem[]>,
  best: (pool: readonly PageItem[]) => Suggestion | undefined,
  max: number,
): OwnWordPick[] {
  const picks: OwnWordPick[] = [];
  for (const word of words) {
    if (picks.length >= max) break;
    if (!word.fromVault) continue;
    const pool = (hits.get(word.key) ?? []).filter(
      (item) => !picks.some((pick) => pick.item === item),
    );
    if (pool.length === 0) continue;
    const suggestion = best(pool);
    const item = pool.find((candidate) => candidate.id === suggestion?.itemId);
    if (!suggestion || !item) continue;
    picks.push({
      item,
      suggestion,
      reason: {
        code: 'own-word',
        text: ownWordReason(word.word),
        categories: ['interests'],
        recordIds: [...word.recordIds].sort(),
      },
    });
  }
  return picks;
}

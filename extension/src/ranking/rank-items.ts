/**
 * Ranking on the device with the wonder algorithm of shared/ (`suggest`): the page's items are the
 * candidates, the person's records allowed on this site the history. The site learns nothing: it
 * runs in the background worker, on what the page already shows. `suggest.ts` is imported directly:
 * it is zod-free (shared's browser-bundle test), the shared index is not.
 * The collaborative item model comes in as an option: the worker loads it when a page shows books
 * (lazy-item-model.ts); without it content similarity, diversity, surprise and explanations work
 * as before. So does the genre-theme bridge (lazy-bridge.ts), by which a reader's book genres
 * reach the UiT themes of concerts and exhibitions, as in the vault's "Voor jou" and the evaluation.
 */
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import { OWN_WORD_SLOTS } from '@verwonder/shared/interests/own-word-matches.ts';
import { productRankOptions } from '@verwonder/shared/wonder/product-rank-options.ts';
import { suggest } from '@verwonder/shared/wonder/suggest.ts';

import type { CategoryId } from '../control/categories.ts';
import type { PageItem } from '../page/page-item.ts';
import { fillBaselineSlots } from './baseline-slots.ts';
import { historyItems } from './history-items.ts';
import { ownWordHits, ownWords, withOwnWords } from './own-word-genres.ts';
import { ownWordSlots } from './own-word-slots.ts';
import { withPageSignals } from './page-signals.ts';
import { pickSuggestions } from './pick-suggestions.ts';
import type { RankOptions } from './rank-options.ts';
import type { RankedSuggestion } from './ranked-suggestion.ts';
import type { TasteRecord } from './taste-record.ts';
import { toCandidate } from './to-candidate.ts';
import { toHistory } from './to-history.ts';
import { withKnown } from './with-known.ts';

/** How many suggestions to ask `suggest` for, to pick the relevant ones and one surprise from. */
const POOL = 12;

/**
 * The `relevant` best "Voor jou" and at most one "Verrassing", as `suggest` orders them, each
 * resting on at least one of the person's records, the vault's own words first (own-word-slots.ts,
 * as the vault's "Voor jou" puts them). The consent mask is `allowed`: records outside
 * it are dropped by `suggest` before anything is derived, so the output cannot depend on them.
 */
export function rankItems(
  items: readonly PageItem[],
  records: readonly TasteRecord[],
  allowed: readonly CategoryId[],
  options: RankOptions = {},
): RankedSuggestion[] {
  const mine = records.filter((record) => allowed.includes(record.category));
  const history = toHistory(mine);
  if (history.length === 0) return [];
  const site = options.site ?? { id: 'page', name: 'page' };
  // What the person already borrowed, attended or opened (by id, or by title for a loan typed by
  // hand) is ranked like any other item and labelled when it wins a slot: left out, it would tell
  // the page, by which of two look-alike items stays unmarked, what the person had.
  const had = historyItems(mine);
  const byId = new Map(items.map((item) => [item.id, item]));
  // A typed word that names no genre ("Rubens") still meets the items that name it.
  const words = ownWords(mine);
  const offered = items.filter(
    (item) => !options.excluded?.has(item.id) && !(options.omitKnown && had.has(item)),
  );
  const hits = ownWordHits(words, offered);
  const candidates = offered.map((item) => withOwnWords(toCandidate(item, site), item, hits));
  // The product's one ranking configuration (as evaluated) at the person's dial, with the item
  // model and the bridge when the worker has them.
  const rank = (pool: readonly CatalogItem[], slots: number) =>
    withPageSignals(
      suggest(history, pool, allowed, {
        ...productRankOptions({
          slots,
          dial: options.dial,
          itemModel: options.itemModel,
          bridge: options.bridge,
        }),
        rankSeen: !options.omitKnown,
      }),
      options.adjustments,
    );
  const suggestions = rank(candidates, POOL);
  const relevantMax = options.relevant ?? 3;
  // The vault's own words first, as its "Voor jou" puts them: per word, the best item naming it.
  const typed = ownWordSlots(
    words,
    hits,
    (pool) =>
      rank(
        candidates.filter((c) => pool.some((item) => item.id === c.id)),
        POOL,
      )[0],
    Math.min(OWN_WORD_SLOTS, relevantMax),
  );
  const ordered = pickSuggestions(suggestions, typed, byId, mine, relevantMax);
  if (ordered.length === 0) return [];
  const marked = !options.baseline
    ? ordered
    : // The baseline may offer what wonder may: the same candidates (nothing turned down).
      fillBaselineSlots(
        ordered,
        offered,
        options.baseline,
        (itemId, explanation): RankedSuggestion => ({
          itemId,
          kind: 'relevant',
          score: 0,
          explanations: [explanation],
          categories: [],
          recordIds: [],
          slot: 'baseline',
        }),
      );
  return marked.map((suggestion) => {
    const item = byId.get(suggestion.itemId);
    return item ? withKnown(suggestion, had.recordsOf(item)) : suggestion;
  });
}

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
import type { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';
import type { Explanation, Suggestion } from '@verwonder/shared/model/suggestion.ts';
import type { ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';
import { suggest } from '@verwonder/shared/wonder/suggest.ts';
import { productRankOptions } from '@verwonder/shared/wonder/product-rank-options.ts';

import type { CategoryId } from '../control/categories.ts';
import type { PageItem } from '../page/page-item.ts';
import { fillBaselineSlots, type BaselineOptions } from './baseline-slots.ts';
import { historyItems } from './history-items.ts';
import { OWN_WORD_SLOTS } from '@verwonder/shared/interests/own-word-matches.ts';
import { ownWordHits, ownWords, withOwnWords } from './own-word-genres.ts';
import { ownWordSlots } from './own-word-slots.ts';
import { withPageSignals, type PageAdjustment } from './page-signals.ts';
import { toCandidate } from './to-candidate.ts';
import { toHistory } from './to-history.ts';
import type { TasteRecord } from './taste-record.ts';
import { trueExplanations } from './true-explanations.ts';
import { restingOn } from './resting-on.ts';
import { withKnown } from './with-known.ts';

export interface RankedSuggestion {
  itemId: string;
  /** "relevant" gets the badge "Voor jou", "surprise" (a surprise or exploration) "Verrassing". */
  kind: 'relevant' | 'surprise';
  score: number;
  /** Why, in words (nl/en), each with the categories and records it rests on. */
  explanations: Explanation[];
  categories: CategoryId[];
  recordIds: string[];
  /** Set on a baseline slot: popularity within the page, not wonder, and not personal. */
  slot?: 'baseline';
  /** The person has it already (a record names it): ranked and marked like any other, labelled so. */
  known?: true;
}

export interface RankOptions {
  /** How many "Voor jou" suggestions at most; one surprise may come on top. */
  relevant?: number;
  /** Item ids never to suggest (turned down by the person). */
  excluded?: ReadonlySet<string>;
  /**
   * Leave out what the person has already, instead of marking it "Ken je al": only for a caller
   * whose output no page sees (a notification), since what stays unmarked tells a page what they had.
   */
  omitKnown?: boolean;
  /** The site the items come from (the candidates' provider). */
  site?: { id: string; name: string };
  /** The person's dial, "vertrouwd" (0) to "verras me" (1); the product default when absent. */
  dial?: number;
  /** Baseline slots for the fair comparison (none when absent). */
  baseline?: BaselineOptions;
  /** What the page's place, price, date and organiser add per item (`pageSignalAdjustments`). */
  adjustments?: ReadonlyMap<string, PageAdjustment>;
  /** The collaborative model (neighbours of the books the person had); content alone when absent. */
  itemModel?: ItemModel;
  /**
   * Book genre -> UiT themes, keyed by normalised genre (read-bridge.ts); without it a reader's
   * genres reach no themes of activities.
   */
  bridge?: GenreThemeBridge;
}

/** How many suggestions to ask `suggest` for, to pick the relevant ones and one surprise from. */
const POOL = 12;

/** The code of the surprise's own reason ("Iets nieuws: …", shared/src/wonder/explain.ts). */
const SOMETHING_NEW = 'something-new';

/** Categories of what the person did (not what they said or where they are). */
const DONE: ReadonlySet<CategoryId> = new Set([
  'loans',
  'tickets',
  'visits',
  'museum-app',
  'browsing',
  'feedback',
]);

/** A match with the person's records: a score, and a reason other than the novelty naming one. */
const restsOnRecords = (suggestion: Suggestion) =>
  suggestion.score > 0 &&
  suggestion.explanations.some((e) => e.code !== SOMETHING_NEW && e.recordIds.length > 0);

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
  // `suggest` calls an item surprising when it shares nothing with the person's three strongest
  // themes and genres, so a page of something else they told or did (a typed "schilderkunst" next
  // to the vault's jazz, film and strips, on the museum) is all surprises. When nothing on the page
  // is closer, the picks that rest on their records are what is for them here: "Voor jou".
  const pageFirst = !suggestions.some((s) => !s.isSurprise && restsOnRecords(s));
  const picked: RankedSuggestion[] = typed.map(({ item, suggestion, reason }) => {
    const reasons = suggestion.explanations.filter((e) => e.code !== SOMETHING_NEW);
    const explanations = [reason, ...trueExplanations(reasons, item, mine)];
    return {
      itemId: item.id,
      kind: 'relevant',
      score: suggestion.score,
      explanations,
      ...restingOn(explanations),
    };
  });
  let relevant = picked.length;
  let surprise = false;
  for (const suggestion of suggestions) {
    if (typed.some((pick) => pick.item.id === suggestion.itemId)) continue;
    const promoted = pageFirst && suggestion.isSurprise && restsOnRecords(suggestion);
    const kind = suggestion.isSurprise && !promoted ? 'surprise' : 'relevant';
    // A "Voor jou" must rest on the person's records; a surprise rests on the taste it departs
    // from (its categories), often on no single record.
    const grounded =
      kind === 'relevant'
        ? restsOnRecords(suggestion)
        : suggestion.provenance.categories.length > 0;
    if (!grounded) continue;
    if (kind === 'relevant' ? relevant >= relevantMax : surprise) continue;
    const item = byId.get(suggestion.itemId);
    if (!item) continue;
    // A collaborative reason ("Lezers van … lazen ook dit") names one record: kept only when that
    // record is one of the person's records allowed here. A promoted pick is not new to them.
    const reasons = promoted
      ? suggestion.explanations.filter((e) => e.code !== SOMETHING_NEW)
      : suggestion.explanations;
    const explanations = trueExplanations(reasons, item, mine);
    const { categories, recordIds } = restingOn(explanations);
    if (explanations.length === 0 || (kind === 'relevant' && recordIds.length === 0)) continue;
    if (kind === 'relevant') relevant++;
    else surprise = true;
    picked.push({
      itemId: suggestion.itemId,
      kind,
      score: suggestion.score,
      explanations,
      categories,
      recordIds,
    });
  }
  // Nothing for the person on this page: its one surprise may stand alone when it rests on what they
  // did ("Iets nieuws: je ging nog nooit naar een tentoonstelling" to someone known by their loans),
  // so each site has something for a person it knows. Stated interests alone do not say what is new.
  if (relevant === 0 && !picked.some((s) => s.categories.some((c) => DONE.has(c)))) return [];
  // Relevant first, the surprise last, as the badges and the zone list them.
  const ordered = [
    ...picked.filter((s) => s.kind === 'relevant'),
    ...picked.filter((s) => s.kind === 'surprise'),
  ];
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

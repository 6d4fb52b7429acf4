/**
 * Background -> content script: the marks to draw for a page (the answer to `verwonder/rank-page`,
 * rank-page-messages.ts), with the items they mark as the worker read them. Apart from the request
 * so the content script, which only parses the answer, does not carry the request's schema.
 */
import {
  array,
  boolean,
  enum as enumOf,
  literal,
  maxLength,
  nullable,
  number,
  optional,
  string,
  strictObject,
  type infer as Infer,
} from 'zod/mini';

import { CATEGORY_IDS } from '../control/categories.ts';
import { MAX_ITEM_LIST, MAX_MICRODATA_ITEMS, MAX_URL } from '../page/page-limits.ts';

const Category = enumOf(CATEGORY_IDS);
export const ShortText = string().check(maxLength(500));
/** An item's id: its identifier, or else its URL. */
export const ItemId = string().check(maxLength(MAX_URL));
// Lists of one item (authors, genres, …) are cut to MAX_ITEM_LIST when the page is read.
const TextList = array(ShortText).check(maxLength(MAX_ITEM_LIST));

/** A page item as the worker read it (page-item.ts): texts cleaned and cut, links checked. */
export const PageItemWireSchema = strictObject({
  id: ItemId,
  type: ShortText,
  kind: enumOf(['book', 'event', 'exhibition', 'creative-work']),
  name: ShortText,
  url: optional(string().check(maxLength(MAX_URL))),
  description: optional(ShortText),
  authors: TextList,
  genres: TextList,
  keywords: TextList,
  themes: array(strictObject({ name: ShortText, code: optional(ShortText) })).check(
    maxLength(MAX_ITEM_LIST),
  ),
  startDate: optional(ShortText),
  location: optional(ShortText),
  eventTypeId: optional(ShortText),
  popularity: optional(number()),
  saves: optional(number()),
  facts: optional(
    strictObject({
      venue: optional(
        strictObject({
          id: optional(ShortText),
          name: optional(ShortText),
          geo: optional(strictObject({ latitude: number(), longitude: number() })),
        }),
      ),
      priceEur: optional(number()),
      organizer: optional(ShortText),
    }),
  ),
});

const ExplanationSchema = strictObject({
  code: string().check(maxLength(64)),
  text: strictObject({ nl: string(), en: string() }),
  categories: array(Category),
  recordIds: array(ShortText),
});

export const RankPageResponseSchema = strictObject({
  suggestions: array(
    strictObject({
      itemId: ItemId,
      kind: enumOf(['relevant', 'surprise']),
      score: number(),
      explanations: array(ExplanationSchema),
      categories: array(Category),
      recordIds: array(ShortText),
      slot: optional(literal('baseline')),
      known: optional(literal(true)),
    }),
  ).check(maxLength(20)),
  records: array(strictObject({ id: ShortText, category: Category, label: ShortText })),
  /** The items the suggestions mark, and the page's one shown item on an item page. */
  items: array(PageItemWireSchema).check(maxLength(21)),
  /** How many items the page shows (one: an item page). */
  shown: number(),
  /** The item each microdata node became (see assemble-page.ts), when microdata was sent. */
  microdataIds: optional(array(nullable(ItemId)).check(maxLength(MAX_MICRODATA_ITEMS))),
  /** Read the page's microdata too and ask again: the JSON-LD does not describe every shown item. */
  needsMicrodata: optional(boolean()),
  /** Nothing new: the page keeps the marks it has (the tab's ranking budget is spent, or the request was superseded). */
  keepMarks: optional(boolean()),
});
export type RankPageResponse = Infer<typeof RankPageResponseSchema>;

/** No marks for the page (off, or nothing to mark). */
export const NO_MARKS: RankPageResponse = { suggestions: [], records: [], items: [], shown: 0 };
/** The page keeps the marks it has (a superseded request, a spent budget). */
export const KEEP_MARKS: RankPageResponse = { ...NO_MARKS, keepMarks: true };

/**
 * Content script <-> background: the page's shown items go to the worker, which ranks them with
 * the person's records (rank-page.ts) and answers with the marks to draw (rank-page-response.ts).
 * Both sides parse: the items are the page's (untrusted) words, the answer is what the page's
 * script will show.
 */
import {
  array,
  enum as enumOf,
  literal,
  maxLength,
  number,
  optional,
  strictObject,
  type infer as Infer,
} from 'zod/mini';

import { MAX_ITEM_LIST } from '../page/page-item.ts';
import { ItemId, ShortText } from './rank-page-response.ts';

export { RankPageResponseSchema, type RankPageResponse } from './rank-page-response.ts';

// Lists of one item (authors, genres, …) are cut to MAX_ITEM_LIST when the page is read.
const TextList = array(ShortText).check(maxLength(MAX_ITEM_LIST));

/**
 * A page item as the reader made it (page-item.ts), texts already cleaned and cut, without what
 * the ranking does not read (its link and description stay in the page's script).
 */
export const RankItemSchema = strictObject({
  id: ItemId,
  type: ShortText,
  kind: enumOf(['book', 'event', 'exhibition', 'creative-work']),
  name: ShortText,
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

/** Most items one page may send (the readers stop at 5000 JSON-LD nodes). */
export const MAX_PAGE_ITEMS = 5000;

export const RankPageRequestSchema = strictObject({
  type: literal('verwonder/rank-page'),
  items: array(RankItemSchema).check(maxLength(MAX_PAGE_ITEMS)),
  site: optional(enumOf(['library', 'agenda', 'museum'])),
});
export type RankPageRequest = Infer<typeof RankPageRequestSchema>;
export type RankItem = Infer<typeof RankItemSchema>;

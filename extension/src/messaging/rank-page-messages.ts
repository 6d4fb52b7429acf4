/**
 * Content script <-> background: the page's source (its JSON-LD item nodes, microdata nodes and the ids
 * the site adapter placed) goes to the worker, which reads the items (assemble-page.ts), ranks the
 * shown ones with the person's records (rank-page.ts) and answers with the marks to draw
 * (rank-page-response.ts). Both sides parse: the source is the page's (untrusted) words, the answer
 * is what the page's script will show.
 */
import {
  array,
  enum as enumOf,
  literal,
  maxLength,
  optional,
  string,
  strictObject,
  unknown,
  type infer as Infer,
} from 'zod/mini';

import { MAX_MICRODATA_ITEMS, MAX_PAGE_ITEMS, MAX_URL } from '../page/page-limits.ts';
import { ItemId } from './rank-page-response.ts';

export { RankPageResponseSchema, type RankPageResponse } from './rank-page-response.ts';

export const PageSourceSchema = strictObject({
  // Both checked node by node when the items are read (page-item.ts): the rest is dropped there.
  jsonLd: array(unknown()).check(maxLength(MAX_PAGE_ITEMS)),
  microdata: optional(array(unknown()).check(maxLength(MAX_MICRODATA_ITEMS))),
  shownIds: optional(array(ItemId).check(maxLength(MAX_PAGE_ITEMS))),
  baseUrl: string().check(maxLength(MAX_URL)),
});

export const RankPageRequestSchema = strictObject({
  type: literal('verwonder/rank-page'),
  page: PageSourceSchema,
  site: optional(enumOf(['library', 'agenda', 'museum'])),
});
export type RankPageRequest = Infer<typeof RankPageRequestSchema>;

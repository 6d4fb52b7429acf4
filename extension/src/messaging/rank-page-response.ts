/**
 * Background -> content script: the marks to draw for a page's items (the answer to
 * `verwonder/rank-page`, rank-page-messages.ts). Apart from the request so the content script, which
 * only parses the answer, does not carry the request's schema.
 */
import {
  array,
  enum as enumOf,
  literal,
  maxLength,
  number,
  optional,
  string,
  strictObject,
  type infer as Infer,
} from 'zod/mini';

import { CATEGORY_IDS } from '../control/categories.ts';
import { MAX_URL } from '../page/page-item.ts';

const Category = enumOf(CATEGORY_IDS);
export const ShortText = string().check(maxLength(500));
/** An item's id: its identifier, or else its URL. */
export const ItemId = string().check(maxLength(MAX_URL));

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
    }),
  ).check(maxLength(20)),
  records: array(strictObject({ id: ShortText, category: Category, label: ShortText })),
});
export type RankPageResponse = Infer<typeof RankPageResponseSchema>;

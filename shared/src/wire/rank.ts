/**
 * `POST /pods/{pod}/suggestions/rank`: the request a site sends (catalogue facts about items, never
 * anything about the person) and the vault's answer. zod/mini, so any client can bundle it.
 */
import {
  _default,
  array,
  enum as enumOf,
  maxLength,
  minLength,
  number,
  object,
  optional,
  strictObject,
  string,
  type infer as Infer,
  type input as Input,
} from 'zod/mini';
import { DATA_CATEGORY_IDS } from '../model/data-category-registry.ts';
import { ITEM_KINDS, MEDIA } from './vocabulary.ts';

const text = (max: number) => string().check(minLength(1), maxLength(max));
const list = (max: number) => _default(array(text(max)).check(maxLength(50)), []);

/** A candidate the site wants ranked: an item as it describes it. */
export const RankCandidate = strictObject({
  id: text(200),
  title: optional(string().check(maxLength(500))),
  kind: optional(enumOf(ITEM_KINDS)),
  medium: optional(enumOf(MEDIA)),
  termIds: list(64),
  genres: list(64),
  authors: list(200),
  venueId: optional(text(200)),
});
export type RankCandidate = Infer<typeof RankCandidate>;
/** What a client writes: the lists may be left out. */
export type RankCandidateInput = Input<typeof RankCandidate>;

export const RankRequest = strictObject({
  items: array(RankCandidate).check(minLength(1), maxLength(500)),
});
export type RankRequest = Infer<typeof RankRequest>;

export const RankedItem = object({
  id: string(),
  score: number(),
  /** The categories whose records made this item score; empty when none did. */
  categories: array(enumOf(DATA_CATEGORY_IDS)),
});
export type RankedItem = Infer<typeof RankedItem>;

export const RankResponse = object({
  ranker: enumOf(['wonder', 'content-match']),
  categories: array(enumOf(DATA_CATEGORY_IDS)),
  items: array(RankedItem),
});
export type RankResponse = Infer<typeof RankResponse>;

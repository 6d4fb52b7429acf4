/**
 * `POST /pods/{pod}/suggestions/rank`: the request a site sends (catalogue facts about items, never
 * anything about the person) and the vault's answer. zod/mini, so any client can bundle it.
 */
import {
  _default,
  array,
  enum as enumOf,
  literal,
  maxLength,
  minLength,
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

/** The vault refuses to rank fewer different items: the order of a few says too much about each. */
export const MIN_RANK_CANDIDATES = 20;

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

/**
 * What the vault answers: an order, nothing else. No scores (a score of 0 or a gap between two
 * blocks says which items matched nothing), no per-item categories (they would say which items
 * matched which kind of data). `categories` are the ones the person allows this site to rank over,
 * which the site already knows from its grant.
 */
export const RankedItem = strictObject({ id: string() });
export type RankedItem = Infer<typeof RankedItem>;

export const RankResponse = strictObject({
  ranker: literal('interest-profile'),
  categories: array(enumOf(DATA_CATEGORY_IDS)),
  items: array(RankedItem),
});
export type RankResponse = Infer<typeof RankResponse>;

/**
 * Messages between the content scripts, the popup/options pages and the background worker. Every
 * message that crosses the runtime boundary is parsed, never cast, and the background also checks
 * who sent it (sender-check.ts): a page cannot forge them, but a compromised content script could.
 */
// Named imports from zod/mini: Parcel 2.9 (inside Plasmo) mis-bundles zod's `export { z }` alias
// (`z.literal` ends up undefined), and a namespace import would pull every zod locale into the bundle.
import {
  array,
  boolean,
  optional,
  discriminatedUnion,
  enum as enumOf,
  int,
  literal,
  maxLength,
  minimum,
  string,
  strictObject,
  url,
  type infer as Infer,
} from 'zod/mini';

import { CATEGORY_IDS } from '../control/categories.ts';
import { RankPageRequestSchema } from './rank-page-messages.ts';
import { AnswerPromptSchema, GetPromptSchema } from './prompt-messages.ts';
import { CompleteRequestSchema } from './complete-messages.ts';
import { GetProfileFieldsSchema } from './profile-fields-messages.ts';

export type { ProfileFieldsResponse } from './profile-fields-messages.ts';

const Category = enumOf(CATEGORY_IDS);
const ShortText = string().check(maxLength(500));

export const PingRequestSchema = strictObject({ type: literal('verwonder/ping') });
export type PingRequest = Infer<typeof PingRequestSchema>;

export const PingResponseSchema = strictObject({
  type: literal('verwonder/pong'),
  version: string(),
});
export type PingResponse = Infer<typeof PingResponseSchema>;

/** One place on a page where personalisation acts: a badge on an item, the zone, or an action in focus. */
export const PlaceSchema = strictObject({
  kind: enumOf(['relevant', 'surprise', 'zone', 'baseline', 'focus', 'known']),
  itemId: ShortText,
  title: ShortText,
  categories: array(Category),
});
export type Place = Infer<typeof PlaceSchema>;

/** Content script -> background: what it shows on this tab now (empty when it shows nothing). */
export const PageReportSchema = strictObject({
  type: literal('verwonder/page-report'),
  places: array(PlaceSchema).check(maxLength(100)),
  /** True when the page made some injected UI invisible (so it hid itself). */
  obscured: boolean(),
});
export type PageReport = Infer<typeof PageReportSchema>;

/** Popup -> background: the report of one tab. */
export const GetPageReportSchema = strictObject({
  type: literal('verwonder/get-page-report'),
  tabId: int(),
});

/** Content script (why-panel) -> background: stop using a category on the sender's own site. */
export const StopCategorySchema = strictObject({
  type: literal('verwonder/stop-category'),
  category: Category,
});

/** Content script -> background: an item page was opened (kept only where capture is on). */
export const RecordVisitSchema = strictObject({
  type: literal('verwonder/record-visit'),
  itemId: ShortText,
  title: ShortText,
  terms: array(ShortText).check(maxLength(50)),
});

/** Content script -> background: feedback on a suggestion (kept only where `feedback` is allowed). */
export const FeedbackMessageSchema = strictObject({
  type: literal('verwonder/feedback'),
  kind: enumOf(['thumbs-up', 'thumbs-down', 'wow']),
  itemId: ShortText,
  title: ShortText,
  terms: array(ShortText).check(maxLength(50)),
  wasSurprise: boolean(),
  /** A baseline slot (the fair comparison); absent for wonder's own suggestions. */
  slot: optional(literal('baseline')),
});

/**
 * Content script -> background: the person pressed their chosen reaction again, withdrawing it
 * (deleted on the device, and in the vault when it had it).
 */
export const WithdrawFeedbackSchema = strictObject({
  type: literal('verwonder/withdraw-feedback'),
  itemId: ShortText,
});

/** Content script -> background: impressions, clicks and dismissals, batched per frame. */
export const FeedbackEventsSchema = strictObject({
  type: literal('verwonder/feedback-events'),
  events: array(
    strictObject({
      kind: enumOf(['impression', 'click', 'dismiss']),
      itemId: ShortText,
      title: ShortText,
      wasSurprise: boolean(),
      slot: optional(literal('baseline')),
    }),
  ).check(maxLength(50)),
});
export type FeedbackEvent = Infer<typeof FeedbackEventsSchema>['events'][number];

/** Options page -> background: pair with the vault at this address (opens its consent page). */
export const PairRequestSchema = strictObject({
  type: literal('verwonder/pair'),
  vaultUrl: url({ protocol: /^https?$/ }).check(maxLength(2000)),
});

/** Options page -> background: forget the tokens and the key. */
export const UnpairRequestSchema = strictObject({ type: literal('verwonder/unpair') });

/** Popup -> background: how much the extension knows of the person (for the cold-start invitation). */
export const GetTasteCountSchema = strictObject({ type: literal('verwonder/get-taste-count') });
export const TasteCountResponseSchema = strictObject({
  count: int().check(minimum(0)),
  /** Whether the popup may invite to state interests: nothing known of the person, mode not off. */
  invite: boolean(),
});
export type TasteCountResponse = Infer<typeof TasteCountResponseSchema>;

export const RuntimeRequestSchema = discriminatedUnion('type', [
  RankPageRequestSchema,
  GetPromptSchema,
  AnswerPromptSchema,
  GetTasteCountSchema,
  GetProfileFieldsSchema,
  FeedbackEventsSchema,
  PairRequestSchema,
  UnpairRequestSchema,
  FeedbackMessageSchema,
  WithdrawFeedbackSchema,
  PingRequestSchema,
  PageReportSchema,
  GetPageReportSchema,
  StopCategorySchema,
  RecordVisitSchema,
  CompleteRequestSchema,
]);
export type RuntimeRequest = Infer<typeof RuntimeRequestSchema>;

export const StoredReportSchema = strictObject({
  places: array(PlaceSchema),
  obscured: boolean(),
  origin: string(),
});
export type StoredReport = Infer<typeof StoredReportSchema>;

export { AckSchema, type Ack } from './ack.ts';

import { z } from 'zod';

/** What a person did with a suggestion; stored as the data of a `feedback` record. */
export const FeedbackKind = z.enum([
  'impression',
  'click',
  'dismiss',
  'thumbs-up',
  'thumbs-down',
  'wow',
]);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

export const Feedback = z
  .object({
    kind: FeedbackKind,
    /** The suggestion the feedback is about (`Suggestion.id`). */
    suggestionId: z.string().min(1).max(200),
    itemId: z.string().min(1).max(200),
    /** Whether the suggestion was shown as a surprise: feedback on surprises teaches adventurousness. */
    wasSurprise: z.boolean(),
    /** Origin of the page where it happened. */
    site: z.url().max(2000).optional(),
  })
  .strict();
export type Feedback = z.infer<typeof Feedback>;

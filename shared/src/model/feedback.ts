import { z } from 'zod';

/**
 * What a person did with a suggestion; stored as the data of a `feedback` record. `answer` is their
 * answer to the one question after a conversion ("Was this a good surprise?").
 */
export const FeedbackKind = z.enum([
  'impression',
  'click',
  'dismiss',
  'thumbs-up',
  'thumbs-down',
  'wow',
  'answer',
]);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

/**
 * Which ranking filled the suggestion's slot: `wonder`, or `baseline`, the plain popularity within
 * the page that a small share of slots gets so wonder can be compared with it fairly.
 */
export const SuggestionSlot = z.enum(['wonder', 'baseline']);
export type SuggestionSlot = z.infer<typeof SuggestionSlot>;

export const SurpriseAnswer = z.enum(['yes', 'no']);
export type SurpriseAnswer = z.infer<typeof SurpriseAnswer>;

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
    /** Absent means `wonder`. */
    slot: SuggestionSlot.optional(),
    /** Only with kind `answer`, and required there. */
    answer: SurpriseAnswer.optional(),
  })
  .strict()
  .refine((feedback) => (feedback.kind === 'answer') === (feedback.answer !== undefined), {
    message: 'an answer goes with kind "answer", and only there',
    path: ['answer'],
  });
export type Feedback = z.infer<typeof Feedback>;

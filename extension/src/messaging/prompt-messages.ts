/**
 * Popup <-> background messages of the question after a conversion (insight/feedback-prompts.ts),
 * parsed like every runtime message; only extension pages may send them.
 */
import { literal, maxLength, optional, string, strictObject, type infer as Infer } from 'zod/mini';

import { OutcomeSchema, QuestionSchema } from '../insight/feedback-prompts.ts';

/** Popup -> background: the question to show now, if any (showing it makes it this week's). */
export const GetPromptSchema = strictObject({ type: literal('verwonder/get-prompt') });

export const PromptResponseSchema = strictObject({ question: optional(QuestionSchema) });
export type PromptResponse = Infer<typeof PromptResponseSchema>;

/** Popup -> background: yes, no, or dismissed. Yes and no go to the pod as a feedback `answer`. */
export const AnswerPromptSchema = strictObject({
  type: literal('verwonder/answer-prompt'),
  suggestionId: string().check(maxLength(500)),
  outcome: OutcomeSchema,
});
export type AnswerPrompt = Infer<typeof AnswerPromptSchema>;

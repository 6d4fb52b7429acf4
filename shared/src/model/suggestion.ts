import { z } from 'zod';
import { DataCategoryId } from './data-category.ts';
import { LocalizedText } from './localized-text.ts';

/** Why a suggestion was made, in words and in data: the categories and records behind it. */
export const Explanation = z
  .object({
    /** Stable kind of reason, e.g. `similar-loans`, `nearby`, `new-medium`, `popular-nearby`. */
    code: z.string().min(1).max(64),
    text: LocalizedText,
    categories: z.array(DataCategoryId),
    recordIds: z.array(z.string().max(200)),
  })
  .strict();
export type Explanation = z.infer<typeof Explanation>;

export const SuggestionKind = z.enum(['relevant', 'surprise', 'exploration']);
export type SuggestionKind = z.infer<typeof SuggestionKind>;

export const Suggestion = z
  .object({
    id: z.string().min(1).max(200),
    itemId: z.string().min(1).max(200),
    rank: z.number().int().positive(),
    score: z.number().finite(),
    kind: SuggestionKind,
    isSurprise: z.boolean(),
    explanations: z.array(Explanation).min(1),
    /** Every category and record that contributed, the union over the explanations and the score. */
    provenance: z
      .object({ categories: z.array(DataCategoryId), recordIds: z.array(z.string().max(200)) })
      .strict(),
  })
  .strict();
export type Suggestion = z.infer<typeof Suggestion>;

import type { Explanation } from '@verwonder/shared/model/suggestion.ts';

import type { CategoryId } from '../control/categories.ts';

/** One mark the ranking gives a page item (rank-items.ts), as the page controller draws it. */
export interface RankedSuggestion {
  itemId: string;
  /** "relevant" gets the badge "Voor jou", "surprise" (a surprise or exploration) "Verrassing". */
  kind: 'relevant' | 'surprise';
  score: number;
  /** Why, in words (nl/en), each with the categories and records it rests on. */
  explanations: Explanation[];
  categories: CategoryId[];
  recordIds: string[];
  /** Set on a baseline slot: popularity within the page, not wonder, and not personal. */
  slot?: 'baseline';
  /** The person has it already (a record names it): ranked and marked like any other, labelled so. */
  known?: true;
}

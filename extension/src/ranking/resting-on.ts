import type { Explanation } from '@verwonder/shared/model/suggestion.ts';
import type { CategoryId } from '../control/categories.ts';

/** The categories and records a mark rests on: those its explanations name, each once, sorted. */
export function restingOn(explanations: readonly Explanation[]): {
  categories: CategoryId[];
  recordIds: string[];
} {
  return {
    categories: [...new Set(explanations.flatMap((e) => e.categories))].sort(),
    recordIds: [...new Set(explanations.flatMap((e) => e.recordIds))].sort(),
  };
}

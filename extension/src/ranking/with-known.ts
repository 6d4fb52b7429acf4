/**
 * A pick of an item the person has already (a record names it: borrowed, attended, opened). The
 * extension ranks such items like any other, so which items a page sees marked does not depend on
 * what the person had; the mark says so instead ("Ken je al"), inside its closed shadow root.
 */
import type { Explanation } from '@verwonder/shared/model/suggestion.ts';
import type { RankedSuggestion } from './ranked-suggestion.ts';
import { restingOn } from './resting-on.ts';
import type { TasteRecord } from './taste-record.ts';

/** A pick the person has already: labelled, its first reason the records that name it. */
export function withKnown(
  suggestion: RankedSuggestion,
  records: readonly TasteRecord[],
): RankedSuggestion {
  const [first] = records;
  if (!first) return suggestion;
  const known: Explanation = {
    code: KNOWN,
    text: {
      nl: `Dit staat al bij je gegevens: ${first.label}`,
      en: `This is already among your records: ${first.label}`,
    },
    categories: [...new Set(records.map((record) => record.category))].sort(),
    recordIds: records.map((record) => record.id).sort(),
  };
  const explanations = [known, ...suggestion.explanations];
  return { ...suggestion, known: true, explanations, ...restingOn(explanations) };
}

/** The reason code of a pick the person has already (`withKnown`). */
export const KNOWN = 'known-already';

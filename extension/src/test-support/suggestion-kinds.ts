import { POPULAR_ON_PAGE } from '../ranking/baseline-slots.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';

/** One suggestion of each kind a page must not tell apart: personal, surprise, baseline slot. */
const PERSONAL: RankedSuggestion = {
  itemId: 'book-1',
  kind: 'relevant',
  score: 0.8,
  explanations: [
    {
      code: 'shared-genre',
      text: { nl: 'Je leest graag fantasy', en: 'You like fantasy' },
      categories: ['loans'],
      recordIds: ['r1'],
    },
  ],
  categories: ['loans'],
  recordIds: ['r1'],
};

export const SUGGESTION_KINDS: Record<'personal' | 'surprise' | 'baseline', RankedSuggestion> = {
  personal: PERSONAL,
  surprise: { ...PERSONAL, kind: 'surprise' },
  baseline: {
    ...PERSONAL,
    explanations: [POPULAR_ON_PAGE],
    categories: [],
    recordIds: [],
    slot: 'baseline',
  },
};

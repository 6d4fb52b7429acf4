import { describe, expect, it } from 'vitest';

import { POPULAR_ON_PAGE } from '../ranking/baseline-slots.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import { documentFrom } from '../test-support/dom-fixture.ts';
import { suggestionMark } from './suggestion-mark.ts';
import type { WhyContext } from './why-panel.ts';
import { shownText } from '../test-support/shown-text.ts';

const BASELINE: RankedSuggestion = {
  itemId: 'book-2',
  kind: 'relevant',
  score: 0,
  explanations: [POPULAR_ON_PAGE],
  categories: [],
  recordIds: [],
  slot: 'baseline',
};

const context = (language: 'nl' | 'en'): WhyContext => ({
  language,
  records: new Map(),
  onStopCategory: () => undefined,
  feedbackAllowed: true,
  onFeedback: async () => true,
});

describe('a baseline slot’s mark', () => {
  it('says it is popular on the page and not personal, in Dutch and English', () => {
    for (const [language, pill, note, reason] of [
      ['nl', 'Populair', 'geen persoonlijke suggestie', 'Populair op deze pagina'],
      ['en', 'Popular', 'not a personal suggestion', 'Popular on this page'],
    ] as const) {
      const document = documentFrom('<!doctype html><body></body>');
      const { host, wrap } = suggestionMark(document, BASELINE, context(language));
      document.body.append(host);
      expect(shownText(wrap.querySelector('.pill-label:not(.pill-spacer)'))).toBe(pill);
      expect(shownText(wrap.querySelector('.note'))).toBe(note);
      expect(wrap.querySelector('.mark')?.getAttribute('aria-label')).not.toMatch(
        /^Persoonlijke|^Personal/,
      );
      const panel = wrap.querySelector('.panel')!;
      // No category or record: nothing of the person's was used, and it says so.
      expect(panel.querySelectorAll('li[data-category]')).toHaveLength(0);
      expect(shownText(panel)).toMatch(/geen persoonlijke suggestie|not a personal suggestion/);
      expect(shownText(panel.querySelector('[data-verwonder-reasons] li'))).toBe(reason);
    }
  });

  it('keeps the pill the same size whatever it says: all four labels are in it', () => {
    const document = documentFrom('<!doctype html><body></body>');
    const { wrap } = suggestionMark(document, BASELINE, context('nl'));
    expect([...wrap.querySelectorAll('.pill-label')].map((n) => shownText(n)).sort()).toEqual([
      'Ken je al',
      'Populair',
      'Verrassing',
      'Voor jou',
    ]);
  });
});

/**
 * Runs in a real page (bundled by test/extension-mark-size.browser.test.ts): draws the mark of each
 * kind of suggestion in a container of the given width and returns each host's box, as a page
 * script measuring the light DOM sees it.
 */
import { POPULAR_ON_PAGE } from '../../extension/src/ranking/baseline-slots.ts';
import type { RankedSuggestion } from '../../extension/src/ranking/rank-items.ts';
import { suggestionMark } from '../../extension/src/ui/suggestion-mark.ts';

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

const KINDS: Record<string, RankedSuggestion> = {
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

export function measureMarks(document: Document, width: string, language: 'nl' | 'en') {
  return Object.entries(KINDS).map(([kind, suggestion]) => {
    const container = document.createElement('div');
    container.style.width = width;
    document.body.append(container);
    const { host } = suggestionMark(document, suggestion, {
      language,
      records: new Map([['r1', { category: 'loans', label: 'De naam van de wind' }]]),
      onStopCategory: () => undefined,
      onFeedback: () => undefined,
    });
    container.append(host);
    const box = host.getBoundingClientRect();
    return { kind, width: box.width, height: box.height };
  });
}

/**
 * Runs in a real page (bundled by test/extension-mark-size.browser.test.ts): draws the mark of each
 * kind of suggestion in a container of the given width and returns each host's box, as a page
 * script measuring the light DOM sees it, with the why-panel closed or opened.
 */
import { SUGGESTION_KINDS } from '../../extension/src/test-support/suggestion-kinds.ts';
import { suggestionMark } from '../../extension/src/ui/suggestion-mark.ts';

export function measureMarks(
  document: Document,
  width: string,
  language: 'nl' | 'en',
  openWhy = false,
) {
  return Object.entries(SUGGESTION_KINDS).map(([kind, suggestion]) => {
    const container = document.createElement('div');
    container.style.width = width;
    document.body.append(container);
    const { host, wrap } = suggestionMark(document, suggestion, {
      language,
      records: new Map([['r1', { category: 'loans', label: 'De naam van de wind' }]]),
      onStopCategory: () => undefined,
      feedbackAllowed: true,
      onFeedback: async () => true,
    });
    container.append(host);
    // The person opens "Waarom zie ik dit?": a click the page sees, on a host of the same size.
    if (openWhy) wrap.querySelector<HTMLButtonElement>('button.why')!.click();
    const box = host.getBoundingClientRect();
    return { kind, width: box.width, height: box.height };
  });
}

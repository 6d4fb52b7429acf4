import type { PageItem } from '../page/page-item.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import { PAGE_MESSAGES } from '../i18n/page-messages.ts';
import { suggestionPill } from './suggestion-mark.ts';
import { createUiHost, element, type UiHost } from './ui-host.ts';
import { whyPanel, type WhyContext } from './why-panel.ts';

/**
 * The zone above a list page's results: the suggestions again, as links with their pill and
 * why-panel. It adds; the list below stays as the site made it.
 */
export function recommendationZone(
  document: Document,
  suggestions: readonly { suggestion: RankedSuggestion; item: PageItem }[],
  context: WhyContext,
): UiHost {
  const messages = PAGE_MESSAGES[context.language];
  const ui = createUiHost(document, 'zone');
  const zone = element(document, 'section', 'zone');
  zone.setAttribute('aria-label', messages.zoneLabel);
  const close = element(document, 'button', 'close', messages.zoneClose);
  close.type = 'button';
  close.setAttribute('data-close-zone', '');
  close.addEventListener('click', () => {
    for (const { suggestion } of suggestions) context.onEvent?.(suggestion, 'dismiss');
    context.onCloseZone?.();
  });
  const head = element(document, 'div', 'zone-head');
  head.append(element(document, 'h2', undefined, messages.zoneTitle), close);
  zone.append(head, element(document, 'p', 'note', messages.zoneNote));
  const list = element(document, 'ol');
  for (const { suggestion, item } of suggestions) {
    const entry = element(document, 'li');
    entry.setAttribute('data-item-id', item.id);
    // item.url was checked to be http(s) when the page was read; otherwise the title is plain text.
    let title: HTMLElement = element(document, 'strong', undefined, item.name);
    if (item.url) {
      const link = element(document, 'a', undefined, item.name);
      link.href = item.url;
      link.addEventListener('click', () => context.onEvent?.(suggestion, 'click'));
      title = link;
    }
    const { button, panel } = whyPanel(document, suggestion, context);
    entry.append(
      suggestionPill(document, suggestion, context),
      document.createTextNode(' '),
      title,
      document.createTextNode(' '),
      button,
      panel,
    );
    list.append(entry);
  }
  zone.append(list);
  ui.wrap.append(zone);
  return ui;
}

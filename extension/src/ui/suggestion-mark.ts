import type { RankedSuggestion } from '../ranking/rank-items.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { createUiHost, element, type UiHost } from './ui-host.ts';
import { whyPanel, type WhyContext } from './why-panel.ts';

/** The pill "Voor jou" / "Verrassing", always followed by words saying it is personalisation. */
export function suggestionPill(
  document: Document,
  suggestion: RankedSuggestion,
  context: WhyContext,
) {
  const messages = MESSAGES[context.language];
  const surprise = suggestion.kind === 'surprise';
  return element(
    document,
    'span',
    surprise ? 'pill surprise' : 'pill',
    surprise ? messages.surprise : messages.forYou,
  );
}

/** The badge on an item's card: pill, note, and the why-panel. */
export function suggestionMark(
  document: Document,
  suggestion: RankedSuggestion,
  context: WhyContext,
): UiHost {
  const messages = MESSAGES[context.language];
  const ui = createUiHost(document, 'badge');
  ui.host.setAttribute('data-item-id', suggestion.itemId);
  ui.host.setAttribute('data-kind', suggestion.kind);
  const mark = element(document, 'div', 'mark');
  mark.setAttribute('role', 'group');
  mark.setAttribute('aria-label', messages.markLabel);
  const { button, panel } = whyPanel(document, suggestion, context);
  mark.append(
    suggestionPill(document, suggestion, context),
    element(document, 'span', 'note', messages.personalNote),
    button,
    panel,
  );
  ui.wrap.append(mark);
  return ui;
}

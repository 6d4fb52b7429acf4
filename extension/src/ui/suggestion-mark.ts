import type { RankedSuggestion } from '../ranking/rank-items.ts';
import type { ReactionKind } from '../control/local-profile.ts';
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
    feedbackButtons(document, suggestion, context),
    panel,
  );
  ui.wrap.append(mark);
  return ui;
}

const FEEDBACK: readonly {
  kind: ReactionKind;
  label: 'feedbackUp' | 'feedbackDown' | 'feedbackWow';
}[] = [
  { kind: 'thumbs-up', label: 'feedbackUp' },
  { kind: 'thumbs-down', label: 'feedbackDown' },
  { kind: 'wow', label: 'feedbackWow' },
];

/** Thumbs up, thumbs down, "wow": text buttons (no emoji: not every system has the font), pressed state shown. */
function feedbackButtons(document: Document, suggestion: RankedSuggestion, context: WhyContext) {
  const messages = MESSAGES[context.language];
  const group = element(document, 'span', 'feedback');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', messages.feedbackLabel);
  const buttons = FEEDBACK.map(({ kind, label }) => {
    const button = element(document, 'button', 'feedback-button', messages[label]);
    button.type = 'button';
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('data-feedback', kind);
    button.addEventListener('click', () => {
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      context.onFeedback(suggestion, kind);
    });
    return button;
  });
  group.append(...buttons);
  return group;
}

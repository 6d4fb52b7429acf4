import type { RankedSuggestion } from '../ranking/rank-items.ts';
import type { ReactionKind } from '../control/local-profile.ts';
import { PAGE_MESSAGES } from '../i18n/page-messages.ts';
import { createUiHost, element, type UiHost } from './ui-host.ts';
import { whyPanel, type WhyContext } from './why-panel.ts';

/**
 * All `texts` in one grid cell, only `shown` visible and read out; the others hold the cell open
 * (hidden, and aria-hidden), so the cell has the same size whichever text it shows.
 */
function oneCell(
  document: Document,
  classes: { text: string; spacer: string },
  texts: readonly string[],
  shown: number,
): HTMLElement[] {
  return [
    element(document, 'span', classes.text, texts[shown]),
    ...texts.flatMap((text, index) => {
      if (index === shown) return [];
      const spacer = element(document, 'span', `${classes.text} ${classes.spacer}`, text);
      spacer.setAttribute('aria-hidden', 'true');
      return [spacer];
    }),
  ];
}

/**
 * The pill "Voor jou" / "Verrassing" / "Populair" (a baseline slot), always followed by words saying
 * what it is. All labels sit in one grid cell, the others invisible, so the pill (and the host
 * around it) has the same size whichever it says: a page measuring the host learns nothing about
 * the kind.
 */
export function suggestionPill(
  document: Document,
  suggestion: RankedSuggestion,
  context: WhyContext,
) {
  const messages = PAGE_MESSAGES[context.language];
  const baseline = suggestion.slot === 'baseline';
  const surprise = !baseline && suggestion.kind === 'surprise';
  const pill = element(
    document,
    'span',
    baseline ? 'pill baseline' : surprise ? 'pill surprise' : 'pill',
  );
  const labels = [messages.forYou, messages.surprise, messages.baselinePill];
  const shown = baseline ? 2 : surprise ? 1 : 0;
  pill.append(...oneCell(document, { text: 'pill-label', spacer: 'pill-spacer' }, labels, shown));
  return pill;
}

/**
 * The badge on an item's card: pill, note, and the why-panel. The light-DOM host says only that a
 * mark is there: which item it is about and whether it is a surprise stay inside the closed shadow
 * root, where page scripts cannot read them (any attribute on the host, a page could).
 */
export function suggestionMark(
  document: Document,
  suggestion: RankedSuggestion,
  context: WhyContext,
): UiHost {
  const messages = PAGE_MESSAGES[context.language];
  const ui = createUiHost(document, 'badge');
  const mark = element(document, 'div', 'mark');
  mark.setAttribute('data-item-id', suggestion.itemId);
  mark.setAttribute('data-kind', suggestion.kind);
  const baseline = suggestion.slot === 'baseline';
  if (baseline) mark.setAttribute('data-slot', 'baseline');
  mark.setAttribute('role', 'group');
  mark.setAttribute('aria-label', baseline ? messages.baselineMarkLabel : messages.markLabel);
  const { button, panel } = whyPanel(document, suggestion, context);
  // Like the pill's labels, both notes share one cell: their lengths differ, the box must not.
  const notes = element(document, 'span', 'notes');
  notes.append(
    ...oneCell(
      document,
      { text: 'note', spacer: 'note-spacer' },
      [messages.personalNote, messages.baselineNote],
      baseline ? 1 : 0,
    ),
  );
  mark.append(
    suggestionPill(document, suggestion, context),
    notes,
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
  const messages = PAGE_MESSAGES[context.language];
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

import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import type { ReactionKind } from '../control/local-profile.ts';
import { PAGE_MESSAGES } from '../i18n/page-messages.ts';
import { createUiHost, element, type UiHost } from './ui-host.ts';
import { unfindableText } from './unfindable-text.ts';
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
 * The pill "Voor jou" / "Verrassing" / "Populair" (a baseline slot) / "Ken je al" (something the
 * person has already: `with-known.ts`), always followed by words saying
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
  const labels = [messages.forYou, messages.surprise, messages.baselinePill, messages.knownPill];
  // Something the person has already says so, whatever slot it won.
  const shown = suggestion.known ? 3 : baseline ? 2 : surprise ? 1 : 0;
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

/**
 * Thumbs up, thumbs down, "wow": text buttons (no emoji: not every system has the font). One choice
 * per suggestion, as on the vault's "Voor jou": another button replaces it, the pressed one
 * withdraws it. A button shows pressed only once the extension has kept the choice; a refusal says
 * so, and where feedback cannot be kept (mode "Beperkt", the category off) the buttons are
 * disabled with the reason beside them.
 */
function feedbackButtons(document: Document, suggestion: RankedSuggestion, context: WhyContext) {
  const messages = PAGE_MESSAGES[context.language];
  const group = element(document, 'span', 'feedback');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', messages.feedbackLabel);
  const status = element(document, 'span', 'feedback-status');
  status.setAttribute('role', 'status');
  let chosen = context.feedbackAllowed ? context.chosenFeedback?.(suggestion) : undefined;
  let busy = false;
  const show = () => {
    for (const button of buttons)
      button.setAttribute('aria-pressed', String(button.dataset.feedback === chosen));
  };
  const words = {
    saved: messages.feedbackSaved,
    withdrawn: messages.feedbackWithdrawn,
    failed: messages.feedbackFailed,
    off: messages.feedbackOff,
  };
  const say = (state: keyof typeof words) => {
    status.setAttribute('data-state', state);
    unfindableText(status, words[state]);
  };
  const choose = async (kind: ReactionKind) => {
    // One change at a time: a press while one is on its way is dropped.
    if (busy) return;
    busy = true;
    group.setAttribute('aria-busy', 'true');
    const next = chosen === kind ? undefined : kind;
    const kept = await context.onFeedback(suggestion, next).catch(() => false);
    busy = false;
    group.removeAttribute('aria-busy');
    if (!kept) return say('failed');
    chosen = next;
    show();
    say(next ? 'saved' : 'withdrawn');
  };
  const buttons = FEEDBACK.map(({ kind, label }) => {
    const button = element(document, 'button', 'feedback-button', messages[label]);
    button.type = 'button';
    button.setAttribute('data-feedback', kind);
    if (context.feedbackAllowed) button.addEventListener('click', () => void choose(kind));
    else button.disabled = true;
    return button;
  });
  show();
  const note = context.feedbackAllowed ? context.feedbackNote?.(suggestion) : 'off';
  if (note) say(note);
  group.append(...buttons, status);
  return group;
}

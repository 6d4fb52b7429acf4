/**
 * "Waarom zie ik dit?": a disclosure button and the panel it opens, naming the categories and the
 * records a suggestion used, each category with a button to stop using it on this site.
 */
import { CATEGORIES, type CategoryId } from '../control/categories.ts';
import type { EventKind, ReactionKind } from '../control/local-profile.ts';
import type { Language } from '../control/settings.ts';
import { PAGE_MESSAGES } from '../i18n/page-messages.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { element } from './ui-host.ts';

export interface WhyContext {
  language: Language;
  /** The records the suggestions rest on, as far as the why-panel names them. */
  records: ReadonlyMap<string, Pick<TasteRecord, 'category' | 'label'>>;
  onStopCategory(category: CategoryId): void;
  /** Whether a reaction can be kept on this site (`feedback` allowed); if not, the buttons say so. */
  feedbackAllowed: boolean;
  /** The person's reaction to the suggestion's item as stored (shown pressed), if any. */
  chosenFeedback?(suggestion: RankedSuggestion): ReactionKind | undefined;
  /** What the buttons last said on this page view (a mark drawn again says it again). */
  feedbackNote?(suggestion: RankedSuggestion): FeedbackNote | undefined;
  /**
   * Keeps the reaction (`kind`) or withdraws it (undefined); resolves whether the extension kept
   * (or withdrew) it: only then does the mark show the new choice.
   */
  onFeedback(suggestion: RankedSuggestion, kind: ReactionKind | undefined): Promise<boolean>;
  /** A link to a suggestion followed, or the zone closed (recorded where feedback is allowed). */
  onEvent?(suggestion: RankedSuggestion, kind: Exclude<EventKind, 'impression' | 'answer'>): void;
  /** The person closed the zone: it stays closed on this page. */
  onCloseZone?(): void;
}

export type FeedbackNote = 'saved' | 'withdrawn' | 'failed';

let panelCount = 0;

export function whyPanel(document: Document, suggestion: RankedSuggestion, context: WhyContext) {
  const messages = PAGE_MESSAGES[context.language];
  const button = element(document, 'button', 'why', messages.why);
  button.type = 'button';
  const panel = element(document, 'div', 'panel');
  panel.id = `verwonder-why-${++panelCount}`;
  panel.hidden = true;
  panel.setAttribute('data-verwonder-why', suggestion.itemId);
  // The panel has one fixed size (ui-style.ts) and scrolls: keyboard users reach what is below.
  panel.tabIndex = 0;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', messages.why);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);
  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
  });

  // A baseline slot used nothing of the person's: it says so instead of "Used:".
  panel.append(
    element(
      document,
      'p',
      undefined,
      suggestion.slot === 'baseline' ? messages.baselineWhyIntro : messages.whyIntro,
    ),
  );
  const list = element(document, 'ul');
  for (const category of suggestion.categories) {
    const item = element(document, 'li');
    item.setAttribute('data-category', category);
    const label = CATEGORIES[category].label[context.language];
    item.append(element(document, 'strong', undefined, label));
    const used = suggestion.recordIds
      .map((id) => context.records.get(id))
      .filter((record) => record?.category === category)
      .map((record) => record?.label ?? '');
    if (used.length > 0) item.append(element(document, 'span', undefined, `: ${used.join(', ')}`));
    const stop = element(
      document,
      'button',
      'stop',
      messages.stopCategory.replace('{category}', label),
    );
    stop.type = 'button';
    stop.setAttribute('data-stop-category', category);
    stop.addEventListener('click', () => context.onStopCategory(category));
    item.append(stop);
    list.append(item);
  }
  panel.append(list);
  if (suggestion.explanations.length > 0) {
    const reasons = element(document, 'ul');
    reasons.setAttribute('data-verwonder-reasons', '');
    for (const explanation of suggestion.explanations) {
      const reason = element(document, 'li', undefined, explanation.text[context.language]);
      reason.setAttribute('data-code', explanation.code);
      reasons.append(reason);
    }
    panel.append(element(document, 'p', undefined, messages.whyTerms), reasons);
  }
  return { button, panel };
}

/**
 * Where the extension brings an item page's action forward: on a detail page whose item carries a
 * mark, when the page has one clear primary action. The emphasis says why with the pick's first
 * reason (inside its closed shadow root).
 */
import type { Language } from '../control/settings.ts';
import type { Place } from '../messaging/runtime-messages.ts';
import { findPrimaryAction } from '../page/primary-action.ts';
import type { FoundItem, PageKind } from '../page/page-layout.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import { actionFocus, type ActionFocus } from '../ui/action-focus.ts';

export function focusOnAction(
  document: Document,
  kind: PageKind,
  picks: readonly { suggestion: RankedSuggestion; found: FoundItem }[],
  language: Language,
  onChange: () => void,
): { focus: ActionFocus; place: Place } | undefined {
  if (kind !== 'detail') return undefined;
  // Whatever the kind (Voor jou, Verrassing, a baseline slot): the page sees the host, so its
  // presence must say no more than the mark's host already does. Equal treatment also keeps the
  // comparison of wonder with the baseline fair. The reason names what the pick rests on.
  const pick = picks[0];
  if (!pick) return undefined;
  const action = findPrimaryAction(document);
  if (!action) return undefined;
  const reason = pick.suggestion.explanations[0]?.text[language] ?? '';
  const focus = actionFocus(action.element, { action: action.name, reason, language }, onChange);
  return {
    focus,
    place: {
      kind: 'focus',
      itemId: pick.found.item.id,
      title: action.name,
      categories: pick.suggestion.categories,
    },
  };
}

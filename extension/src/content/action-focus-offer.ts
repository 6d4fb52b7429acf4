/**
 * Where the extension brings an item page's action forward: on a detail page whose item is a
 * "Voor jou" pick (it rests on the person's own records, in the categories allowed on this site),
 * when the page has one clear primary action. The emphasis says why with the pick's first reason.
 */
import type { Language } from '../control/settings.ts';
import type { Place } from '../messaging/runtime-messages.ts';
import { findPrimaryAction } from '../page/primary-action.ts';
import type { FoundItem, PageKind } from '../page/page-layout.ts';
import type { RankedSuggestion } from '../ranking/rank-items.ts';
import { actionFocus, type ActionFocus } from '../ui/action-focus.ts';

export function focusOnAction(
  document: Document,
  kind: PageKind,
  picks: readonly { suggestion: RankedSuggestion; found: FoundItem }[],
  language: Language,
  onChange: () => void,
): { focus: ActionFocus; place: Place } | undefined {
  if (kind !== 'detail') return undefined;
  // A surprise is an invitation to look, not a sign the person will take the action.
  // Nor is a baseline slot (popular on the page, not personal).
  const pick = picks.find(
    ({ suggestion }) => suggestion.kind === 'relevant' && suggestion.slot === undefined,
  );
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

/**
 * Draws what the ranking chose, in one animation frame: a mark inside each chosen item, the zone
 * above the list (unless the person closed it) and the form offers, each in its own closed shadow
 * root with a visibility guard, and on an item page that fits, the emphasis of the site's own
 * action (action-focus-offer.ts). Only writes, but for that one action's style on a detail page.
 * Marks go only on items the person can see, checked before a mark goes in and again once it is
 * in: otherwise the page could read them off cards it hides (a probe of the person's data).
 */
import type { Language } from '../control/settings.ts';
import type { FeedbackEvent, Place } from '../messaging/runtime-messages.ts';
import type { FoundItem, PageKind } from '../page/page-layout.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import { formAssist } from '../ui/form-assist.ts';
import type { ProfileFields } from '../forms/profile-fields.ts';
import { recommendationZone } from '../ui/recommendation-zone.ts';
import { suggestionMark } from '../ui/suggestion-mark.ts';
import type { UiHost } from '../ui/ui-host.ts';
import { guardVisibility, type GuardedHost } from '../ui/visibility-guard.ts';
import type { Stillness } from '../ui/watch-stillness.ts';
import type { WhyContext } from '../ui/why-panel.ts';
import { focusOnAction } from './action-focus-offer.ts';

export interface Mounted {
  ui: UiHost;
  guard: GuardedHost;
  /** What it shows (marks and the zone): a redraw showing the same in its place carries its guard on. */
  shows?: string;
}

export interface MarksToDraw {
  document: Document;
  language: Language;
  suggestions: readonly RankedSuggestion[];
  byId: ReadonlyMap<string, FoundItem>;
  listContainer?: Element;
  /** The page's kind as read (`detail` pages may get the action emphasis). */
  pageKind: PageKind;
  showZone: boolean;
  forms: readonly HTMLFormElement[];
  /** The why-panel's records and the reactions (see WhyContext). */
  context: WhyContext;
  profileFields(): Promise<ProfileFields>;
  /** Told when a guard sees the page hide or cover some of the injected UI. */
  report(): void;
  canSee(element: Element): boolean;
  /** What a suggestion's mark shows, as far as the person can tell (mark-context.ts). */
  shows(suggestion: RankedSuggestion): string;
  /**
   * The stillness of what was mounted before, by what it showed (Mounted's `shows`): a mark redrawn
   * showing the same in the same box keeps its wait (watch-stillness.ts), so the person's click
   * right after a new ranking (the vault was read again) still counts.
   */
  carried?: ReadonlyMap<string, Stillness>;
}

/** The feedback event of a suggestion, named by the item it marks. */
export function eventOf(
  byId: ReadonlyMap<string, FoundItem>,
  suggestion: RankedSuggestion,
  kind: FeedbackEvent['kind'],
): FeedbackEvent[] {
  const item = byId.get(suggestion.itemId)?.item;
  // Something the person has already is no suggestion to count as shown, opened or taken up.
  return item && !suggestion.known
    ? [
        {
          kind,
          itemId: item.id,
          title: item.name,
          wasSurprise: suggestion.kind === 'surprise',
          ...(suggestion.slot ? { slot: suggestion.slot } : {}),
        },
      ]
    : [];
}

export function drawMarks(draw: MarksToDraw): {
  mounted: Mounted[];
  places: Place[];
  shown: RankedSuggestion[];
} {
  const { document, context, report } = draw;
  const mounted: Mounted[] = [];
  const picks = draw.suggestions.flatMap((suggestion) => {
    const found = draw.byId.get(suggestion.itemId);
    const seen = found?.element && draw.canSee(found.element) && found.anchor;
    if (!found || !seen) return [];
    const ui = suggestionMark(document, suggestion, context);
    seen.prepend(ui.host);
    if (!draw.canSee(ui.host)) {
      ui.host.remove();
      return [];
    }
    const shows = draw.shows(suggestion);
    mounted.push({ ui, guard: guardVisibility(ui, report, draw.carried?.get(shows)), shows });
    return [{ suggestion, found }];
  });
  const places: Place[] = picks.map(({ suggestion, found }) => ({
    kind: suggestion.known ? 'known' : (suggestion.slot ?? suggestion.kind),
    itemId: found.item.id,
    title: found.item.name,
    categories: suggestion.categories,
  }));
  if (draw.listContainer && picks.length > 0 && draw.showZone) {
    const zone = recommendationZone(
      document,
      picks.map(({ suggestion, found }) => ({ suggestion, item: found.item })),
      context,
    );
    draw.listContainer.before(zone.host);
    const shows = JSON.stringify([
      'zone',
      picks.map(({ suggestion, found }) => [
        draw.shows(suggestion),
        found.item.name,
        found.item.url,
      ]),
    ]);
    mounted.push({
      ui: zone,
      guard: guardVisibility(zone, report, draw.carried?.get(shows)),
      shows,
    });
    places.push({
      kind: 'zone',
      itemId: '',
      title: '',
      categories: [...new Set(picks.flatMap((pick) => pick.suggestion.categories))].sort(),
    });
  }
  // Issue 16: on an item page that fits, the site's own action brought forward.
  const focused = focusOnAction(document, draw.pageKind, picks, draw.language, report);
  if (focused) {
    mounted.push(focused.focus);
    places.push(focused.place);
  }
  for (const form of draw.forms) {
    const assist = formAssist(document, form, {
      language: draw.language,
      profileFields: draw.profileFields,
    });
    form.before(assist.host);
    mounted.push({ ui: assist, guard: guardVisibility(assist, report) });
  }
  return { mounted, places, shown: picks.map((pick) => pick.suggestion) };
}

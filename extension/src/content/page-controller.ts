/**
 * What the content script does on a city page, once the switch says it may: have the background
 * worker read and rank the page's items (ask-ranking.ts), mark the top suggestions and add a zone above
 * the list (draw-marks.ts), report every place it acts to the background, and keep that true as
 * the page (watch-page.ts) or the settings change.
 * With the mode off or the site switched off it does nothing but read the switch.
 */
import { parseProfile, PROFILE_KEY, rankingInputs, reactionsOn } from '../control/local-profile.ts';
import {
  allowedCategories,
  isActiveOn,
  parseSettings,
  SETTINGS_KEY,
  siteSettings,
  type Settings,
} from '../control/settings.ts';
import type { FeedbackEvent, Place } from '../messaging/runtime-messages.ts';
import type { FoundItem } from '../page/page-layout.ts';
import { itemTerms } from '../ranking/item-terms.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import type { PageRanking } from '../ranking/rank-page.ts';
import type { FeedbackNote } from '../ui/why-panel.ts';
import type { Stillness } from '../ui/watch-stillness.ts';
import { VAULT_TASTE_VERSION_KEY } from '../vault/vault-taste-version.ts';
import { askRanking } from './ask-ranking.ts';
import type { ContentEnv } from './content-env.ts';
import { drawMarks, eventOf, type Mounted } from './draw-marks.ts';
import { askProfileFields, formsToAssist } from './form-offer.ts';
import { markContext, markSignature, marksSignature } from './mark-context.ts';
import { canSee } from '../page/can-see.ts';
import { latestOnly } from './latest-only.ts';
import { nextFrame } from './schedule.ts';
import { watchPage, type PageWatch } from './watch-page.ts';

export type { ContentEnv } from './content-env.ts';

export function startPageController(env: ContentEnv): void {
  const { document } = env;
  const view = document.defaultView;
  if (!view) return;
  const origin = view.location.origin;
  let mounted: Mounted[] = [];
  let places: Place[] = [];
  let watch: PageWatch | undefined;
  let generation = 0;
  let visitSent = false;
  /** Suggestions already counted as shown on this page view (one impression each). */
  const impressed = new Set<string>();
  let zoneClosed = false;
  /** What the ranking used from the profile in the latest render. */
  let renderedInputs = '';
  /** What the latest mounted UI shows (see render). */
  let renderedSignature = '';
  /**
   * The marks the person reacted to on this page view, with the records they name: a reaction
   * changes the ranking (the item is now known), but the mark stays, showing the choice, so it can
   * be seen and withdrawn.
   */
  const reacted = new Map<
    string,
    { suggestion: RankedSuggestion; records: PageRanking['records']; found: FoundItem }
  >();
  /** What each item's feedback buttons last said (see mark-context.ts). */
  const notes = new Map<string, FeedbackNote>();
  /** A baseline slot and a wonder slot of the same item are two suggestions. */
  const slotKey = (suggestion: { itemId: string; slot?: string }) =>
    `${suggestion.itemId}#${suggestion.slot ?? ''}`;

  /** Impressions, clicks and dismissals go out batched: one message per render or per action. */
  const sendEvents = (events: FeedbackEvent[]) => {
    for (let start = 0; start < events.length; start += 50) {
      const batch = events.slice(start, start + 50);
      void env.send({ type: 'verwonder/feedback-events', events: batch }).catch(() => undefined);
    }
  };

  const report = () => {
    const obscured = mounted.some((entry) => entry.guard.obscured());
    void env.send({ type: 'verwonder/page-report', places, obscured }).catch(() => undefined);
  };

  const unmount = () => {
    for (const { ui, guard } of mounted) {
      guard.disconnect();
      ui.host.remove();
    }
    mounted = [];
  };

  // One at a time (see latest-only.ts), each until its marks are drawn.
  const render = latestOnly(async () => {
    const run = ++generation;
    const stored = await env.local.get(SETTINGS_KEY);
    const settings = parseSettings(stored[SETTINGS_KEY]);
    if (!isActiveOn(settings, origin)) {
      // Off means off: take down what an earlier "on" added, and stop watching the page.
      watch?.disconnect();
      watch = undefined;
      if (mounted.length > 0 || places.length > 0) {
        unmount();
        places = [];
        report();
      }
      return;
    }
    const profile = parseProfile((await env.local.get(PROFILE_KEY))[PROFILE_KEY]);
    renderedInputs = rankingInputs(profile);
    const ranked = await askRanking(env, document);
    // Over the tab's budget (or superseded): the page keeps the marks it has.
    if (!ranked || run !== generation) return;
    const { kind, layout, single } = ranked;
    const allowed = allowedCategories(settings, origin);
    const { ranking, byId } = withReacted(ranked.ranking, ranked.byId, allowed);
    const reactions = reactionsOn(profile, origin);
    const feedbackAllowed = allowed.includes('feedback');
    const assistForms = await formsToAssist(env, allowed);
    if (run !== generation) return;
    maybeRecordVisit(settings, kind, single);
    const signature = marksSignature(ranking, {
      language: settings.language,
      zoneClosed,
      forms: assistForms.length,
      reactions,
      notes,
    });
    await nextFrame(view);
    if (run !== generation) return;
    if (
      signature === renderedSignature &&
      mounted.length > 0 &&
      mounted.every(({ ui }) => ui.host.isConnected)
    ) {
      report();
      startWatching();
      return;
    }
    renderedSignature = signature;
    // Taken before the old UI goes: what shows the same in the same place keeps its click guard.
    const carried = new Map<string, Stillness>();
    for (const { shows, guard } of mounted) {
      const stillness = shows === undefined ? undefined : guard.stillness();
      if (shows !== undefined && stillness) carried.set(shows, stillness);
    }
    unmount();
    const records = new Map(ranking.records.map((record) => [record.id, record]));
    const context = markContext({
      env,
      language: settings.language,
      byId,
      records,
      feedbackAllowed,
      reactions,
      notes,
      onReact: (suggestion) => {
        const named = new Set(suggestion.recordIds);
        const found = byId.get(suggestion.itemId);
        if (!found) return;
        reacted.set(slotKey(suggestion), {
          suggestion,
          records: ranking.records.filter((record) => named.has(record.id)),
          found,
        });
      },
      sendEvents,
      onCloseZone: () => {
        zoneClosed = true;
        mounted = mounted.filter(({ ui, guard }) => {
          if (ui.host.getAttribute('data-verwonder') !== 'zone') return true;
          guard.disconnect();
          ui.host.remove();
          return false;
        });
        places = places.filter((place) => place.kind !== 'zone');
        report();
      },
    });
    const drawn = drawMarks({
      document,
      language: settings.language,
      suggestions: ranking.suggestions,
      byId,
      ...(layout.listContainer ? { listContainer: layout.listContainer } : {}),
      pageKind: kind,
      showZone: !zoneClosed,
      forms: assistForms,
      context,
      profileFields: () => askProfileFields(env),
      report,
      canSee: env.canSee ?? canSee,
      shows: (suggestion) =>
        markSignature(suggestion, records, { language: settings.language, reactions, notes }),
      carried,
    });
    mounted = drawn.mounted;
    places = drawn.places;
    if (feedbackAllowed) {
      const fresh = drawn.shown.filter((suggestion) => !impressed.has(slotKey(suggestion)));
      for (const suggestion of fresh) impressed.add(slotKey(suggestion));
      sendEvents(fresh.flatMap((suggestion) => eventOf(byId, suggestion, 'impression')));
    }
    // No check here: each guard's IntersectionObserver reports right after the next layout,
    // where a check costs nothing extra (here it would force a layout of the whole page).
    report();
    startWatching();
  });

  /**
   * The ranking plus the marks reacted to on this page view that it left out, while their cards are
   * still on the page (the worker answers only the items it marks, so their cards come from then).
   */
  const withReacted = (
    ranking: PageRanking,
    found: ReadonlyMap<string, FoundItem>,
    allowed: readonly string[],
  ) => {
    const present = new Set(ranking.suggestions.map(slotKey));
    // Never one resting on a category the person has since stopped on this site.
    const kept = [...reacted.values()].filter(
      (entry) =>
        !present.has(slotKey(entry.suggestion)) &&
        entry.found.element?.isConnected &&
        entry.suggestion.categories.every((category) => allowed.includes(category)),
    );
    const byId = new Map(found);
    for (const entry of kept)
      if (!byId.has(entry.suggestion.itemId)) byId.set(entry.suggestion.itemId, entry.found);
    return {
      byId,
      ranking: {
        suggestions: [...ranking.suggestions, ...kept.map(({ suggestion }) => suggestion)],
        records: [...ranking.records, ...kept.flatMap(({ records }) => records)],
      },
    };
  };

  /** On an item page, where the person opted in: one visit (the background checks again). */
  const maybeRecordVisit = (settings: Settings, kind: string, single: FoundItem | undefined) => {
    const item = single?.item;
    if (visitSent || kind !== 'detail' || !item || !siteSettings(settings, origin).capture) return;
    visitSent = true;
    const terms = itemTerms(item).slice(0, 50);
    void env
      .send({ type: 'verwonder/record-visit', itemId: item.id, title: item.name, terms })
      .catch(() => undefined);
  };

  const startWatching = () => {
    if (watch || !document.body) return;
    watch = watchPage(view, document.body, {
      reread: () => void render(),
      recheck: () => {
        for (const entry of mounted) entry.guard.check();
      },
    });
  };

  env.onStorageChanged((keys) => {
    // Settings, or the vault's records (re-read by the background) changed: rank again.
    if (keys.includes(SETTINGS_KEY) || keys.includes(VAULT_TASTE_VERSION_KEY)) return void render();
    if (!keys.includes(PROFILE_KEY)) return;
    // Impressions and sync marks change the stored profile too, but not what the ranking uses.
    void env.local.get(PROFILE_KEY).then((stored) => {
      if (rankingInputs(parseProfile(stored[PROFILE_KEY])) !== renderedInputs) void render();
    });
  });
  void render();
}

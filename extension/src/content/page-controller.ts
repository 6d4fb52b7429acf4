/**
 * What the content script does on a city page, once the switch says it may: read the items, rank
 * them on the device, mark the top suggestions and add a zone above the list, report every place
 * it acts to the background, and keep that true as the page or the settings change.
 * With the mode off or the site switched off it does nothing but read the switch.
 */
import type { CategoryId } from '../control/categories.ts';
import { parseProfile, PROFILE_KEY, rankingInputs } from '../control/local-profile.ts';
import {
  allowedCategories,
  isActiveOn,
  parseSettings,
  SETTINGS_KEY,
  siteSettings,
  type Settings,
} from '../control/settings.ts';
import type { StorageArea } from '../control/storage-area.ts';
import {
  type FeedbackEvent,
  VaultTasteResponseSchema,
  type Place,
  type RuntimeRequest,
} from '../messaging/runtime-messages.ts';
import { toPageItem } from '../page/page-item.ts';
import { readPageSliced, type FoundItem } from '../page/read-page.ts';
import { itemTerms } from '../ranking/item-terms.ts';
import { pageSignalAdjustments } from '../ranking/page-signals.ts';
import { rankItems, type RankedSuggestion } from '../ranking/rank-items.ts';
import { localTasteRecords, rejectedItems, type TasteRecord } from '../ranking/taste-record.ts';
import { formAssist } from '../ui/form-assist.ts';
import { recommendationZone } from '../ui/recommendation-zone.ts';
import { suggestionMark } from '../ui/suggestion-mark.ts';
import { UI_HOST_TAG, type UiHost } from '../ui/ui-host.ts';
import { guardVisibility, type GuardedHost } from '../ui/visibility-guard.ts';
import { VAULT_TASTE_VERSION_KEY } from '../vault/vault-taste.ts';
import type { WhyContext } from '../ui/why-panel.ts';
import { focusOnAction } from './action-focus-offer.ts';
import { askProfileFields, formsToAssist } from './form-offer.ts';
import { inFrame, mapInIdleSlices } from './schedule.ts';

export interface ContentEnv {
  document: Document;
  local: StorageArea;
  onStorageChanged(listener: (keys: readonly string[]) => void): void;
  send(message: RuntimeRequest): Promise<unknown>;
}

const RELEVANT_PER_PAGE = 3;

const ITEM_SELECTOR = '[itemscope], [data-item-id], script[type="application/ld+json"]';

/** Whether an added or removed node can change what the page reader finds. */
function carriesItems(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return (
    element.localName !== UI_HOST_TAG &&
    (element.matches(ITEM_SELECTOR) || element.querySelector(ITEM_SELECTOR) !== null)
  );
}

/** The paired vault's records allowed on this site (none when unpaired or unreachable). */
async function askVaultTaste(env: ContentEnv): Promise<TasteRecord[]> {
  try {
    const parsed = VaultTasteResponseSchema.safeParse(
      await env.send({ type: 'verwonder/get-vault-taste' }),
    );
    return parsed.success ? parsed.data.records : [];
  } catch {
    return [];
  }
}

export function startPageController(env: ContentEnv): void {
  const vaultTaste = () => askVaultTaste(env);
  const { document } = env;
  const view = document.defaultView;
  if (!view) return;
  const origin = view.location.origin;
  let mounted: { ui: UiHost; guard: GuardedHost }[] = [];
  let places: Place[] = [];
  let observer: MutationObserver | undefined;
  let pending = false;
  let needsRead = false;
  let generation = 0;
  let visitSent = false;
  /** Suggestions already counted as shown on this page view (one impression each). */
  const impressed = new Set<string>();
  let zoneClosed = false;
  /** What the ranking used from the profile in the latest render. */
  let renderedInputs = '';
  /** What the latest mounted UI shows (see render). */
  let renderedSignature = '';

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

  const stopCategory = (category: CategoryId) => {
    void env.send({ type: 'verwonder/stop-category', category }).catch(() => undefined);
  };

  const render = async () => {
    const run = ++generation;
    const stored = await env.local.get(SETTINGS_KEY);
    const settings = parseSettings(stored[SETTINGS_KEY]);
    if (!isActiveOn(settings, origin)) {
      // Off means off: take down what an earlier "on" added, and stop watching the page.
      observer?.disconnect();
      observer = undefined;
      if (mounted.length > 0 || places.length > 0) {
        unmount();
        places = [];
        report();
      }
      return;
    }
    const profile = parseProfile((await env.local.get(PROFILE_KEY))[PROFILE_KEY]);
    renderedInputs = rankingInputs(profile);
    const reading = await readPageSliced(document, (nodes, baseUrl) =>
      mapInIdleSlices(view, nodes, (node) => toPageItem(node, baseUrl)),
    );
    if (run !== generation) return;
    const fromVault = await vaultTaste();
    if (run !== generation) return;
    // A visit or reaction already sent to the vault comes back from it: count it once.
    const inVault = new Set(
      fromVault.flatMap((r) => (r.itemId ? [`${r.category}:${r.itemId}`] : [])),
    );
    const local = localTasteRecords(profile).filter(
      (r) => !(r.itemId && inVault.has(`${r.category}:${r.itemId}`)),
    );
    const records = [...local, ...fromVault];
    const allowed = allowedCategories(settings, origin);
    const feedbackAllowed = allowed.includes('feedback');
    const shown = reading.items.filter((found) => found.anchor);
    const shownItems = shown.map((found) => found.item);
    const ranked = rankItems(shownItems, records, allowed, {
      relevant: RELEVANT_PER_PAGE,
      excluded: feedbackAllowed ? rejectedItems(profile) : undefined,
      site: { id: reading.site ?? 'page', name: origin },
      dial: settings.dial,
      // Place, price, date and organiser on the page (issue 16): one separate call.
      adjustments: pageSignalAdjustments(shownItems, records, allowed, Date.now()),
    });
    const byId = new Map(shown.map((found) => [found.item.id, found]));
    const assistForms = await formsToAssist(env, allowed);
    if (run !== generation) return;
    maybeRecordVisit(settings, reading.kind, shown);
    // What the person would see: when a new ranking shows the same (the vault's records were read
    // again, the page re-rendered elsewhere), the marks stay as they are rather than flicker.
    const labelOf = new Map(
      records.map((record) => [record.id, `${record.category}:${record.label}`]),
    );
    const signature = JSON.stringify([
      settings.language,
      zoneClosed,
      assistForms.length,
      ranked.map((s) => [
        s.itemId,
        s.kind,
        s.categories,
        s.explanations.map((e) => e.text.nl),
        s.recordIds.map((id) => labelOf.get(id)).sort(),
      ]),
    ]);
    inFrame(view, () => {
      if (run !== generation) return;
      if (
        signature === renderedSignature &&
        mounted.length > 0 &&
        mounted.every(({ ui }) => ui.host.isConnected)
      ) {
        report();
        watchPage();
        return;
      }
      renderedSignature = signature;
      unmount();
      const eventOf = (suggestion: RankedSuggestion, kind: FeedbackEvent['kind']) => {
        const item = byId.get(suggestion.itemId)?.item;
        return item
          ? [
              {
                kind,
                itemId: item.id,
                title: item.name,
                wasSurprise: suggestion.kind === 'surprise',
              },
            ]
          : [];
      };
      const context: WhyContext = {
        language: settings.language,
        onEvent: (suggestion, kind) => {
          if (feedbackAllowed) sendEvents(eventOf(suggestion, kind));
        },
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
        records: new Map(records.map((record) => [record.id, record])),
        onStopCategory: stopCategory,
        onFeedback: (suggestion, kind) => {
          const item = byId.get(suggestion.itemId)?.item;
          if (!item) return;
          const message = {
            type: 'verwonder/feedback' as const,
            kind,
            itemId: item.id,
            title: item.name,
            terms: itemTerms(item).slice(0, 50),
            wasSurprise: suggestion.kind === 'surprise',
          };
          void env.send(message).catch(() => undefined);
        },
      };
      const picks = ranked.flatMap((suggestion) => {
        const found = byId.get(suggestion.itemId);
        return found ? [{ suggestion, found }] : [];
      });
      for (const { suggestion, found } of picks) {
        const ui = suggestionMark(document, suggestion, context);
        found.anchor?.prepend(ui.host);
        mounted.push({ ui, guard: guardVisibility(ui, report) });
      }
      places = picks.map(({ suggestion, found }) => ({
        kind: suggestion.kind,
        itemId: found.item.id,
        title: found.item.name,
        categories: suggestion.categories,
      }));
      // Issue 16: on an item page that fits, the site's own action brought forward.
      const focused = focusOnAction(document, reading.kind, picks, settings.language, report);
      if (focused) {
        mounted.push(focused.focus);
        places.push(focused.place);
      }
      if (feedbackAllowed) {
        const fresh = picks.filter(({ suggestion }) => !impressed.has(suggestion.itemId));
        for (const { suggestion } of fresh) impressed.add(suggestion.itemId);
        sendEvents(fresh.flatMap(({ suggestion }) => eventOf(suggestion, 'impression')));
      }
      if (reading.listContainer && picks.length > 0 && !zoneClosed) {
        const zone = recommendationZone(
          document,
          picks.map(({ suggestion, found }) => ({ suggestion, item: found.item })),
          context,
        );
        reading.listContainer.before(zone.host);
        mounted.push({ ui: zone, guard: guardVisibility(zone, report) });
        places.push({
          kind: 'zone',
          itemId: '',
          title: '',
          categories: [...new Set(picks.flatMap((pick) => pick.suggestion.categories))].sort(),
        });
      }
      for (const form of assistForms) {
        const assist = formAssist(document, form, {
          language: settings.language,
          profileFields: () => askProfileFields(env),
        });
        form.before(assist.host);
        mounted.push({ ui: assist, guard: guardVisibility(assist, report) });
      }
      // No check here: each guard's IntersectionObserver reports right after the next layout,
      // where a check costs nothing extra (here it would force a layout of the whole page).
      report();
      watchPage();
    });
  };

  /** On an item page, where the person opted in: one visit (the background checks again). */
  const maybeRecordVisit = (settings: Settings, kind: string, shown: FoundItem[]) => {
    const item = shown[0]?.item;
    if (visitSent || kind !== 'detail' || !item || !siteSettings(settings, origin).capture) return;
    visitSent = true;
    const terms = itemTerms(item).slice(0, 50);
    void env
      .send({ type: 'verwonder/record-visit', itemId: item.id, title: item.name, terms })
      .catch(() => undefined);
  };

  /** The observer only collects; the work happens once per animation frame at most. */
  const watchPage = () => {
    if (observer || !document.body) return;
    observer = new view.MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (target.closest?.(UI_HOST_TAG)) continue;
        if (
          record.type === 'childList' &&
          [...record.addedNodes, ...record.removedNodes].some(carriesItems)
        ) {
          needsRead = true;
        }
      }
      if (pending) return;
      pending = true;
      inFrame(view, () => {
        pending = false;
        if (needsRead) {
          needsRead = false;
          void render();
        } else {
          for (const entry of mounted) entry.guard.check();
        }
      });
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden'],
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

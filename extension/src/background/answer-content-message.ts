/**
 * The requests of the content script on a supported site: rank its page, complete a search word,
 * its profile fields for a form, its report of where it marked, a category switched off there, and
 * the person's reactions and visits. handle-runtime-message.ts checked the sender: `from` is the
 * tab and the origin the browser says it runs in, never the page's word.
 */
import { parseProfile, PROFILE_KEY, withVisit } from '../control/local-profile.ts';
import {
  allowedCategories,
  parseSettings,
  SETTINGS_KEY,
  siteSettings,
  withCategoryStopped,
} from '../control/settings.ts';
import { settingsToStore } from '../control/settings-to-store.ts';
import type { RuntimeRequest, StoredReport } from '../messaging/runtime-messages.ts';
import { answerRankPage } from './answer-rank-page.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { completeSearch } from './complete-search.ts';
import type { ExtensionPageRequest } from './answer-extension-page.ts';
import { reportKey } from './page-reports.ts';
import { recordFeedback } from './record-feedback.ts';
import type { RuntimeResponse } from './runtime-response.ts';

/** What only a content script may ask (a ping anyone may send). */
export type ContentRequest = Exclude<
  RuntimeRequest,
  ExtensionPageRequest | { type: 'verwonder/ping' }
>;

export async function answerContentMessage(
  data: ContentRequest,
  from: { tabId: number; origin: string },
  /** The browser's URL of the sending tab (classifySender checked its origin). */
  senderUrl: string | undefined,
  deps: BackgroundDeps,
): Promise<RuntimeResponse> {
  switch (data.type) {
    case 'verwonder/rank-page':
      // The reading and the ranking run here, not in the page's content script.
      return answerRankPage(data, from, deps);
    case 'verwonder/get-profile-fields': {
      // Form filling uses the `profile` category: its switches (global and per site) apply.
      const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      const allowed = allowedCategories(settings, from.origin).includes('profile');
      return { fields: allowed && deps.profileFields ? await deps.profileFields() : {} };
    }
    case 'verwonder/page-report': {
      const report: StoredReport = {
        places: data.places,
        obscured: data.obscured,
        origin: from.origin,
      };
      await deps.session.set({ [reportKey(from.tabId)]: report });
      return { ok: true };
    }
    case 'verwonder/stop-category': {
      // The origin is the sender's: a content script can only switch off its own site.
      const stored = (await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY];
      const next = withCategoryStopped(parseSettings(stored), from.origin, data.category);
      await deps.local.set({ [SETTINGS_KEY]: settingsToStore(stored, next) });
      return { ok: true };
    }
    case 'verwonder/feedback':
    case 'verwonder/withdraw-feedback':
    case 'verwonder/feedback-events':
      return recordFeedback(data, from.origin, deps);
    case 'verwonder/complete':
      // The sender's origin, never the page's word: off there means no completions.
      return completeSearch(data, from.origin, deps);
    case 'verwonder/record-visit': {
      const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      const allowed =
        siteSettings(settings, from.origin).capture &&
        allowedCategories(settings, from.origin).includes('browsing');
      if (!allowed) return { ok: false };
      const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
      const visit = {
        id: `visit-${deps.newId()}`,
        itemId: data.itemId,
        title: data.title,
        terms: data.terms,
        origin: from.origin,
        time: deps.now().toISOString(),
        // The browser's URL of the sending tab, never the page's word.
        ...(senderUrl ? { url: senderUrl } : {}),
        synced: false,
      };
      await deps.local.set({ [PROFILE_KEY]: withVisit(profile, visit) });
      deps.queued?.();
      return { ok: true };
    }
  }
}

import {
  parseProfile,
  PROFILE_KEY,
  withFeedback,
  withoutReaction,
  withVisit,
} from '../control/local-profile.ts';
import {
  allowedCategories,
  parseSettings,
  SETTINGS_KEY,
  siteSettings,
  withCategoryStopped,
} from '../control/settings.ts';
import { settingsToStore } from '../control/settings-to-store.ts';
import type { StorageArea } from '../control/storage-area.ts';
import {
  RuntimeRequestSchema,
  StoredReportSchema,
  type Ack,
  type PingResponse,
  type ProfileFieldsResponse,
  type StoredReport,
  type TasteCountResponse,
} from '../messaging/runtime-messages.ts';
import { type CategoryId } from '../control/categories.ts';
import type { RankPageResponse } from '../messaging/rank-page-messages.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import type { ItemModelSource } from '../ranking/lazy-item-model.ts';
import type { BridgeSource } from '../ranking/lazy-bridge.ts';
import type { ProfileFields } from '../forms/profile-fields.ts';
import type { PromptResponse } from '../messaging/prompt-messages.ts';
import { answerPrompt, forgetOpenQuestions, getPrompt, noteShown } from './prompt-handler.ts';
import type { CompleteResponse } from '../messaging/complete-messages.ts';
import { completeSearch } from './complete-search.ts';
import { answerRankPage } from './answer-rank-page.ts';
import { tasteCount } from './taste-count.ts';
import { reportKey } from './page-reports.ts';
import type { RankBudget } from './rank-budget.ts';
import {
  classifySender,
  type MessageSender,
  type SenderContext,
} from '../messaging/sender-check.ts';

export interface BackgroundDeps extends SenderContext {
  version: string;
  local: StorageArea;
  /** Page reports per tab: in memory only (storage.session), gone when the browser closes. */
  session: StorageArea;
  now(): Date;
  newId(): string;
  /** Told when a visit or feedback was queued for the vault (the background then syncs). */
  queued?: () => void;
  /** Pairing with a vault (absent in tests of the rest). */
  vault?: { pair(vaultUrl: string): Promise<void>; unpair(): Promise<void> };
  /** The cached vault records of these categories (decrypted here; absent in tests of the rest). */
  vaultTaste?: (allowed: readonly CategoryId[]) => Promise<TasteRecord[]>;
  /** Asks for a fresh read of the vault's records (throttled; pages are told if they changed). */
  freshen?: () => void;
  /** The vault's `profile` fields, read from the pod when asked (absent in tests of the rest). */
  profileFields?: () => Promise<ProfileFields>;
  /** The collaborative model, loaded on first need (lazy-item-model.ts); content alone when absent. */
  itemModel?: ItemModelSource;
  /** The genre-theme bridge, loaded on first need (lazy-bridge.ts); genres reach no themes when absent. */
  bridge?: BridgeSource;
  /** Distinct item sets a tab and a site may have ranked (rank-budget.ts); unlimited when absent. */
  rankBudget?: RankBudget;
}

export type RuntimeResponse =
  | PingResponse
  | Ack
  | StoredReport
  | ProfileFieldsResponse
  | TasteCountResponse
  | RankPageResponse
  | PromptResponse
  | CompleteResponse;

/**
 * Answers a runtime message, or resolves to undefined for anything that is not ours or comes from a
 * sender not allowed to send it (so it is ignored, and other listeners may answer).
 */
export async function handleRuntimeMessage(
  message: unknown,
  sender: MessageSender,
  deps: BackgroundDeps,
): Promise<RuntimeResponse | undefined> {
  const request = RuntimeRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  const from = classifySender(sender, deps);
  if (!from) return undefined;
  const data = request.data;
  switch (data.type) {
    case 'verwonder/ping':
      return { type: 'verwonder/pong', version: deps.version };
    case 'verwonder/get-page-report': {
      if (from.kind !== 'extension-page') return undefined;
      // The popup opened: what it shows should rest on the vault as it is now.
      deps.freshen?.();
      const stored = (await deps.session.get(reportKey(data.tabId)))[reportKey(data.tabId)];
      const parsed = StoredReportSchema.safeParse(stored);
      return parsed.success ? parsed.data : { places: [], obscured: false, origin: '' };
    }
    case 'verwonder/get-taste-count':
      return from.kind === 'extension-page' ? tasteCount(deps) : undefined;
    case 'verwonder/get-prompt':
      return from.kind === 'extension-page' ? getPrompt(deps) : undefined;
    case 'verwonder/answer-prompt':
      return from.kind === 'extension-page' ? answerPrompt(data, deps) : undefined;
    case 'verwonder/pair':
    case 'verwonder/unpair': {
      if (from.kind !== 'extension-page' || !deps.vault) return undefined;
      try {
        if (data.type === 'verwonder/pair') await deps.vault.pair(data.vaultUrl);
        else {
          // The open question rests on the vault's records, which unpairing forgets.
          await forgetOpenQuestions(deps);
          await deps.vault.unpair();
        }
        return { ok: true };
      } catch {
        return { ok: false };
      }
    }
  }
  if (from.kind !== 'content') return undefined;
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
    case 'verwonder/feedback': {
      const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      if (!allowedCategories(settings, from.origin).includes('feedback')) return { ok: false };
      const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
      const { type: _type, ...feedback } = data;
      const entry = {
        ...feedback,
        id: `feedback-${deps.newId()}`,
        origin: from.origin,
        time: deps.now().toISOString(),
        synced: false,
      };
      await deps.local.set({ [PROFILE_KEY]: withFeedback(profile, entry) });
      deps.queued?.();
      return { ok: true };
    }
    case 'verwonder/withdraw-feedback': {
      const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      if (!allowedCategories(settings, from.origin).includes('feedback')) return { ok: false };
      const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
      const target = { itemId: data.itemId, origin: from.origin };
      await deps.local.set({ [PROFILE_KEY]: withoutReaction(profile, target) });
      // What the vault has of it is deleted there by the next sync.
      deps.queued?.();
      return { ok: true };
    }
    case 'verwonder/feedback-events': {
      const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      if (!allowedCategories(settings, from.origin).includes('feedback')) return { ok: false };
      if (data.events.length === 0) return { ok: true };
      const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
      const time = deps.now().toISOString();
      const entries = data.events.map((event) => ({
        ...event,
        id: `feedback-${deps.newId()}`,
        terms: [],
        origin: from.origin,
        time,
        synced: false,
      }));
      await deps.local.set({ [PROFILE_KEY]: withFeedback(profile, ...entries) });
      // What was shown, for the question after a conversion (insight/feedback-prompts.ts).
      await noteShown(data.events, from.origin, deps);
      deps.queued?.();
      return { ok: true };
    }
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
        // The browser's URL of the sending tab (classifySender checked its origin), never the page's word.
        ...(sender.url ? { url: sender.url } : {}),
        synced: false,
      };
      await deps.local.set({ [PROFILE_KEY]: withVisit(profile, visit) });
      deps.queued?.();
      return { ok: true };
    }
  }
}

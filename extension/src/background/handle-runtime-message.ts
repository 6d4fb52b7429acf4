import { parseProfile, PROFILE_KEY, withFeedback, withVisit } from '../control/local-profile.ts';
import {
  allowedCategories,
  parseSettings,
  SETTINGS_KEY,
  siteSettings,
  withCategoryStopped,
} from '../control/settings.ts';
import type { StorageArea } from '../control/storage-area.ts';
import {
  RuntimeRequestSchema,
  StoredReportSchema,
  type Ack,
  type PingResponse,
  type StoredReport,
} from '../messaging/runtime-messages.ts';
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
}

export type RuntimeResponse = PingResponse | Ack | StoredReport;

const reportKey = (tabId: number) => `page-report/${tabId}`;

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
      const stored = (await deps.session.get(reportKey(data.tabId)))[reportKey(data.tabId)];
      const parsed = StoredReportSchema.safeParse(stored);
      return parsed.success ? parsed.data : { places: [], obscured: false, origin: '' };
    }
  }
  if (from.kind !== 'content') return undefined;
  switch (data.type) {
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
      const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      await deps.local.set({
        [SETTINGS_KEY]: withCategoryStopped(settings, from.origin, data.category),
      });
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
      return { ok: true };
    }
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
      };
      await deps.local.set({ [PROFILE_KEY]: withVisit(profile, visit) });
      return { ok: true };
    }
  }
}

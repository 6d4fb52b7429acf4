/**
 * What a content script reports of the person's reactions on its page, written into the local
 * profile for the vault (the background syncs after `queued`): a reaction, its withdrawal, and what
 * was shown or clicked. Only where the feedback category is allowed on the sender's site, and always
 * for the sender's origin, never the page's word.
 */
import {
  parseProfile,
  PROFILE_KEY,
  withFeedback,
  withoutReaction,
} from '../control/local-profile.ts';
import { allowedCategories, parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import type { Ack, RuntimeRequest } from '../messaging/runtime-messages.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { noteShown } from './prompt-handler.ts';

export type FeedbackRequest = Extract<
  RuntimeRequest,
  { type: 'verwonder/feedback' | 'verwonder/withdraw-feedback' | 'verwonder/feedback-events' }
>;

export async function recordFeedback(
  data: FeedbackRequest,
  origin: string,
  deps: BackgroundDeps,
): Promise<Ack> {
  const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  if (!allowedCategories(settings, origin).includes('feedback')) return { ok: false };
  switch (data.type) {
    case 'verwonder/feedback': {
      const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
      const { type: _type, ...feedback } = data;
      const entry = {
        ...feedback,
        id: `feedback-${deps.newId()}`,
        origin,
        time: deps.now().toISOString(),
        synced: false,
      };
      await deps.local.set({ [PROFILE_KEY]: withFeedback(profile, entry) });
      break;
    }
    case 'verwonder/withdraw-feedback': {
      const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
      const target = { itemId: data.itemId, origin };
      await deps.local.set({ [PROFILE_KEY]: withoutReaction(profile, target) });
      // What the vault has of it is deleted there by the next sync.
      break;
    }
    case 'verwonder/feedback-events': {
      if (data.events.length === 0) return { ok: true };
      const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
      const time = deps.now().toISOString();
      const entries = data.events.map((event) => ({
        ...event,
        id: `feedback-${deps.newId()}`,
        terms: [],
        origin,
        time,
        synced: false,
      }));
      await deps.local.set({ [PROFILE_KEY]: withFeedback(profile, ...entries) });
      // What was shown, for the question after a conversion (insight/feedback-prompts.ts).
      await noteShown(data.events, origin, deps);
      break;
    }
  }
  deps.queued?.();
  return { ok: true };
}

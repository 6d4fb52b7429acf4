/**
 * The background's side of the question after a conversion: it notes the suggestions shown (from
 * the impression events it already receives), finds a conversion among the vault's loans and
 * tickets it caches, and writes the person's answer as a feedback record of kind `answer`, queued
 * for the pod like every other feedback.
 */
import { parseProfile, PROFILE_KEY, withFeedback } from '../control/local-profile.ts';
import { allowedCategories, parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import type { StorageArea } from '../control/storage-area.ts';
import type { CategoryId } from '../control/categories.ts';
import {
  isBacked,
  parsePromptState,
  pendingQuestion,
  PROMPTS_KEY,
  withAsked,
  withOutcome,
  withoutOpenQuestions,
  withShown,
  type Question,
  type ShownSuggestion,
} from '../insight/feedback-prompts.ts';
import type { FeedbackEvent } from '../messaging/runtime-messages.ts';
import type { AnswerPrompt, PromptResponse } from '../messaging/prompt-messages.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { suggestionIdOf } from '../vault/record-sync.ts';

export interface PromptDeps {
  local: StorageArea;
  now(): Date;
  newId(): string;
  queued?: () => void;
  vaultTaste?: (allowed: readonly CategoryId[]) => Promise<TasteRecord[]>;
}

/** The records that can be conversions: what the vault granted of loans, tickets and visits. */
const CONVERSIONS: readonly CategoryId[] = ['loans', 'tickets', 'visits'];

async function state(deps: Pick<PromptDeps, 'local'>) {
  return parsePromptState((await deps.local.get(PROMPTS_KEY))[PROMPTS_KEY]);
}

/** Notes the suggestions an impression or click event shows (called where feedback is allowed). */
export async function noteShown(
  events: readonly FeedbackEvent[],
  origin: string,
  deps: PromptDeps,
): Promise<void> {
  const at = deps.now().toISOString();
  const shown: ShownSuggestion[] = events
    .filter((event) => event.kind === 'impression' || event.kind === 'click')
    .map((event) => ({
      suggestionId: suggestionIdOf({ origin, itemId: event.itemId, slot: event.slot }),
      itemId: event.itemId,
      title: event.title,
      origin,
      wasSurprise: event.wasSurprise,
      ...(event.slot ? { slot: event.slot } : {}),
      at,
    }));
  if (shown.length === 0) return;
  await deps.local.set({ [PROMPTS_KEY]: withShown(await state(deps), shown, deps.now()) });
}

/**
 * The question waiting now, from the state without the open questions no allowed conversion is
 * behind any more (a category switched off, the vault's records forgotten): those are dropped.
 */
async function lookUp(deps: PromptDeps) {
  const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const conversions = deps.vaultTaste ? await deps.vaultTaste(CONVERSIONS) : [];
  // Only conversions in a category the site it was shown on may use (global and site switches).
  const usableOn = (origin: string) => allowedCategories(settings, origin);
  const current = await state(deps);
  const kept = withoutOpenQuestions(current, (open) => !isBacked(open, conversions, usableOn));
  const found = pendingQuestion(kept, conversions, deps.now(), usableOn);
  // The answer is feedback: only where the person lets the extension keep feedback for that site.
  const feedbackOn = (origin: string) => usableOn(origin).includes('feedback');
  const question = found && feedbackOn(found.origin) ? found : undefined;
  return { question, current, kept, feedbackOn };
}

/** The question waiting now, without marking it asked (for the toolbar badge). */
export async function waitingQuestion(deps: PromptDeps): Promise<Question | undefined> {
  return (await lookUp(deps)).question;
}

/** The popup shows the waiting question: from now on it is this week's question. */
export async function getPrompt(deps: PromptDeps): Promise<PromptResponse> {
  const { question, current, kept } = await lookUp(deps);
  const next = question ? withAsked(kept, question, deps.now()) : kept;
  if (JSON.stringify(next) !== JSON.stringify(current)) {
    await deps.local.set({ [PROMPTS_KEY]: next });
  }
  return question ? { question } : {};
}

/** After unpairing: the open questions rest on records the extension no longer has. */
export async function forgetOpenQuestions(deps: Pick<PromptDeps, 'local'>): Promise<void> {
  await deps.local.set({ [PROMPTS_KEY]: withoutOpenQuestions(await state(deps)) });
}

export async function answerPrompt(data: AnswerPrompt, deps: PromptDeps): Promise<{ ok: boolean }> {
  // A question whose conversion the switches no longer allow, or whose site keeps no feedback, is gone.
  const { kept: current, feedbackOn } = await lookUp(deps);
  const asked = current.asked[data.suggestionId];
  if (!asked || asked.outcome || !feedbackOn(asked.question.origin)) return { ok: false };
  await deps.local.set({ [PROMPTS_KEY]: withOutcome(current, data.suggestionId, data.outcome) });
  if (data.outcome === 'dismissed') return { ok: true };
  const { question } = asked;
  const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
  const entry = {
    id: `feedback-${deps.newId()}`,
    kind: 'answer' as const,
    itemId: question.itemId,
    title: question.title,
    terms: [],
    wasSurprise: question.wasSurprise,
    origin: question.origin,
    time: deps.now().toISOString(),
    synced: false,
    ...(question.slot ? { slot: question.slot } : {}),
    answer: data.outcome,
  };
  await deps.local.set({ [PROFILE_KEY]: withFeedback(profile, entry) });
  deps.queued?.();
  return { ok: true };
}

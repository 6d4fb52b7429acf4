/**
 * The one question after a conversion: when a suggestion the person was shown is borrowed, bought or
 * visited within 14 days (the shared conversion rule), the popup asks "Was dit een goede
 * verrassing?" (after a "Voor jou": "Was dit een goede tip voor jou?"; `questionWording`). At most one question per ISO week, each conversion asked about once, a question
 * dismissed stays dismissed, and one left open stays the week's question until it is answered.
 * Pure: the background keeps the state in storage.local (PROMPTS_KEY).
 */
import {
  array,
  boolean,
  enum as enumOf,
  optional,
  record,
  string,
  strictObject,
  _default,
  type infer as Infer,
} from 'zod/mini';
import {
  CONVERSION_CATEGORIES,
  findConversion,
  isConversionCategory,
} from '@verwonder/shared/insight/conversion.ts';
import { isoWeek } from '@verwonder/shared/insight/iso-week.ts';

export const PROMPTS_KEY = 'verwonder/prompts';

/** Shown suggestions are kept this long: past the window plus time for the vault to tell. */
const KEEP_DAYS = 30;
const MAX_SHOWN = 300;

export const ShownSuggestionSchema = strictObject({
  /** As in the pod: `origin#itemId`, plus `#baseline` for a baseline slot. */
  suggestionId: string(),
  itemId: string(),
  title: string(),
  origin: string(),
  wasSurprise: boolean(),
  slot: optional(enumOf(['baseline'])),
  /** First shown (the start of the conversion window). */
  at: string(),
});
export type ShownSuggestion = Infer<typeof ShownSuggestionSchema>;

/** The question's wording by the mark the person saw: a surprise, a "Voor jou", or a baseline slot. */
export function questionWording(
  question: Pick<ShownSuggestion, 'wasSurprise' | 'slot'>,
): 'promptQuestion' | 'promptQuestionFits' | 'promptQuestionBaseline' {
  if (question.slot === 'baseline') return 'promptQuestionBaseline';
  return question.wasSurprise ? 'promptQuestion' : 'promptQuestionFits';
}

export const OutcomeSchema = enumOf(['yes', 'no', 'dismissed']);
export type Outcome = Infer<typeof OutcomeSchema>;

export const QuestionSchema = strictObject({
  ...ShownSuggestionSchema.shape,
  conversion: enumOf(CONVERSION_CATEGORIES),
  convertedAt: string(),
});
export type Question = Infer<typeof QuestionSchema>;

const AskedSchema = strictObject({
  /** The ISO week it was first shown in. */
  week: string(),
  question: QuestionSchema,
  outcome: optional(OutcomeSchema),
});

export const PromptStateSchema = strictObject({
  shown: _default(array(ShownSuggestionSchema), []),
  /** Keyed by suggestion id: every question ever asked, with its outcome once there is one. */
  asked: _default(record(string(), AskedSchema), {}),
});
export type PromptState = Infer<typeof PromptStateSchema>;

export function parsePromptState(value: unknown): PromptState {
  const parsed = PromptStateSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : PromptStateSchema.parse({});
}

/** What the conversion rule needs of the person's records (the vault's loans, tickets, visits). */
export interface ConversionRecord {
  category: string;
  itemId?: string | undefined;
  time?: string | undefined;
}

/** The state with these suggestions shown (the first showing of each counts), old ones dropped. */
export function withShown(
  state: PromptState,
  shown: readonly ShownSuggestion[],
  now: Date,
): PromptState {
  const byId = new Map(state.shown.map((entry) => [entry.suggestionId, entry]));
  for (const entry of shown) if (!byId.has(entry.suggestionId)) byId.set(entry.suggestionId, entry);
  const oldest = now.getTime() - KEEP_DAYS * 86_400_000;
  const kept = [...byId.values()]
    .filter((entry) => Date.parse(entry.at) >= oldest)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .slice(-MAX_SHOWN);
  return { ...state, shown: kept };
}

/** The categories the site a suggestion was shown on may use (the person's switches). */
export type UsableOn = (origin: string) => readonly string[];
const EVERY_CONVERSION: UsableOn = () => CONVERSION_CATEGORIES;

function conversionsOn(
  conversions: readonly ConversionRecord[],
  usableOn: UsableOn,
  origin: string,
): ConversionRecord[] {
  const usable = usableOn(origin);
  return conversions.filter(
    (record) => isConversionCategory(record.category) && usable.includes(record.category),
  );
}

/** Whether a conversion its site may use is (still) behind `question`. */
export function isBacked(
  question: Question,
  conversions: readonly ConversionRecord[],
  usableOn: UsableOn = EVERY_CONVERSION,
): boolean {
  const on = conversionsOn(conversions, usableOn, question.origin);
  return findConversion(question.itemId, question.at, on) !== undefined;
}

/**
 * The question to show now, if any: the open one (asked, not yet answered or dismissed) while a
 * conversion its site may use is behind it; else, when no question was asked this ISO week, the
 * latest conversion in a category the suggestion's site may use, not asked about before.
 */
export function pendingQuestion(
  state: PromptState,
  conversions: readonly ConversionRecord[],
  now: Date,
  usableOn: UsableOn = EVERY_CONVERSION,
): Question | undefined {
  const asked = Object.values(state.asked);
  const open = asked.find(
    (entry) => entry.outcome === undefined && isBacked(entry.question, conversions, usableOn),
  );
  if (open) return open.question;
  const week = isoWeek(now);
  if (asked.some((entry) => entry.week === week)) return undefined;
  let latest: Question | undefined;
  for (const shown of state.shown) {
    if (state.asked[shown.suggestionId]) continue;
    const on = conversionsOn(conversions, usableOn, shown.origin);
    const hit = findConversion(shown.itemId, shown.at, on);
    if (!hit?.time || !isConversionCategory(hit.category)) continue;
    // Not before it happened (a clock ahead of the vault's would ask about the future).
    if (Date.parse(hit.time) > now.getTime()) continue;
    if (latest && Date.parse(latest.convertedAt) >= Date.parse(hit.time)) continue;
    latest = { ...shown, conversion: hit.category, convertedAt: hit.time };
  }
  return latest;
}

/** The state without the open questions `drop` picks (all of them when absent): never shown again. */
export function withoutOpenQuestions(
  state: PromptState,
  drop: (question: Question) => boolean = () => true,
): PromptState {
  const kept = Object.entries(state.asked).filter(
    ([, entry]) => entry.outcome !== undefined || !drop(entry.question),
  );
  return { ...state, asked: Object.fromEntries(kept) };
}

/** The state once `question` was shown to the person (it is this week's question from now on). */
export function withAsked(state: PromptState, question: Question, now: Date): PromptState {
  if (state.asked[question.suggestionId]) return state;
  return {
    ...state,
    asked: { ...state.asked, [question.suggestionId]: { week: isoWeek(now), question } },
  };
}

/** The state with the person's answer, or their dismissal, to the question about `suggestionId`. */
export function withOutcome(
  state: PromptState,
  suggestionId: string,
  outcome: Outcome,
): PromptState {
  const entry = state.asked[suggestionId];
  // Only a question that was asked, and only once: a dismissal is never turned into an answer.
  if (!entry || entry.outcome) return state;
  return { ...state, asked: { ...state.asked, [suggestionId]: { ...entry, outcome } } };
}

/**
 * The taste data kept on the device until the extension is paired with a vault: the interests the
 * person states in the options page and, where they opted in per site, the item pages they opened.
 * Stored in `storage.local` under PROFILE_KEY, parsed on every read. Visits and feedback are queued
 * here (`synced: false`) until they reach the paired vault.
 */
import {
  _default,
  array,
  boolean,
  enum as enumOf,
  optional,
  string,
  strictObject,
  type infer as Infer,
  type input,
} from 'zod/mini';

export const PROFILE_KEY = 'verwonder/profile';

/** Most visits kept; the oldest go first. */
export const MAX_VISITS = 200;

export const BrowsingVisitSchema = strictObject({
  id: string(),
  itemId: string(),
  title: string(),
  terms: array(string()),
  origin: string(),
  time: string(),
  /** The page's address (from the browser, not the page): the `browsing` record's url. */
  url: optional(string()),
  /** Whether it reached the paired vault (queued until then). */
  synced: _default(boolean(), false),
});
export type BrowsingVisit = Infer<typeof BrowsingVisitSchema>;
export type BrowsingVisitInput = input<typeof BrowsingVisitSchema>;

/** What the person said about a suggestion (the vocabulary of shared/src/model/feedback.ts). */
export const ReactionKindSchema = enumOf(['thumbs-up', 'thumbs-down', 'wow']);
export type ReactionKind = Infer<typeof ReactionKindSchema>;
/**
 * What happened to a suggestion: shown, its link followed, the zone closed, or the person's answer
 * to the question after it converted. Once sent these leave the device.
 */
export const EventKindSchema = enumOf(['impression', 'click', 'dismiss', 'answer']);
export type EventKind = Infer<typeof EventKindSchema>;
export const FeedbackKindSchema = enumOf([
  ...ReactionKindSchema.options,
  ...EventKindSchema.options,
]);
export type FeedbackKind = Infer<typeof FeedbackKindSchema>;

export const isEvent = (kind: FeedbackKind): kind is EventKind =>
  (EventKindSchema.options as readonly string[]).includes(kind);

/** Feedback kept on the device, queued (`synced: false`) for the vault's `feedback` category. */
export const LocalFeedbackSchema = strictObject({
  id: string(),
  kind: FeedbackKindSchema,
  itemId: string(),
  title: string(),
  terms: array(string()),
  wasSurprise: boolean(),
  origin: string(),
  time: string(),
  synced: boolean(),
  /** A baseline slot (the fair comparison); absent for wonder's own suggestions. */
  slot: optional(enumOf(['baseline'])),
  /** With kind `answer`: "Was this a good surprise?" yes or no. */
  answer: optional(enumOf(['yes', 'no'])),
});
export type LocalFeedback = Infer<typeof LocalFeedbackSchema>;

export const LocalProfileSchema = strictObject({
  interests: _default(array(string()), []),
  browsing: _default(array(BrowsingVisitSchema), []),
  feedback: _default(array(LocalFeedbackSchema), []),
  /**
   * Reactions the vault has that the person withdrew or replaced: queued until record-sync.ts has
   * deleted their records there (one choice per suggestion, as on the vault's "Voor jou").
   */
  withdrawals: optional(array(LocalFeedbackSchema)),
});
export type LocalProfile = Infer<typeof LocalProfileSchema>;

export function parseProfile(value: unknown): LocalProfile {
  const parsed = LocalProfileSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : LocalProfileSchema.parse({});
}

/** "fantasy, Jazz ,, mode" -> ["fantasy", "Jazz", "mode"] (the options page's text field). */
export function parseInterests(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim().slice(0, 80))
    .filter((part) => part && !seen.has(part.toLowerCase()) && seen.add(part.toLowerCase()));
}

/** Most feedback entries kept. */
export const MAX_FEEDBACK = 500;

/** Whether an entry is the person's reaction (not an event) to this item on this site. */
const reactionTo =
  (target: Pick<LocalFeedback, 'itemId' | 'origin'>) =>
  (known: LocalFeedback): boolean =>
    !isEvent(known.kind) && known.itemId === target.itemId && known.origin === target.origin;

/**
 * The profile without the person's reaction to this item on this site: what the vault already has
 * is queued for deletion there (`withdrawals`), what it has not is simply gone.
 */
export function withoutReaction(
  profile: LocalProfile,
  target: Pick<LocalFeedback, 'itemId' | 'origin'>,
): LocalProfile {
  const gone = profile.feedback.filter(reactionTo(target));
  if (gone.length === 0) return profile;
  return {
    ...profile,
    feedback: profile.feedback.filter((known) => !reactionTo(target)(known)),
    withdrawals: [...(profile.withdrawals ?? []), ...gone.filter((known) => known.synced)].slice(
      -MAX_FEEDBACK,
    ),
  };
}

/**
 * The profile with more feedback. A reaction replaces an older reaction on the same item (the
 * vault's record of that one is deleted: withoutReaction); events (impressions, clicks,
 * dismissals) add up. Past the limit the oldest events go first, so the reactions that steer the
 * ranking stay.
 */
export function withFeedback(profile: LocalProfile, ...added: LocalFeedback[]): LocalProfile {
  let next = profile;
  for (const entry of added) {
    if (!isEvent(entry.kind)) next = withoutReaction(next, entry);
    next = { ...next, feedback: [...next.feedback, entry] };
  }
  let feedback = next.feedback;
  let excess = feedback.length - MAX_FEEDBACK;
  if (excess > 0) feedback = feedback.filter((entry) => !(isEvent(entry.kind) && excess-- > 0));
  return { ...next, feedback: feedback.slice(-MAX_FEEDBACK) };
}

/** The person's reaction to each item on this site, as stored (the marks show it pressed). */
export function reactionsOn(profile: LocalProfile, origin: string): Map<string, ReactionKind> {
  const reactions = new Map<string, ReactionKind>();
  for (const { origin: from, kind, itemId } of profile.feedback)
    if (from === origin && !isEvent(kind)) reactions.set(itemId, kind);
  return reactions;
}

/** The profile with one more visit (a repeat visit to the same item replaces the older one). */
export function withVisit(profile: LocalProfile, input: BrowsingVisitInput): LocalProfile {
  const visit = BrowsingVisitSchema.parse(input);
  const others = profile.browsing.filter(
    (known) => !(known.itemId === visit.itemId && known.origin === visit.origin),
  );
  return { ...profile, browsing: [...others, visit].slice(-MAX_VISITS) };
}

/** The parts of the local profile the ranking depends on (not impressions, not sync marks). */
export function rankingInputs(profile: LocalProfile): string {
  return JSON.stringify([
    profile.interests,
    profile.browsing.map((visit) => visit.id),
    profile.feedback.filter((entry) => !isEvent(entry.kind)).map((entry) => entry.id),
  ]);
}

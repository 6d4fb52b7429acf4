/**
 * What the marks, the zone and their why-panels call back into: the records they name, and the
 * reactions and events of the person, sent to the background (events only where `feedback` is
 * allowed on the site; the background checks again).
 */
import type { CategoryId } from '../control/categories.ts';
import type { ReactionKind } from '../control/local-profile.ts';
import type { Language } from '../control/settings.ts';
import { AckSchema } from '../messaging/ack.ts';
import type { FeedbackEvent } from '../messaging/runtime-messages.ts';
import type { FoundItem } from '../page/page-layout.ts';
import { itemTerms } from '../ranking/item-terms.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import type { PageRanking } from '../ranking/rank-page.ts';
import type { FeedbackNote, WhyContext } from '../ui/why-panel.ts';
import type { ContentEnv } from './content-env.ts';
import { eventOf } from './draw-marks.ts';

export function markContext(options: {
  env: ContentEnv;
  language: Language;
  byId: ReadonlyMap<string, FoundItem>;
  records: WhyContext['records'];
  feedbackAllowed: boolean;
  /** The person's stored reaction per item id on this site. */
  reactions: ReadonlyMap<string, ReactionKind>;
  /** What each item's buttons last said on this page view (kept across re-renders). */
  notes: Map<string, FeedbackNote>;
  /** Told before a reaction goes out: the page keeps that mark while it is open. */
  onReact(suggestion: RankedSuggestion): void;
  sendEvents(events: FeedbackEvent[]): void;
  onCloseZone(): void;
}): WhyContext {
  const { env, byId } = options;
  return {
    language: options.language,
    records: options.records,
    onEvent: (suggestion, kind) => {
      if (options.feedbackAllowed) options.sendEvents(eventOf(byId, suggestion, kind));
    },
    onCloseZone: options.onCloseZone,
    onStopCategory: (category: CategoryId) => {
      void env.send({ type: 'verwonder/stop-category', category }).catch(() => undefined);
    },
    feedbackAllowed: options.feedbackAllowed,
    chosenFeedback: (suggestion) => options.reactions.get(suggestion.itemId),
    feedbackNote: (suggestion) => options.notes.get(suggestion.itemId),
    onFeedback: async (suggestion, kind) => {
      const item = byId.get(suggestion.itemId)?.item;
      if (!item || !options.feedbackAllowed) return false;
      options.onReact(suggestion);
      const message = kind
        ? {
            type: 'verwonder/feedback' as const,
            kind,
            itemId: item.id,
            title: item.name,
            terms: itemTerms(item).slice(0, 50),
            wasSurprise: suggestion.kind === 'surprise',
            ...(suggestion.slot ? { slot: suggestion.slot } : {}),
          }
        : { type: 'verwonder/withdraw-feedback' as const, itemId: item.id };
      // Kept only when the background says so (it refuses where feedback is not allowed).
      const answer = AckSchema.safeParse(await env.send(message).catch(() => undefined));
      const kept = answer.success && answer.data.ok;
      options.notes.set(item.id, !kept ? 'failed' : kind ? 'saved' : 'withdrawn');
      return kept;
    },
  };
}

interface ShownAs {
  language: Language;
  reactions?: ReadonlyMap<string, ReactionKind>;
  notes?: ReadonlyMap<string, FeedbackNote>;
}

/** What the mark (and why-panel) of `suggestion` shows, given the ranking's records by id. */
export function markSignature(
  suggestion: RankedSuggestion,
  records: ReadonlyMap<string, { category: string; label: string }>,
  shownAs: ShownAs,
): string {
  const labelOf = (id: string) => {
    const record = records.get(id);
    return record ? `${record.category}:${record.label}` : undefined;
  };
  const s = suggestion;
  return JSON.stringify([
    shownAs.language,
    s.itemId,
    s.kind,
    s.slot,
    s.categories,
    s.explanations.map((e) => e.text.nl),
    s.recordIds.map(labelOf).sort(),
    shownAs.reactions?.get(s.itemId),
    shownAs.notes?.get(s.itemId),
  ]);
}

/**
 * What the person would see of a ranking: when a new ranking shows the same (the vault's records
 * were read again, the page re-rendered elsewhere), the marks stay as they are rather than flicker.
 */
export function marksSignature(
  ranking: PageRanking,
  shownAs: ShownAs & { zoneClosed: boolean; forms: number },
): string {
  const records = new Map(ranking.records.map((record) => [record.id, record]));
  return JSON.stringify([
    shownAs.zoneClosed,
    shownAs.forms,
    ranking.suggestions.map((s) => markSignature(s, records, shownAs)),
  ]);
}

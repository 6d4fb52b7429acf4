import type { CulturalRecord } from '@verwonder/shared';
import {
  CONVERSION_WINDOW_DAYS,
  findConversion,
  isConversion as convertsItem,
} from '@verwonder/shared/insight/conversion.ts';
import { isoWeek } from '@verwonder/shared/insight/iso-week.ts';
import type { Figures, InsightMedium, Institution, SuggestionKind } from './figures-layout.ts';
import { institutionOf, type InstitutionMap } from './institution-of.ts';

export { CONVERSION_WINDOW_DAYS };
/**
 * Ends `Feedback.suggestionId` of a baseline slot (the extension writes it, with `slot: 'baseline'`),
 * so the same item shown by wonder and by the baseline stays two suggestions.
 */
export const BASELINE_SUFFIX = '#baseline';
const SCORES = { 'thumbs-down': 0, 'thumbs-up': 1, wow: 2 } as const;
/** The answer to "Was this a good surprise?" counts as feedback too: yes as a thumbs up. */
const ANSWER_SCORES = { no: 0, yes: 1 } as const;

export interface SuggestionAttribution {
  suggestionId: string;
  itemId: string;
  title: string | null;
  site: string | null;
  institution: Institution | null;
  medium: InsightMedium;
  kind: SuggestionKind;
  week: string;
  shownAt: string;
  clicked: boolean;
  convertedAt: string | null;
  conversion: 'loans' | 'tickets' | 'visits' | null;
  /** Into a medium other than the person's most used one before the suggestion. */
  crossed: boolean;
  /** 0 thumbs down or "no", 1 thumbs up or "yes", 2 wow; the last one given. */
  feedbackScore: number | null;
  /** The person's answer to the question after the conversion, if they gave one. */
  answer: 'yes' | 'no' | null;
  /** The last button the person pressed on the suggestion (shown to them, never reported). */
  button: FeedbackButton | null;
}

const BUTTONS = ['thumbs-up', 'thumbs-down', 'wow', 'dismiss'] as const;
export type FeedbackButton = (typeof BUTTONS)[number];
const isButton = (kind: string): kind is FeedbackButton =>
  (BUTTONS as readonly string[]).includes(kind);

type Conversion = Extract<CulturalRecord, { category: 'loans' | 'tickets' | 'visits' }>;

function mediumOf(
  item: { kind: string; medium?: InsightMedium | undefined } | undefined,
): InsightMedium {
  if (item?.medium) return item.medium;
  return item?.kind === 'book' ? 'read' : 'experience';
}

function isConversion(record: CulturalRecord): record is Conversion {
  return convertsItem({
    category: record.category,
    action: record.category === 'loans' ? record.data.action : undefined,
  });
}

/** The person's most used medium among conversions before `time` (undefined without history). */
function mainMediumBefore(
  conversions: readonly Conversion[],
  time: string,
): InsightMedium | undefined {
  const counts = new Map<InsightMedium, number>();
  const before = Date.parse(time);
  for (const record of conversions)
    if (Date.parse(record.time) < before)
      counts.set(mediumOf(record.item), (counts.get(mediumOf(record.item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Links every suggestion shown to its clicks, conversion and feedback, from the pod's own records. */
export function attribute(
  records: readonly CulturalRecord[],
  origins: InstitutionMap = {},
): SuggestionAttribution[] {
  // Times may carry any offset: compare instants, not strings.
  const sorted = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const conversions = sorted.filter(isConversion);
  const bySuggestion = new Map<string, SuggestionAttribution>();
  for (const record of sorted) {
    if (record.category !== 'feedback') continue;
    const data = record.data;
    const key = `${data.site ?? ''}\n${data.suggestionId}`;
    let entry = bySuggestion.get(key);
    if (!entry) {
      // A click or rating without a recorded impression still means it was shown.
      entry = {
        suggestionId: data.suggestionId,
        itemId: data.itemId,
        title: record.item?.title ?? null,
        site: data.site ?? null,
        institution: institutionOf(data.site, origins) ?? null,
        medium: mediumOf(record.item),
        kind:
          data.slot === 'baseline' || data.suggestionId.endsWith(BASELINE_SUFFIX)
            ? 'baseline'
            : data.wasSurprise
              ? 'surprise'
              : 'fits',
        week: isoWeek(record.time),
        shownAt: record.time,
        clicked: false,
        convertedAt: null,
        conversion: null,
        crossed: false,
        feedbackScore: null,
        answer: null,
        button: null,
      };
      bySuggestion.set(key, entry);
    }
    if (data.kind === 'click') entry.clicked = true;
    if (data.kind in SCORES) entry.feedbackScore = SCORES[data.kind as keyof typeof SCORES];
    if (isButton(data.kind)) entry.button = data.kind;
    if (data.kind === 'answer' && data.answer) {
      entry.answer = data.answer;
      entry.feedbackScore = ANSWER_SCORES[data.answer];
    }
  }
  const candidates = conversions.map((record) => ({
    record,
    category: record.category,
    itemId: record.item?.id,
    time: record.time,
  }));
  for (const entry of bySuggestion.values()) {
    const hit = findConversion(entry.itemId, entry.shownAt, candidates)?.record;
    if (!hit) continue;
    entry.convertedAt = hit.time;
    entry.conversion = hit.category;
    entry.medium = hit.item ? mediumOf(hit.item) : entry.medium;
    const main = mainMediumBefore(conversions, entry.shownAt);
    entry.crossed = main !== undefined && main !== entry.medium;
  }
  return [...bySuggestion.values()];
}

/** One week's figures of one person, the measurement of their report. */
export function weekFigures(suggestions: readonly SuggestionAttribution[], week: string): Figures {
  const figures: Figures = { cells: [], kinds: [] };
  for (const s of suggestions) {
    if (s.week !== week || !s.institution) continue;
    const cell = { institution: s.institution, medium: s.medium, kind: s.kind };
    figures.cells.push({ ...cell, metric: 'impressions', value: 1 });
    if (s.clicked) figures.cells.push({ ...cell, metric: 'clicks', value: 1 });
    if (s.convertedAt) figures.cells.push({ ...cell, metric: 'conversions', value: 1 });
    const kind = { institution: s.institution, kind: s.kind };
    if (s.crossed) figures.kinds.push({ ...kind, metric: 'crossed', value: 1 });
    if (s.feedbackScore !== null) {
      figures.kinds.push({ ...kind, metric: 'feedbackCount', value: 1 });
      figures.kinds.push({ ...kind, metric: 'feedbackSum', value: s.feedbackScore });
    }
  }
  return figures;
}

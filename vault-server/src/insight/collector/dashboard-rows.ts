import {
  cellIndex,
  INSTITUTIONS,
  KINDS,
  kindIndex,
  LAYOUT_VERSION,
  MEDIA,
  type Institution,
  type InsightMedium,
  type SuggestionKind,
} from '../figures-layout.ts';
import type { Published } from './collector-store.ts';

type Counts = { impressions: number; clicks: number; conversions: number };
/** A part of a row that is withheld because fewer than the minimum of people gave it. */
export type SuppressedPart = 'wonder' | 'baseline' | 'surprise' | 'mediaCrossed' | 'feedback';

export interface DashboardRow {
  week: string;
  reports: number;
  institution: Institution;
  /** `all`: the sum of the media rows shown, never more (so nothing withheld can be subtracted). */
  medium: InsightMedium | 'all';
  wonder: Counts | null;
  baseline: Counts | null;
  /** clicks / impressions */
  acceptanceWonder: number | null;
  acceptanceBaseline: number | null;
  /** conversions / impressions */
  conversionWonder: number | null;
  conversionBaseline: number | null;
  /** Share of wonder's conversions that came from surprises. */
  surpriseRate: number | null;
  /** Share of conversions into a medium other than the person's usual one (medium `all` only). */
  mediaCrossed: number | null;
  /** Mean of 0 (thumbs down), 1 (thumbs up), 2 (wow) (medium `all` only). */
  feedbackMean: number | null;
  feedbackCount: number | null;
  /** What is withheld here: fewer than the minimum of distinct people gave it. */
  suppressed: SuppressedPart[];
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const WONDER = ['fits', 'surprise'] as const;

function counts(
  figures: readonly number[],
  institution: Institution,
  medium: InsightMedium,
  kinds: readonly SuggestionKind[],
): Counts {
  const total: Counts = { impressions: 0, clicks: 0, conversions: 0 };
  for (const kind of kinds)
    for (const metric of ['impressions', 'clicks', 'conversions'] as const)
      total[metric] += figures[cellIndex(institution, medium, kind, metric)] ?? 0;
  return total;
}
const add = (a: Counts | null, b: Counts): Counts => ({
  impressions: (a?.impressions ?? 0) + b.impressions,
  clicks: (a?.clicks ?? 0) + b.clicks,
  conversions: (a?.conversions ?? 0) + b.conversions,
});

/**
 * The fewest distinct people certainly behind a sum over several kinds: each report counts once per
 * cell, so the largest cell count is a lower bound of the people in their union.
 */
const people = (
  figures: readonly number[],
  at: (kind: SuggestionKind) => number,
  kinds: readonly SuggestionKind[],
) => Math.max(...kinds.map((kind) => figures[at(kind)] ?? 0));

const kindSum = (
  figures: readonly number[],
  institution: Institution,
  metric: 'crossed' | 'feedbackCount' | 'feedbackSum',
) => KINDS.reduce((sum, kind) => sum + (figures[kindIndex(institution, kind, metric)] ?? 0), 0);

/** One medium's parts, each only when at least `min` people gave it. */
function mediumParts(figures: readonly number[], i: Institution, m: InsightMedium, min: number) {
  const cell = (kind: SuggestionKind) => cellIndex(i, m, kind, 'people');
  const wonder = people(figures, cell, WONDER) >= min ? counts(figures, i, m, WONDER) : null;
  // Surprises beside wonder's total also tell its complement (wonder − surprise = fits), so they
  // are shown only when the fits too have the minimum of people, or none at all.
  const fitsPeople = people(figures, cell, ['fits']);
  const surprise =
    wonder && people(figures, cell, ['surprise']) >= min && (fitsPeople === 0 || fitsPeople >= min)
      ? counts(figures, i, m, ['surprise'])
      : null;
  const baseline =
    people(figures, cell, ['baseline']) >= min ? counts(figures, i, m, ['baseline']) : null;
  return { wonder, surprise, baseline };
}

function row(
  entry: Published,
  institution: Institution,
  medium: InsightMedium | 'all',
  parts: { wonder: Counts | null; surprise: Counts | null; baseline: Counts | null },
  surpriseOf: Counts | null,
): DashboardRow {
  const { wonder, surprise, baseline } = parts;
  const suppressed: SuppressedPart[] = [];
  if (!wonder) suppressed.push('wonder');
  if (!baseline) suppressed.push('baseline');
  if (!surprise) suppressed.push('surprise');
  return {
    week: entry.batch,
    reports: entry.reports,
    institution,
    medium,
    wonder,
    baseline,
    acceptanceWonder: wonder && ratio(wonder.clicks, wonder.impressions),
    acceptanceBaseline: baseline && ratio(baseline.clicks, baseline.impressions),
    conversionWonder: wonder && ratio(wonder.conversions, wonder.impressions),
    conversionBaseline: baseline && ratio(baseline.conversions, baseline.impressions),
    surpriseRate: surprise && surpriseOf && ratio(surprise.conversions, surpriseOf.conversions),
    mediaCrossed: null,
    feedbackMean: null,
    feedbackCount: null,
    suppressed,
  };
}

/** The rows of one published week and institution: each medium, then `all`. */
function institutionRows(entry: Published, i: Institution, min: number): DashboardRow[] {
  const figures = entry.figures;
  const rows: DashboardRow[] = [];
  let wonder: Counts | null = null;
  let baseline: Counts | null = null;
  let surprise: Counts | null = null;
  let surpriseOf: Counts | null = null;
  // Whether a part holding someone's conversions is withheld (a part nobody gave holds none).
  let withheld = false;
  for (const medium of MEDIA) {
    const parts = mediumParts(figures, i, medium, min);
    const cell = (kind: SuggestionKind) => cellIndex(i, medium, kind, 'people');
    if (!parts.wonder && people(figures, cell, WONDER) > 0) withheld = true;
    if (!parts.baseline && people(figures, cell, ['baseline']) > 0) withheld = true;
    rows.push(row(entry, i, medium, parts, parts.wonder));
    if (parts.wonder) wonder = add(wonder, parts.wonder);
    if (parts.baseline) baseline = add(baseline, parts.baseline);
    if (parts.surprise && parts.wonder) {
      surprise = add(surprise, parts.surprise);
      surpriseOf = add(surpriseOf, parts.wonder);
    }
  }
  const all = row(entry, i, 'all', { wonder, surprise, baseline }, surpriseOf);
  // Crossing and feedback are counted per institution (not per medium): their own minimum.
  const kindPeople = (metric: 'people' | 'feedbackPeople') =>
    people(figures, (kind) => kindIndex(i, kind, metric), KINDS);
  // Its denominator, the institution's conversions, would tell a withheld part's conversions: so
  // only when none is withheld, and then over the conversions shown.
  if (kindPeople('people') >= min && !withheld) {
    const conversions = (wonder?.conversions ?? 0) + (baseline?.conversions ?? 0);
    all.mediaCrossed = ratio(kindSum(figures, i, 'crossed'), conversions);
  } else all.suppressed.push('mediaCrossed');
  if (kindPeople('feedbackPeople') >= min) {
    all.feedbackCount = kindSum(figures, i, 'feedbackCount');
    all.feedbackMean = ratio(kindSum(figures, i, 'feedbackSum'), all.feedbackCount);
  } else all.suppressed.push('feedback');
  return [all, ...rows];
}

/**
 * Nothing of a week published in an older layout: layout 1 has no count of people per figure, and in
 * layout 2 one report could claim up to 15 people in a cell.
 */
const withheld = (entry: Published, institution: Institution): DashboardRow[] =>
  (['all', ...MEDIA] as const).map((medium) => ({
    ...row(entry, institution, medium, { wonder: null, surprise: null, baseline: null }, null),
    suppressed: ['wonder', 'baseline', 'surprise', 'mediaCrossed', 'feedback'],
  }));

/**
 * The dashboard's figures: per week, institution and medium (and all media), from published sums
 * only, each part only when at least `minPeople` distinct people gave it.
 */
export function dashboardRows(published: readonly Published[], minPeople: number): DashboardRow[] {
  return published.flatMap((entry) =>
    INSTITUTIONS.flatMap((institution) =>
      entry.layout === LAYOUT_VERSION
        ? institutionRows(entry, institution, minPeople)
        : withheld(entry, institution),
    ),
  );
}

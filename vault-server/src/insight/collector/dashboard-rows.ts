import {
  cellIndex,
  INSTITUTIONS,
  KINDS,
  kindIndex,
  MEDIA,
  type Institution,
  type InsightMedium,
  type SuggestionKind,
} from '../figures-layout.ts';
import type { Published } from './collector-store.ts';

type Counts = { impressions: number; clicks: number; conversions: number };

export interface DashboardRow {
  week: string;
  reports: number;
  institution: Institution;
  medium: InsightMedium | 'all';
  wonder: Counts;
  baseline: Counts;
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
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function counts(
  figures: readonly number[],
  institution: Institution,
  media: readonly InsightMedium[],
  kinds: readonly SuggestionKind[],
): Counts {
  const total: Counts = { impressions: 0, clicks: 0, conversions: 0 };
  for (const medium of media)
    for (const kind of kinds)
      for (const metric of ['impressions', 'clicks', 'conversions'] as const)
        total[metric] += figures[cellIndex(institution, medium, kind, metric)] ?? 0;
  return total;
}

const kindSum = (
  figures: readonly number[],
  institution: Institution,
  metric: 'crossed' | 'feedbackCount' | 'feedbackSum',
) => KINDS.reduce((sum, kind) => sum + (figures[kindIndex(institution, kind, metric)] ?? 0), 0);

/** The dashboard's figures: per week, institution and medium (and all media), from published sums only. */
export function dashboardRows(published: readonly Published[]): DashboardRow[] {
  const rows: DashboardRow[] = [];
  for (const entry of published)
    for (const institution of INSTITUTIONS)
      for (const medium of ['all', ...MEDIA] as const) {
        const media = medium === 'all' ? MEDIA : [medium];
        const wonder = counts(entry.figures, institution, media, ['fits', 'surprise']);
        const surprise = counts(entry.figures, institution, media, ['surprise']);
        const baseline = counts(entry.figures, institution, media, ['baseline']);
        const all = medium === 'all';
        const conversions = wonder.conversions + baseline.conversions;
        const feedbackCount = kindSum(entry.figures, institution, 'feedbackCount');
        rows.push({
          week: entry.batch,
          reports: entry.reports,
          institution,
          medium,
          wonder,
          baseline,
          acceptanceWonder: ratio(wonder.clicks, wonder.impressions),
          acceptanceBaseline: ratio(baseline.clicks, baseline.impressions),
          conversionWonder: ratio(wonder.conversions, wonder.impressions),
          conversionBaseline: ratio(baseline.conversions, baseline.impressions),
          surpriseRate: ratio(surprise.conversions, wonder.conversions),
          mediaCrossed: all
            ? ratio(kindSum(entry.figures, institution, 'crossed'), conversions)
            : null,
          feedbackMean: all
            ? ratio(kindSum(entry.figures, institution, 'feedbackSum'), feedbackCount)
            : null,
          feedbackCount: all ? feedbackCount : null,
        });
      }
  return rows;
}

import type { CatalogItem } from '../../catalog/catalog-item.ts';
import { distanceKm } from '../../catalog/distance-km.ts';
import type { Reasons, TasteMatch } from '../explain.ts';
import type { CollaborativeMatch } from './collaborative-scores.ts';
import type { AffinityIndex, TasteProfile } from './taste-profile.ts';

/** Weights of the relevance terms, in units of one fully matching facet. */
export const RELEVANCE_WEIGHTS = {
  author: 0.8,
  medium: 0.3,
  collaborative: 1.5,
  venue: 0.3,
  nearby: 0.5,
  /** Distance in km at which "nearby" has fallen to 1/e. */
  nearbyKm: 3,
  /** Closer than this is said as a reason. */
  nearbyReasonKm: 2,
  day: 0.2,
  /** Penalty for a ticket above twice the dearest the person paid. */
  dear: 0.3,
  popularity: 0.05,
} as const;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** How common each genre and theme is among the candidates, so that reasons prefer specific ones. */
export function facetPrevalence(candidates: readonly CatalogItem[]): (key: string) => number {
  const carriers = new Map<string, number>();
  for (const c of candidates)
    for (const key of [
      ...c.themes.map((t) => `theme:${t.id}`),
      ...c.genres.map((g) => `genre:${g}`),
    ])
      carriers.set(key, (carriers.get(key) ?? 0) + 1);
  return (key) => (carriers.get(key) ?? 0) / Math.max(1, candidates.length);
}

export interface RelevanceContext {
  profile: TasteProfile;
  collaborative: { matches: Map<string, CollaborativeMatch>; max: number };
  prevalence: (key: string) => number;
  /** log(1 + popularity) of the most popular candidate. */
  logPopularityMax: number;
}

/**
 * Sum of the relative affinities of the item's keys in one facet, over sqrt(#keys) so that items
 * with many labels do not win by count; each match is kept as a reason.
 */
function facetMatch(
  item: CatalogItem,
  keys: readonly string[],
  index: AffinityIndex,
  kind: 'theme' | 'genre' | 'author',
  reasons: Reasons,
  prevalence: (key: string) => number,
): number {
  let sum = 0;
  for (const key of keys) {
    const hit = index.get(key);
    if (!hit) continue;
    sum += hit.relative;
    if (kind === 'author') reasons.authors.push({ name: key, a: hit.affinity, w: hit.relative });
    else {
      const match: TasteMatch = {
        facet: kind,
        key,
        a: hit.affinity,
        w: hit.relative,
        prevalence: prevalence(`${kind}:${key}`),
      };
      const label = kind === 'theme' ? item.themes.find((t) => t.id === key)?.label : undefined;
      reasons.tastes.push(label ? { ...match, label } : match);
    }
  }
  return keys.length ? sum / Math.sqrt(keys.length) : 0;
}

/** Venue, distance from home, weekday and price: the terms only an activity has. */
function addActivityTerms(
  rel: number,
  item: Extract<CatalogItem, { kind: 'activity' }>,
  profile: TasteProfile,
  reasons: Reasons,
): number {
  const W = RELEVANCE_WEIGHTS;
  reasons.activity = { eventType: item.eventType.label, venue: item.venue.name };
  rel += W.venue * (profile.venues.get(item.venue.id)?.relative ?? 0);
  if (profile.home) {
    const km = distanceKm(profile.home, item.venue.geo);
    rel += W.nearby * Math.exp(-km / W.nearbyKm);
    if (km < W.nearbyReasonKm) reasons.nearby = { km, recordId: profile.home.recordId };
  }
  const cal = item.calendar;
  const start =
    cal.type === 'single'
      ? cal.startDate
      : cal.type === 'multiple'
        ? cal.subEvents[0]?.startDate
        : undefined;
  if (start) {
    const day = WEEKDAYS[new Date(start.slice(0, 10)).getUTCDay()] ?? '';
    rel += W.day * (profile.days.get(day)?.relative ?? 0);
  }
  if (profile.price && !item.price.isFree && (item.price.amount ?? 0) > 2 * profile.price.max)
    rel -= W.dear;
  return rel;
}

/**
 * Step 3, relevance: content match (themes, genres, authors, medium, and for activities venue,
 * distance, weekday, price), plus the collaborative signal scaled to its strongest match, plus a
 * small popularity prior; with the reasons each term rests on.
 */
export function candidateRelevance(
  item: CatalogItem,
  ctx: RelevanceContext,
): { relevance: number; reasons: Reasons } {
  const W = RELEVANCE_WEIGHTS;
  const { profile, prevalence } = ctx;
  const reasons: Reasons = { authors: [], tastes: [] };
  // The order of the additions is kept stable: it fixes the floating-point result.
  let rel = facetMatch(
    item,
    item.themes.map((t) => t.id),
    profile.themes,
    'theme',
    reasons,
    prevalence,
  );
  rel += facetMatch(item, item.genres, profile.genres, 'genre', reasons, prevalence);
  if (item.kind === 'book')
    rel +=
      W.author * facetMatch(item, item.authors, profile.authors, 'author', reasons, prevalence);
  rel += W.medium * (profile.media.get(item.medium)?.relative ?? 0);
  const cf = ctx.collaborative.matches.get(item.id);
  if (cf) {
    rel += (W.collaborative * cf.score) / ctx.collaborative.max;
    const recordId = cf.via.recordIds[0];
    const category = recordId ? profile.categoryOf(recordId) : undefined;
    if (recordId && category)
      reasons.collab = { title: profile.titles.get(recordId) ?? cf.via.key, recordId, category };
  }
  if (item.kind === 'activity') rel = addActivityTerms(rel, item, profile, reasons);
  rel += W.popularity * (Math.log1p(item.popularity) / ctx.logPopularityMax);
  return { relevance: rel, reasons };
}

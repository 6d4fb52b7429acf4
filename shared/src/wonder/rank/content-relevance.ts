import type { CatalogItem } from '../../catalog/catalog-item.ts';
import { distanceKm } from '../../catalog/distance-km.ts';
import type { Reasons, TasteMatch } from '../explain.ts';
import type { CollaborativeScores } from './collaborative-scores.ts';
import { facetPrevalence, type Prevalence } from './facet-prevalence.ts';
import type { AffinityIndex, TasteProfile } from './taste-profile.ts';

/** Weights of the relevance terms, in units of one fully matching facet. */
export const RELEVANCE_WEIGHTS = {
  author: 0.8,
  medium: 0.3,
  /**
   * The collaborative signal at its strongest, against 1 for a fully matching facet: chosen on the
   * goodbooks validation split of tuning seed 1 (1.5, 6, 15, 30, 60, 100 tried; 30 best in NDCG), so
   * content decides among near collaborative ties and where there is no model.
   */
  collaborative: 30,
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
};
export type RelevanceWeights = typeof RELEVANCE_WEIGHTS;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface RelevanceContext {
  weights: RelevanceWeights;
  profile: TasteProfile;
  collaborative: CollaborativeScores;
  prevalence: Prevalence;
  /** log(1 + popularity) of the most popular candidate. */
  logPopularityMax: number;
}

const keyCount = (item: CatalogItem, kind: 'theme' | 'genre' | 'author') =>
  kind === 'theme'
    ? item.themes.length
    : kind === 'genre'
      ? item.genres.length
      : item.kind === 'book'
        ? item.authors.length
        : 0;
const keyAt = (item: CatalogItem, kind: 'theme' | 'genre' | 'author', i: number) =>
  (kind === 'theme'
    ? item.themes[i]?.id
    : kind === 'genre'
      ? item.genres[i]
      : item.kind === 'book'
        ? item.authors[i]
        : '') ?? '';

/** What relevance needs besides the item, built once per ranking call. */
export function relevanceContext(
  candidates: readonly CatalogItem[],
  profile: TasteProfile,
  collaborative: CollaborativeScores,
  weights: Partial<RelevanceWeights> = {},
): RelevanceContext {
  let popularityMax = 1;
  for (const c of candidates) popularityMax = Math.max(popularityMax, c.popularity);
  return {
    weights: { ...RELEVANCE_WEIGHTS, ...weights },
    profile,
    collaborative,
    prevalence: facetPrevalence(candidates),
    logPopularityMax: Math.log1p(popularityMax),
  };
}

/**
 * Sum of the relative affinities of the item's keys in one facet, over sqrt(#keys) so that items
 * with many labels do not win by count; each match is kept as a reason when `reasons` is given.
 */
function facetMatch(
  item: CatalogItem,
  kind: 'theme' | 'genre' | 'author',
  index: AffinityIndex,
  reasons: Reasons | undefined,
  prevalence: Prevalence,
): number {
  const n = keyCount(item, kind);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const key = keyAt(item, kind, i);
    const hit = index.get(key);
    if (!hit) continue;
    sum += hit.relative;
    if (!reasons) continue;
    if (kind === 'author') reasons.authors.push({ name: key, a: hit.affinity, w: hit.relative });
    else {
      const match: TasteMatch = {
        facet: kind,
        key,
        a: hit.affinity,
        w: hit.relative,
        prevalence: prevalence(kind, key),
      };
      const label = kind === 'theme' ? item.themes.find((t) => t.id === key)?.label : undefined;
      reasons.tastes.push(label ? { ...match, label } : match);
    }
  }
  return n ? sum / Math.sqrt(n) : 0;
}

/** Venue, distance from home, weekday and price: the terms only an activity has. */
function addActivityTerms(
  rel: number,
  item: Extract<CatalogItem, { kind: 'activity' }>,
  profile: TasteProfile,
  reasons: Reasons | undefined,
  W: RelevanceWeights,
): number {
  if (reasons) reasons.activity = { eventType: item.eventType.label, venue: item.venue.name };
  rel += W.venue * (profile.venues.get(item.venue.id)?.relative ?? 0);
  if (profile.home) {
    const km = distanceKm(profile.home, item.venue.geo);
    rel += W.nearby * Math.exp(-km / W.nearbyKm);
    if (reasons && km < W.nearbyReasonKm) reasons.nearby = { km, recordId: profile.home.recordId };
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

/** The seen item the collaborative link runs through, named in the explanation. */
function addCollaborativeReason(item: CatalogItem, ctx: RelevanceContext, reasons: Reasons): void {
  const via = ctx.collaborative.match(item.id)?.via;
  const recordId = via?.recordIds[0];
  const category = recordId ? ctx.profile.categoryOf(recordId) : undefined;
  if (via && recordId && category)
    reasons.collab = { title: ctx.profile.titles.get(recordId) ?? via.key, recordId, category };
}

/**
 * Step 3, relevance: content match (themes, genres, authors, medium, and for activities venue,
 * distance, weekday, price), plus the collaborative signal scaled to its strongest match, plus a
 * small popularity prior. With `reasons`, the reasons each term rests on are collected into it;
 * ranking runs without (the hot path), the explanation step again with, for the picks only.
 */
export function candidateRelevance(
  item: CatalogItem,
  ctx: RelevanceContext,
  reasons?: Reasons,
): number {
  const W = ctx.weights;
  const { profile, prevalence } = ctx;
  // The order of the additions is kept stable: it fixes the floating-point result.
  let rel = facetMatch(item, 'theme', profile.themes, reasons, prevalence);
  rel += facetMatch(item, 'genre', profile.genres, reasons, prevalence);
  if (item.kind === 'book')
    rel += W.author * facetMatch(item, 'author', profile.authors, reasons, prevalence);
  rel += W.medium * (profile.media.get(item.medium)?.relative ?? 0);
  const cf = ctx.collaborative.score(item.id);
  if (cf !== undefined) {
    rel += (W.collaborative * cf) / ctx.collaborative.max;
    if (reasons) addCollaborativeReason(item, ctx, reasons);
  }
  if (item.kind === 'activity') rel = addActivityTerms(rel, item, profile, reasons, W);
  rel += W.popularity * (Math.log1p(item.popularity) / ctx.logPopularityMax);
  return rel;
}

/** The reasons behind one candidate's relevance (the same computation, collecting them). */
export function candidateReasons(item: CatalogItem, ctx: RelevanceContext): Reasons {
  const reasons: Reasons = { authors: [], tastes: [] };
  candidateRelevance(item, ctx, reasons);
  return reasons;
}

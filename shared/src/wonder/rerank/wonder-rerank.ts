import { wonderKnobs, type WonderKnobs } from './dial.ts';
import { greedyDpp } from './greedy-dpp.ts';
import type { SparseVector } from './sparse-vector.ts';

export interface WonderCandidate {
  /** Relevance scaled so that the best candidate has 1. */
  relevance: number;
  /** Unit vector of themes, genres and medium: what diversity is measured on. */
  features: SparseVector;
  /** Self-information of the item, -log2 of its popularity share (higher = more niche). */
  novelty: number;
  /** Far from the profile: shares nothing with the person's strongest themes or genres. */
  surprising: boolean;
  /** How often the item was shown already (to this person or to everyone); 0 when unknown. */
  exposure?: number;
}

export type PickKind = 'relevant' | 'surprise' | 'exploration';
export interface Pick {
  index: number;
  kind: PickKind;
}

export interface WonderRerankOptions {
  k: number;
  dial: number;
  /** Random numbers for the exploration slot; seeded by the caller so runs repeat. */
  rng: () => number;
  /** How many of the most relevant candidates the DPP looks at. */
  poolSize?: number;
  /** Overrides of what the dial sets, for experiments; products use the dial alone. */
  knobs?: Partial<WonderKnobs>;
}

/**
 * The wonder re-ranker: greedy DPP (Chen et al. 2018) over relevance, a long-tail bonus and an
 * exposure penalty, with the last positions reserved for surprises (relevant but far from the
 * profile) and, at the surprising end of the dial, one exploration pick. The chosen set is shown
 * by relevance, so diversity costs as little ranking quality as possible.
 */
export function wonderRerank(candidates: readonly WonderCandidate[], options: WonderRerankOptions): Pick[] {
  const { k, dial, rng } = options;
  const knobs = { ...wonderKnobs(dial, k), ...options.knobs };
  const order = candidates.map((_, i) => i).sort((a, b) => (candidates[b] as WonderCandidate).relevance - (candidates[a] as WonderCandidate).relevance || a - b);
  const pool = order.slice(0, options.poolSize ?? 100);
  const inPool = pool.map((i) => candidates[i] as WonderCandidate);
  const utility = Float64Array.from(
    inPool,
    (c) => knobs.relevanceWeight * c.relevance + knobs.tailBonus * c.novelty - knobs.exposurePenalty * Math.log1p(c.exposure ?? 0),
  );
  const exploration = Math.min(knobs.explorationSlots, Math.max(0, candidates.length - Math.min(k, pool.length)));
  const dppK = Math.min(k - exploration, pool.length);
  const surpriseAvailable = inPool.filter((c) => c.surprising).length;
  const surpriseSlots = Math.min(knobs.surpriseSlots, surpriseAvailable, dppK);
  const firstSurprise = dppK - surpriseSlots;
  const chosen = greedyDpp({
    features: inPool.map((c) => c.features),
    utility,
    k: dppK,
    diversity: 1,
    eligible: surpriseSlots > 0 ? (c, step) => step < firstSurprise || (inPool[c] as WonderCandidate).surprising : undefined,
  });
  const picks: Pick[] = chosen
    .map((c, step) => ({ index: pool[c] as number, kind: (step >= firstSurprise || (inPool[c] as WonderCandidate).surprising ? 'surprise' : 'relevant') as Pick['kind'] }))
    .map((p) => (p.kind === 'surprise' && !(candidates[p.index] as WonderCandidate).surprising ? { ...p, kind: 'relevant' as const } : p))
    .sort((a, b) => (candidates[b.index] as WonderCandidate).relevance - (candidates[a.index] as WonderCandidate).relevance || a.index - b.index);
  if (exploration > 0) {
    // One pick from beyond the ranked list: surprising candidates outside the chosen set, drawn
    // with a weight that still prefers the relevant ones.
    const taken = new Set(picks.map((p) => p.index));
    const rest = order.filter((i) => !taken.has(i)).slice(0, 200);
    const far = rest.filter((i) => (candidates[i] as WonderCandidate).surprising);
    const from = far.length > 0 ? far : rest;
    const weights = from.map((i) => Math.exp(3 * (candidates[i] as WonderCandidate).relevance) / (1 + ((candidates[i] as WonderCandidate).exposure ?? 0)));
    let r = rng() * weights.reduce((s, w) => s + w, 0);
    let idx = from.length - 1;
    for (let t = 0; t < from.length; t++) {
      r -= weights[t] as number;
      if (r <= 0) {
        idx = t;
        break;
      }
    }
    if (from.length > 0) picks.push({ index: from[idx] as number, kind: 'exploration' });
  }
  return picks.slice(0, k);
}

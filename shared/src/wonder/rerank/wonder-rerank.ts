import { wonderKnobs, type WonderKnobs } from './dial.ts';
import { maxSumDiversity } from './max-sum-diversity.ts';
import type { SparseVector } from './sparse-vector.ts';

export interface WonderCandidate {
  /**
   * Relevance on a scale shared by everyone: 1 is a typical person's best candidate. Callers that
   * cannot calibrate across people scale their best candidate to 1.
   */
  relevance: number;
  /** Features (themes, genres, medium) whose Jaccard distance is the diversity that is bought. */
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
  /** How many of the most relevant candidates are considered. */
  poolSize?: number;
  /** Overrides of what the dial sets, for experiments; products use the dial alone. */
  knobs?: Partial<WonderKnobs>;
}

const byRelevance = (cs: readonly WonderCandidate[]) => (a: number, b: number) =>
  (cs[b] as WonderCandidate).relevance - (cs[a] as WonderCandidate).relevance || a - b;

/**
 * The wonder re-ranker: a Lagrangian of calibrated relevance against the intra-list diversity of
 * the list (greedy max-sum diversification), with a long-tail correction and a bonus for items
 * nobody was shown yet that only decide between near-ties, a minimum share of surprises (relevant
 * but far from the profile) and, at the surprising end of the dial, one exploration pick. The
 * chosen set is shown by relevance, so diversity costs as little ranking quality as possible.
 */
export function wonderRerank(
  candidates: readonly WonderCandidate[],
  options: WonderRerankOptions,
): Pick[] {
  const { k, dial, rng } = options;
  const knobs = { ...wonderKnobs(dial, k), ...options.knobs };
  const cmp = byRelevance(candidates);
  const order = candidates.map((_, i) => i).sort(cmp);
  const pool = order.slice(0, options.poolSize ?? 300);
  const inPool = pool.map((i) => candidates[i] as WonderCandidate);
  const utility = Float64Array.from(inPool, (c) => {
    const shown = c.exposure ?? 0;
    return (
      c.relevance +
      knobs.tailBonus * c.novelty +
      (shown === 0 ? knobs.freshBonus : 0) -
      knobs.exposurePenalty * Math.log1p(shown)
    );
  });
  const exploration = Math.min(
    knobs.explorationSlots,
    Math.max(0, candidates.length - Math.min(k, pool.length)),
  );
  const listK = Math.min(k - exploration, pool.length);
  const surpriseQuota = Math.min(
    knobs.surpriseSlots,
    inPool.filter((c) => c.surprising).length,
    listK,
  );
  const chosen = maxSumDiversity({
    features: inPool.map((c) => c.features),
    utility,
    k: listK,
    diversity: knobs.diversity,
    // The quota binds only when the diverse list has too few surprises by its last positions.
    eligible:
      surpriseQuota > 0
        ? (c, picked) =>
            (inPool[c] as WonderCandidate).surprising ||
            listK - picked.length >
              surpriseQuota - picked.filter((p) => (inPool[p] as WonderCandidate).surprising).length
        : undefined,
  });
  const picks: Pick[] = chosen
    .map((c) => ({
      index: pool[c] as number,
      kind: ((inPool[c] as WonderCandidate).surprising ? 'surprise' : 'relevant') as PickKind,
    }))
    .sort((a, b) => cmp(a.index, b.index));
  if (exploration > 0) {
    // One pick from beyond the ranked list: surprising candidates outside the chosen set, drawn
    // with a weight that still prefers the relevant ones.
    const taken = new Set(picks.map((p) => p.index));
    const rest = order.filter((i) => !taken.has(i)).slice(0, 200);
    const far = rest.filter((i) => (candidates[i] as WonderCandidate).surprising);
    const from = far.length > 0 ? far : rest;
    const top = (candidates[from[0] ?? 0] as WonderCandidate | undefined)?.relevance ?? 0;
    const weights = from.map(
      (i) =>
        Math.exp(3 * ((candidates[i] as WonderCandidate).relevance - top)) /
        (1 + ((candidates[i] as WonderCandidate).exposure ?? 0)),
    );
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

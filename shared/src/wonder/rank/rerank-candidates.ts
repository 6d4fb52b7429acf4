import { DIAL_PRESETS, type WonderKnobs } from '../rerank/dial.ts';
import { createRng } from '../rerank/rng.ts';
import { wonderRerank, type Pick, type WonderCandidate } from '../rerank/wonder-rerank.ts';
import { featureVectors } from './feature-vectors.ts';
import type { ScoredCandidate } from './scored-pool.ts';
import type { TasteProfile } from './taste-profile.ts';

/** How far the person's measured adventurousness (0..1, neutral 0.5) moves the dial. */
const ADVENTURE_SHIFT = 0.3;

/**
 * The pool as the re-ranker sees it: relevance over the person's best, Jaccard features (themes,
 * genres, medium), the popularity novelty among the candidates, whether the item avoids
 * the person's strongest themes and genres, and how often it was shown.
 */
export function toWonderCandidates(
  pool: readonly ScoredCandidate[],
  novelty: ReadonlyMap<string, number>,
  profile: TasteProfile,
  exposure: ReadonlyMap<string, number> | undefined,
): WonderCandidate[] {
  const best = Math.max(1e-9, pool[0]?.relevance ?? 1);
  const features = featureVectors();
  const { themes, genres } = profile.strongest;
  const hasStrongest = themes.size + genres.size > 0;
  return pool.map(({ item, relevance }) => ({
    relevance: relevance / best,
    features: features(item),
    novelty: novelty.get(item.id) ?? 0,
    surprising:
      hasStrongest &&
      item.themes.length + item.genres.length > 0 &&
      !item.themes.some((t) => themes.has(t.id)) &&
      !item.genres.some((g) => genres.has(g)),
    exposure: exposure?.get(item.id) ?? 0,
  }));
}

/**
 * Step 5, re-rank: the wonder re-ranker at the person's dial (moved a little by how they took
 * earlier surprises), or plain top-k by relevance when `rerank` is false.
 */
export function choosePicks(
  candidates: readonly WonderCandidate[],
  options: {
    k: number;
    dial?: number;
    seed?: number;
    rerank?: boolean;
    knobs?: Partial<WonderKnobs>;
  },
  profile: TasteProfile,
): Pick[] {
  const { k } = options;
  if (options.rerank === false)
    return candidates.slice(0, k).map((_, index) => ({ index, kind: 'relevant' }));
  const dial = Math.min(
    1,
    Math.max(
      0,
      (options.dial ?? DIAL_PRESETS.default) + ADVENTURE_SHIFT * (profile.adventure.value - 0.5),
    ),
  );
  return wonderRerank(candidates, {
    k,
    dial,
    rng: createRng(options.seed ?? 42),
    poolSize: candidates.length,
    ...(options.knobs ? { knobs: options.knobs } : {}),
  });
}

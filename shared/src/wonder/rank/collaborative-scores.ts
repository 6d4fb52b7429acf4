import type { Affinity } from '../dna/build-dna.ts';
import type { ItemModel } from '../model/item-model.ts';

export interface CollaborativeMatch {
  score: number;
  /** The seen item that contributed most to the link, named by the explanation. */
  via: Affinity;
  viaContribution: number;
}

/** How many of the strongest seen items seed the collaborative signal. */
const SEEDS = 200;

/**
 * Step 4, the collaborative signal: the model's neighbours of what the person has, each weighted
 * by the decayed affinity of the seen item. Empty without a model.
 */
export function collaborativeScores(
  seenItems: readonly Affinity[],
  model: ItemModel | undefined,
): { matches: Map<string, CollaborativeMatch>; max: number } {
  const matches = new Map<string, CollaborativeMatch>();
  if (model)
    for (const seen of seenItems.slice(0, SEEDS))
      for (const n of model.neighbours(seen.key)) {
        const contribution = seen.weight * n.sim;
        const prev = matches.get(n.id);
        if (!prev)
          matches.set(n.id, { score: contribution, via: seen, viaContribution: contribution });
        else {
          // Updated in place (this loop runs 10,000 times a call): the strongest link stays `via`.
          prev.score += contribution;
          if (prev.viaContribution < contribution) {
            prev.via = seen;
            prev.viaContribution = contribution;
          }
        }
      }
  let max = 1e-9;
  for (const m of matches.values()) max = Math.max(max, m.score);
  return { matches, max };
}

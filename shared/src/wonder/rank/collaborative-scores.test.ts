import { expect, it } from 'vitest';
import type { Affinity } from '../dna/build-dna.ts';
import { loadItemModel } from '../model/load-item-model.ts';
import type { ItemModel } from '../model/item-model.ts';
import { createRng } from '../rerank/rng.ts';
import {
  COLLABORATIVE_SEEDS,
  collaborativeScores,
  type CollaborativeMatch,
} from './collaborative-scores.ts';

/** The sum as first written, over maps and objects: the reference the table's arrays must match. */
function naiveScores(seenItems: readonly Affinity[], model: ItemModel) {
  const matches = new Map<string, CollaborativeMatch>();
  for (const seen of seenItems.slice(0, COLLABORATIVE_SEEDS))
    for (const n of model.neighbours(seen.key)) {
      const contribution = seen.weight * n.sim;
      const prev = matches.get(n.id);
      if (!prev)
        matches.set(n.id, { score: contribution, via: seen, viaContribution: contribution });
      else {
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

const model = loadItemModel();
const ids = Array.from({ length: 10_001 }, (_, i) => `book-${i}`);

/** More seen items than seed the signal, some activities, strongest first as the DNA gives them. */
function seenItems(seed: number): Affinity[] {
  const rng = createRng(seed);
  return Array.from({ length: COLLABORATIVE_SEEDS + 300 }, (_, i) => ({
    key: i % 9 === 0 ? `act-0000${i}` : `book-${1 + Math.floor(rng() * 10_000)}`,
    weight: 1 + rng() * (i % 4 === 0 ? 0 : 1),
    recordIds: [`r-${i}`],
    categories: ['loans' as const],
  }))
    .filter((a, i, all) => all.findIndex((b) => b.key === a.key) === i)
    .sort((a, b) => b.weight - a.weight);
}

it('gives exactly the scores, strongest links and maximum of the sum over maps', () => {
  for (const seed of [1, 2, 3]) {
    const seen = seenItems(seed);
    const naive = naiveScores(seen, model);
    const fast = collaborativeScores(seen, model);
    expect(fast.max).toBe(naive.max);
    for (const id of ids) {
      expect(fast.match(id)).toEqual(naive.matches.get(id));
      expect(fast.score(id)).toBe(naive.matches.get(id)?.score);
    }
  }
});

it('a model made by hand, without a table, gives the same as the committed one', () => {
  const seen = seenItems(4);
  const byHand: ItemModel = { neighbours: (id) => model.neighbours(id), size: model.size };
  const fromTable = collaborativeScores(seen, model);
  const fromSeeds = collaborativeScores(seen, byHand);
  expect(fromSeeds.max).toBe(fromTable.max);
  for (const id of ids) expect(fromSeeds.match(id)).toEqual(fromTable.match(id));
  expect(collaborativeScores(seen, undefined).score('book-1')).toBeUndefined();
});

/**
 * The one dial from "vertrouwd" (0, familiar) to "verras me" (1, surprise me). Every knob of the
 * re-ranker follows from it, so callers never tune more than one number.
 */
export const DIAL_PRESETS = { vertrouwd: 0.2, default: 0.5, 'verras-me': 0.8 } as const;
export type DialPreset = keyof typeof DIAL_PRESETS;

export interface WonderKnobs {
  /** Weight of the mean distance to the items already picked, in units of relevance. */
  diversity: number;
  /** Bonus per bit of self-information (-log2 popularity): corrects the pull towards the head. */
  tailBonus: number;
  /** Bonus for an item nobody was shown yet, so that near-ties go to the unseen part of the catalogue. */
  freshBonus: number;
  /** Penalty on log(1 + times already shown). */
  exposurePenalty: number;
  /** At least this many picks are surprises (relevant but far from the profile) when any exist. */
  surpriseSlots: number;
  /** Positions for one exploratory pick outside the relevant pool. */
  explorationSlots: number;
}

/**
 * All trade-offs are in units of calibrated relevance (1 = a typical person's best candidate), so
 * the diversity a list buys costs the same expected relevance for everyone: people whose scores
 * are flat get more variety, people with a few sure hits keep them.
 */
export function wonderKnobs(dial: number, k: number): WonderKnobs {
  const d = Math.min(1, Math.max(0, dial));
  return {
    // Chosen on the goodbooks validation split of tuning seed 1 (`npm run tune:wonder`), at the
    // default dial, with the person's own stars on their loans: diversity 0.4 to 1.2 (steps of
    // 0.05) x tail bonus 0.03 to 0.09 per bit (steps of 0.01); of the settings whose NDCG and
    // serendipity stay at least 0.99 times the baseline's (the targets are 0.97), the one with the
    // largest product of the ILD, coverage and surprise ratios (`chooseDialSetting`; diversity
    // 0.85, tail bonus 0.04: 1.21x, 1.29x, 1.75x).
    diversity: 1.7 * d,
    tailBonus: 0.08 * d,
    freshBonus: 0.14 * d,
    exposurePenalty: 0,
    // A quota costs precision (surprises are rarer hits), so it starts past the default: the
    // diversity term already brings surprises there.
    surpriseSlots: Math.min(k - 1, Math.round((k * Math.max(0, d - 0.5)) / 2)),
    explorationSlots: d >= 0.7 && k >= 5 ? 1 : 0,
  };
}

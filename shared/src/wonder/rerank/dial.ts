/**
 * The one dial from "vertrouwd" (0, familiar) to "verras me" (1, surprise me). Every knob of the
 * re-ranker follows from it, so callers never tune more than one number.
 */
export const DIAL_PRESETS = { vertrouwd: 0.2, default: 0.5, 'verras-me': 0.8 } as const;
export type DialPreset = keyof typeof DIAL_PRESETS;

export interface WonderKnobs {
  /** Weight of relevance against log det diversity (higher = more familiar). */
  relevanceWeight: number;
  /** Bonus per bit of self-information (-log2 popularity), for the long tail. */
  tailBonus: number;
  /** Penalty on log(1 + times already shown), spreading exposure over the catalogue. */
  exposurePenalty: number;
  /** Positions reserved for relevant items far from the profile. */
  surpriseSlots: number;
  /** Positions for one exploratory pick outside the relevant pool. */
  explorationSlots: number;
}

export function wonderKnobs(dial: number, k: number): WonderKnobs {
  const d = Math.min(1, Math.max(0, dial));
  return {
    relevanceWeight: 4 / Math.max(d, 0.05),
    tailBonus: 0.7 * d,
    exposurePenalty: 2 * d,
    surpriseSlots: Math.min(k - 1, Math.round((2 * d * k) / 10)),
    explorationSlots: d >= 0.7 && k >= 5 ? 1 : 0,
  };
}

import { MEDIA, type MediumId } from '@verwonder/shared/wire/vocabulary.ts';

/** A medium and how much the person's history weighs for it (the DNA's media mix). */
export interface MediumWeight {
  key: string;
  weight: number;
}

/** Each medium's share of the person's media mix (summing to 1); unknown keys and weights ≤ 0 are ignored. */
export function mediaShares(mix: readonly MediumWeight[]): Map<MediumId, number> {
  const weights = new Map<MediumId, number>();
  for (const { key, weight } of mix) {
    const medium = MEDIA.find((m) => m === key);
    if (!medium || !(weight > 0)) continue;
    weights.set(medium, (weights.get(medium) ?? 0) + weight);
  }
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  return new Map(MEDIA.filter((m) => weights.has(m)).map((m) => [m, weights.get(m)! / total]));
}

/**
 * How many of `slots` go to each medium: a share `explore` (0..1, the dial's part) goes to media
 * the person has not used yet, spread over them in turn; the rest follows the mix by largest
 * remainder, every medium of the mix getting at least one slot while there are enough. No mix at
 * all gives an empty map (the caller ranks over everything at once).
 */
export function allotSlots(
  shares: ReadonlyMap<MediumId, number>,
  slots: number,
  explore = 0,
): Map<MediumId, number> {
  const known = MEDIA.filter((m) => (shares.get(m) ?? 0) > 0);
  if (known.length === 0 || slots <= 0) return new Map();
  const unseen = MEDIA.filter((m) => !known.includes(m));
  const exploring =
    unseen.length === 0
      ? 0
      : Math.min(slots - known.length, Math.round(slots * Math.min(1, Math.max(0, explore))));
  const forMix = slots - Math.max(0, exploring);
  const out = new Map<MediumId, number>();
  const floor = forMix >= known.length ? 1 : 0;
  const rest = forMix - floor * known.length;
  const exact = known.map((m) => ({ m, value: (shares.get(m) ?? 0) * rest }));
  for (const { m, value } of exact) out.set(m, floor + Math.floor(value));
  let left = forMix - [...out.values()].reduce((sum, n) => sum + n, 0);
  const byRemainder = [...exact].sort(
    (a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)),
  );
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length, left--) {
    const m = byRemainder[i]!.m;
    out.set(m, (out.get(m) ?? 0) + 1);
  }
  for (let i = 0; i < Math.max(0, exploring); i++) {
    const m = unseen[i % unseen.length]!;
    out.set(m, (out.get(m) ?? 0) + 1);
  }
  return out;
}

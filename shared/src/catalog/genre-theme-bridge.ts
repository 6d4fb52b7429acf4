import { z } from 'zod';

export const BridgeLink = z.object({
  themeId: z.string().min(1),
  /** How strongly the genre implies the theme, 0..1. */
  weight: z.number().gt(0).max(1),
});
export type BridgeLink = z.infer<typeof BridgeLink>;

/** goodbooks genre key (e.g. `historical_fiction`) -> UiTdatabank themes it suggests. */
export const GenreThemeBridge = z.record(
  z.string().regex(/^[a-z0-9_]+$/),
  z.array(BridgeLink).min(1),
);
export type GenreThemeBridge = z.infer<typeof GenreThemeBridge>;

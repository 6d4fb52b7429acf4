import type { CulturalRecord, DataCategoryId, Medium } from '@verwonder/shared';
import {
  type FeatureTally,
  recordMedium,
  STATED_WEIGHT,
  supportSource,
  tally,
} from './coarse-profile-rules.ts';
import type { DnaProfile } from '@verwonder/shared/wire/dna.ts';

// Coarse, derived interests (what `dna:read` returns instead of records): shared/src/wire/dna.ts.
export type { DnaProfile };

export interface Weighted<K extends string = string> {
  id: K;
  weight: number;
}

const TOP = 10;

function top<K extends string>(counts: Map<K, FeatureTally>): Weighted<K>[] {
  const kept = [...counts].filter(([, value]) => value.shown);
  const total = kept.reduce((sum, [, value]) => sum + value.weight, 0);
  if (total === 0) return [];
  return (
    kept
      .sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP)
      // Rounded to 0.05: coarse on purpose.
      .map(([id, value]) => ({
        id,
        weight: Math.max(0.05, Math.round((value.weight / total) * 20) / 20),
      }))
  );
}

/**
 * Top themes, genres and media with normalised weights, derived from records; never the records.
 * `askingClientId`: the client that asks, whose own items are held to the two-item rule apart
 * from the others' (coarse-profile-rules.ts).
 */
export function dnaProfile(
  records: readonly CulturalRecord[],
  askingClientId?: string,
): DnaProfile {
  const themes = new Map<string, FeatureTally>();
  const genres = new Map<string, FeatureTally>();
  const media = new Map<Medium, FeatureTally>();
  const basedOn = new Set<DataCategoryId>();
  for (const record of records) {
    basedOn.add(record.category);
    if (record.category === 'interests') {
      // Stated interests count in full at once.
      for (const id of record.data.themeIds) tally(themes, id, STATED_WEIGHT, 'stated');
      for (const id of record.data.genres) tally(genres, id, STATED_WEIGHT, 'stated');
      for (const id of record.data.media) tally(media, id, STATED_WEIGHT, 'stated');
      continue;
    }
    const item = 'item' in record ? record.item : undefined;
    const source = supportSource(record, askingClientId);
    // Each feature once per record, however often the record lists it.
    for (const id of new Set(item?.termIds)) tally(themes, id, 1, source);
    for (const id of new Set(item?.genres)) tally(genres, id, 1, source);
    const medium = recordMedium(record);
    if (medium) tally(media, medium, 1, source);
  }
  return {
    themes: top(themes),
    genres: top(genres),
    media: top(media),
    basedOn: [...basedOn].sort(),
  };
}

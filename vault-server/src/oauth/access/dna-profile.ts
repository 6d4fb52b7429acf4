import type { CulturalRecord, DataCategoryId, Medium } from '@verwonder/shared';
import { MIN_SUPPORT, recordMedium, STATED_WEIGHT } from './coarse-profile-rules.ts';
import type { DnaProfile } from '@verwonder/shared/wire/dna.ts';

// Coarse, derived interests (what `dna:read` returns instead of records): shared/src/wire/dna.ts.
export type { DnaProfile };

export interface Weighted<K extends string = string> {
  id: K;
  weight: number;
}

const TOP = 10;

function top<K extends string>(counts: Map<K, { weight: number; support: number }>): Weighted<K>[] {
  const kept = [...counts].filter(([, value]) => value.support >= MIN_SUPPORT);
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

function add<K extends string>(
  map: Map<K, { weight: number; support: number }>,
  key: K,
  weight: number,
  support: number,
): void {
  const entry = map.get(key) ?? { weight: 0, support: 0 };
  entry.weight += weight;
  entry.support += support;
  map.set(key, entry);
}

/** Top themes, genres and media with normalised weights, derived from records; never the records. */
export function dnaProfile(records: readonly CulturalRecord[]): DnaProfile {
  const themes = new Map<string, { weight: number; support: number }>();
  const genres = new Map<string, { weight: number; support: number }>();
  const media = new Map<Medium, { weight: number; support: number }>();
  const basedOn = new Set<DataCategoryId>();
  for (const record of records) {
    basedOn.add(record.category);
    if (record.category === 'interests') {
      // Stated interests count in full at once.
      for (const id of record.data.themeIds) add(themes, id, STATED_WEIGHT, MIN_SUPPORT);
      for (const id of record.data.genres) add(genres, id, STATED_WEIGHT, MIN_SUPPORT);
      for (const id of record.data.media) add(media, id, STATED_WEIGHT, MIN_SUPPORT);
      continue;
    }
    const item = 'item' in record ? record.item : undefined;
    for (const id of item?.termIds ?? []) add(themes, id, 1, 1);
    for (const id of item?.genres ?? []) add(genres, id, 1, 1);
    const medium = recordMedium(record);
    if (medium) add(media, medium, 1, 1);
  }
  return {
    themes: top(themes),
    genres: top(genres),
    media: top(media),
    basedOn: [...basedOn].sort(),
  };
}
